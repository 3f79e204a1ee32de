package app.rapport.lifecycle;

import app.rapport.api.care.CareKind;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.lifecycle.Stage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

@MappedEntity("playbook_step")
@Serdeable
record PlaybookStepRow(
        @Id String id,
        Stage stage,
        @Nullable String tierId,
        CareKind kind,
        String title,
        @Nullable Integer offsetDays,
        @Nullable Integer cadenceDays,
        ServiceLevel aimedLevel,
        String ownerRole,
        @Nullable String instructions,
        int position,
        @Nullable String titleZhCn,
        @Nullable String titleZhTw,
        @Nullable String instructionsZhCn,
        @Nullable String instructionsZhTw) {}
