package app.rapport.platform.web;

import app.rapport.api.common.ProblemView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A feature's refusal, answered with the status its code carries. */
@Singleton
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<ProblemView>> {
    @Override
    public HttpResponse<ProblemView> handle(HttpRequest request, ProblemException e) {
        return Problems.response(request, e.code(), e.getMessage(), e.args(), e.errors());
    }
}
