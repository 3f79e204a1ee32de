package app.rapport.api.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import java.util.List;

/**
 * The tenant's departments that complaints are assigned to, under {@code /api/v1}.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface DepartmentOperations {
    @Get("/departments")
    List<DepartmentView> departments();

    @Get("/departments/{id}")
    DepartmentView department(@PathVariable String id);

    @Post("/departments")
    HttpResponse<DepartmentView> addDepartment(@Body DepartmentWrite department);

    @Put("/departments/{id}")
    HttpResponse<DepartmentView> changeDepartment(
            @PathVariable String id, @Nullable @Header("If-Match") String ifMatch, @Body DepartmentWrite department);

    @Delete("/departments/{id}")
    HttpResponse<Void> removeDepartment(@PathVariable String id);
}
