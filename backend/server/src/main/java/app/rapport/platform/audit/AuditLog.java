package app.rapport.platform.audit;

import app.rapport.platform.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

/** Writes an audit record in the same transaction as the change it describes. */
@Singleton
public class AuditLog {
    private final AuditRepository records;
    private final ObjectMapper json;
    private final Actor actor;
    private final Clock clock;

    AuditLog(AuditRepository records, ObjectMapper json, Actor actor, Clock clock) {
        this.records = records;
        this.json = json;
        this.actor = actor;
        this.clock = clock;
    }

    public void record(
            String action, String entityType, String entityId, @Nullable Object before, @Nullable Object after) {
        records.save(new AuditRecordRow(
                null, Instant.now(clock), actor.name(), action, entityType, entityId, write(before), write(after)));
    }

    /**
     * Removes the before/after images of the given entities' records (the right to erasure must not leave personal
     * data behind in the audit trail); who did what and when stays.
     */
    public void scrub(Collection<String> entityIds) {
        if (!entityIds.isEmpty()) {
            records.scrub(entityIds);
        }
    }

    private String write(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
