package app.rapport.blueprint;

import app.rapport.api.blueprint.Finding;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Publishing a draft (it needs a clean {@link BlueprintCheck} and retires the version published before) and retiring. */
@Singleton
public class BlueprintPublication {
    private final VersionRepository versions;
    private final BlueprintVersions read;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    BlueprintPublication(VersionRepository versions, BlueprintVersions read, AuditLog audit, Actor actor, Clock clock) {
        this.versions = versions;
        this.read = read;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public VersionView publish(String versionId) {
        VersionRow draft = read.draft(versionId);
        List<Finding> findings = read.view(draft).findings();
        if (!findings.isEmpty()) {
            throw new ProblemException(
                    ProblemCode.BLUEPRINT_INVALID,
                    "the draft cannot be published: "
                            + findings.stream().map(f -> f.code().name()).collect(Collectors.joining("; ")),
                    findings.stream()
                            .map(f -> f.stepId() == null
                                    ? FieldProblem.of(
                                            "steps",
                                            FieldCode.BLUEPRINT_FINDING,
                                            "finding",
                                            f.code().name())
                                    : FieldProblem.of(
                                            "steps/" + f.stepId(),
                                            FieldCode.BLUEPRINT_FINDING,
                                            "finding",
                                            f.code().name(),
                                            "step",
                                            f.stepName()))
                            .toList());
        }
        Instant now = Instant.now(clock);
        for (VersionRow v : versions.findByBlueprintIdOrderByNumberDesc(draft.blueprintId())) {
            if (v.status() == VersionStatus.PUBLISHED) {
                versions.updateRetired(v.id(), VersionStatus.RETIRED, now, actor.name());
                VersionRow retired = read.versionRow(v.id());
                audit.record("UPDATE", "blueprint_version", v.id(), v, retired);
            }
        }
        versions.update(versionId, VersionStatus.PUBLISHED, now, actor.name());
        VersionRow published = read.versionRow(versionId);
        audit.record("UPDATE", "blueprint_version", versionId, draft, published);
        return read.view(published);
    }

    @Transactional
    public VersionView retire(String versionId) {
        VersionRow before = read.lockedVersion(versionId);
        if (before.status() != VersionStatus.PUBLISHED) {
            throw new ProblemException(
                    ProblemCode.NOT_PUBLISHED,
                    "version " + before.number() + " is " + before.status() + "; only a published version retires");
        }
        versions.updateRetired(versionId, VersionStatus.RETIRED, Instant.now(clock), actor.name());
        VersionRow after = read.versionRow(versionId);
        audit.record("UPDATE", "blueprint_version", versionId, before, after);
        return read.view(after);
    }
}
