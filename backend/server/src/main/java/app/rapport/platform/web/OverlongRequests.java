package app.rapport.platform.web;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

/**
 * Requests the server could not even read because a part is too long: the caller learns which part it was, the
 * request line (414 URI Too Long), the headers (431) or the body (413), as a problem document. Netty answers all of
 * them with the status 413; routing that status here surfaces the decoder's exception, which names the part.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class OverlongRequests implements ExceptionHandler<TooLongFrameException, HttpResponse<ProblemView>> {

    @Error(status = HttpStatus.REQUEST_ENTITY_TOO_LARGE, global = true)
    HttpResponse<ProblemView> tooLarge(HttpRequest<?> request) {
        Throwable cause = request instanceof NettyHttpRequest<?> netty
                ? netty.getNativeRequest().decoderResult().cause()
                : null;
        return cause instanceof TooLongFrameException e
                ? handle(request, e)
                : Problems.response(request, ProblemCode.TOO_LARGE, "the request is too large");
    }

    @Override
    public HttpResponse<ProblemView> handle(HttpRequest request, TooLongFrameException e) {
        if (e instanceof TooLongHttpLineException) {
            return Problems.response(request, ProblemCode.URI_TOO_LONG, "the address is too long");
        }
        if (e instanceof TooLongHttpHeaderException) {
            return Problems.response(request, ProblemCode.HEADERS_TOO_LARGE, "the request's headers are too large");
        }
        return Problems.response(request, ProblemCode.TOO_LARGE, "the request is too large");
    }
}
