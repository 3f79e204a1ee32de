package app.rapport.api.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

/**
 * The public survey form under {@code /api/v1/public}: no login, the invitation's token is the only key. An unknown
 * token, an expired, answered or cancelled invitation each have their own problem code and reveal nothing else;
 * callers are rate-limited by address. {@code X-Forwarded-For}: the browser's address, sent by the UI that serves the
 * form; the server's rate limit reads it only from the proxies it trusts ({@code rapport.public.trusted-proxies}).
 */
public interface PublicSurveyOperations {
    @Get("/public/surveys/{token}")
    SurveyForm form(
            @PathVariable String token,
            @Nullable @QueryValue String lang,
            @Nullable @Header("X-Forwarded-For") String forwardedFor);

    @Post("/public/surveys/{token}")
    HttpResponse<Void> answer(
            @PathVariable String token,
            @Nullable @Header("X-Forwarded-For") String forwardedFor,
            @Body SurveyAnswers answers);
}
