package app.rapport.platform.web;

import app.rapport.api.common.ProblemView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;

/** A transaction that could not begin or commit (a deadlock at commit, a lost connection): see {@link DatabaseProblems}. */
@Singleton
final class TransactionProblemHandler implements ExceptionHandler<TransactionException, HttpResponse<ProblemView>> {
    @Override
    public HttpResponse<ProblemView> handle(HttpRequest request, TransactionException e) {
        return DatabaseProblems.of(request, e).orElseGet(() -> DatabaseProblems.serverError(request, e));
    }
}
