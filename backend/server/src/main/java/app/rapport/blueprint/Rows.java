package app.rapport.blueprint;

import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.VersionStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** The rows of the blueprint tables, and what this feature reads of touchpoints. */
final class Rows {
    private Rows() {}

    @MappedEntity("blueprint")
    @Serdeable
    record Blueprint(@Id String id, String name, @Nullable String description, Instant createdAt, String createdBy) {}

    @MappedEntity("blueprint_version")
    @Serdeable
    record Version(
            @Id String id,
            String blueprintId,
            int number,
            VersionStatus status,
            Instant createdAt,
            String createdBy,
            @Nullable Instant publishedAt,
            @Nullable String publishedBy,
            @Nullable Instant retiredAt,
            @Nullable String retiredBy) {

        Version published(Instant at, String by) {
            return new Version(
                    id, blueprintId, number, VersionStatus.PUBLISHED, createdAt, createdBy, at, by, null, null);
        }

        Version retired(Instant at, String by) {
            return new Version(
                    id,
                    blueprintId,
                    number,
                    VersionStatus.RETIRED,
                    createdAt,
                    createdBy,
                    publishedAt,
                    publishedBy,
                    at,
                    by);
        }
    }

    @MappedEntity("blueprint_step")
    @Serdeable
    record Step(
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

        Step at(Lane newLane, int newCol) {
            return new Step(
                    id,
                    versionId,
                    lineageId,
                    newLane,
                    newCol,
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

        Step copy(String newId, String newVersionId) {
            return new Step(
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

    @MappedEntity("blueprint_flow")
    @Serdeable
    record Flow(@Id String id, String versionId, String fromStepId, String toStepId) {}

    /** A touchpoint logged against a step: how long it took and how the client reacted (either may be missing). */
    @Introspected
    record Touch(
            String stepId,
            @Nullable Integer durationMinutes,
            @Nullable Integer rating) {}

    @Introspected
    record StepCount(String versionId, int n) {}

    @Introspected
    record LoggableStep(
            String stepId,
            String blueprintId,
            String blueprintName,
            String stepName,
            Lane lane,
            int col,
            @Nullable Integer targetMinutes,
            @Nullable String stepNameZhCn,
            @Nullable String stepNameZhTw) {}
}
