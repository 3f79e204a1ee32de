package app.rapport.blueprint;

import app.rapport.api.blueprint.Lane;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

@MappedEntity("blueprint_step")
@Serdeable
record StepRow(
        @Id String id,
        String versionId,
        String lineageId,
        Lane lane,
        int col,
        String name,
        @Nullable String description,
        @Nullable String ownerRole,
        @Nullable Integer targetMinutes,
        @Nullable String qualityRule,
        boolean failPoint,
        boolean touchpoint,
        @Nullable String nameZhCn,
        @Nullable String nameZhTw) {

    StepRow copy(String newId, String newVersionId) {
        return new StepRow(
                newId,
                newVersionId,
                lineageId,
                lane,
                col,
                name,
                description,
                ownerRole,
                targetMinutes,
                qualityRule,
                failPoint,
                touchpoint,
                nameZhCn,
                nameZhTw);
    }
}
