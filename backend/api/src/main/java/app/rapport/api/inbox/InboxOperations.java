package app.rapport.api.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

/**
 * The reader's inbox under {@code /api/v1}: their own notices only.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface InboxOperations {
    @Get("/inbox")
    InboxView inbox(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size);

    @Post("/inbox/{id}/read")
    HttpResponse<NoticeView> read(@PathVariable String id);

    @Post("/inbox/read")
    HttpResponse<InboxView> readAll();
}
