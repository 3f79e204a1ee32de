package app.rapport.platform.tenant;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** Wraps the {@code default} datasource (the tenant pool) so that its connections follow the tenant in scope. */
@Singleton
final class TenantDataSourceWrapper implements BeanCreatedEventListener<DataSource> {
    private final SchemaSwitch schemaSwitch;

    TenantDataSourceWrapper(SchemaSwitch schemaSwitch) {
        this.schemaSwitch = schemaSwitch;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        String name = event.getBeanIdentifier().getName();
        if ("default".equals(name) || "primary".equals(name)) {
            // Micronaut hands out a contextual proxy whose connections are the transaction's; wrap the real pool
            // beneath it.
            return new TenantDataSource(DelegatingDataSource.unwrapDataSource(event.getBean()), schemaSwitch);
        }
        return event.getBean();
    }
}
