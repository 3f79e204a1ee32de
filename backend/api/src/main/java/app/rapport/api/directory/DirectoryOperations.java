package app.rapport.api.directory;

import app.rapport.api.common.PageView;
import app.rapport.api.lifecycle.Stage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.util.List;

/**
 * The client list under {@code /api/v1/directory}: every client with its tier, stage, owner, 12-month revenue and last
 * contact, filtered and sorted in the database; the member's saved views; actions on a selection.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface DirectoryOperations {
    @Get
    PageView<DirectoryEntry> list(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String tier,
            @Nullable @QueryValue Stage stage,
            @Nullable @QueryValue String owner,
            @Nullable @QueryValue Boolean mine,
            @Nullable @QueryValue Integer silentDays,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue String sort);

    @Get("/views")
    List<SavedView> views();

    @Get("/views/{id}")
    SavedView view(@PathVariable String id);

    @Post("/views")
    HttpResponse<SavedView> saveView(@Body SavedViewWrite view);

    @Delete("/views/{id}")
    HttpResponse<Void> deleteView(@PathVariable String id);

    @Post("/handovers")
    HttpResponse<BulkResult> handOver(@Body BulkHandover handover);

    @Post("/care-plans")
    HttpResponse<BulkResult> planCare(@Body BulkCarePlan plan);
}
