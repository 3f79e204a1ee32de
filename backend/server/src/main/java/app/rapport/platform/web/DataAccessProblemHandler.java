package app.rapport.platform.web;

import app.rapport.api.common.ProblemView;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A repository call the database refused: see {@link DatabaseProblems}. */
@Singleton
final class DataAccessProblemHandler implements ExceptionHandler<DataAccessException, HttpResponse<ProblemView>> {
    @Override
    public HttpResponse<ProblemView> handle(HttpRequest request, DataAccessException e) {
        return DatabaseProblems.of(request, e).orElseGet(() -> DatabaseProblems.serverError(request, e));
    }
}
