package app.rapport;

import app.rapport.platform.tenant.TenantMigrationJob;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * Starts the Rapport API server, or, with {@code migrate-tenants [workers]}, runs the tenant migration job once
 * and exits (status 1 when a tenant failed): the command-line entry point of the job.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Rapport",
                        version = "0.1",
                        description = "Relationship management for service businesses"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("migrate-tenants")) {
            int workers = args.length > 1 ? Integer.parseInt(args[1]) : 0;
            try (ApplicationContext ctx = ApplicationContext.run()) {
                var run = ctx.getBean(TenantMigrationJob.class).runNow(workers);
                System.out.printf(
                        "tenant migrations: %d tenants, %d migrated, %d skipped, %d failed (target version %s)%n",
                        run.tenants(), run.migrated(), run.skipped(), run.failed(), run.targetVersion());
                System.exit(run.failed() > 0 ? 1 : 0);
            }
        }
        Micronaut.run(Application.class, args);
    }
}
