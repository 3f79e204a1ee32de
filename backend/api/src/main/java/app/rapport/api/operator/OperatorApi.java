package app.rapport.api.operator;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

/** The platform operator's API: the tenant catalog, provisioning, suspension, tenant migrations. */
@Client(id = "rapport-api", path = "/api/v1/operator/tenants")
public interface OperatorApi extends OperatorOperations {
    /** The route of {@link OperatorOperations#restore}, sending the zip as a zip. */
    @Override
    @Post(value = "/{slug}/restore", produces = ZIP)
    RestoreResult restore(@PathVariable String slug, @Body byte[] zip);
}
