package app.rapport.sla;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.sla.EscalationStep;
import app.rapport.api.sla.MilestoneTarget;
import app.rapport.api.sla.SlaMilestone;
import app.rapport.api.sla.SlaPolicyView;
import app.rapport.api.sla.SlaPolicyWrite;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import app.rapport.tier.Tiers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Service-level policies: the tenant's and each tier's own. A save sends the version read (412 when someone saved in
 * between — saves take the tenant's policy lock, so of two at once the second finds the first's version) and adds a new version; the earlier stays for
 * the complaints that started under it. A tier without a policy of its own follows the tenant's.
 */
@Singleton
public class SlaPolicies {
    static final String TENANT = "tenant";

    /** The policy a complaint starts under: its id and version, and its targets. */
    public record Applied(String id, long version, List<MilestoneTarget> targets) {}

    private final SlaPolicyRepository policies;
    private final Tiers tiers;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;
    private final java.util.Map<String, Applied> versions = new java.util.concurrent.ConcurrentHashMap<>();

    SlaPolicies(
            SlaPolicyRepository policies, Tiers tiers, ObjectMapper json, AuditLog audit, Actor actor, Clock clock) {
        this.policies = policies;
        this.tiers = tiers;
        this.json = json;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    SlaPolicyView tenant() {
        return policies.findByScopeAndCurrent(TENANT, true)
                .map(r -> view(r, false))
                .orElse(new SlaPolicyView(null, false, 0, List.of(), null, null));
    }

    @Transactional
    SlaPolicyView ofTier(String tierId) {
        requireTier(tierId);
        return policies.findByScopeAndCurrent(tierId, true)
                .map(r -> view(r, false))
                .orElseGet(() -> inherited(tierId));
    }

    @Transactional
    SlaPolicyView set(@Nullable String tierId, long expected, SlaPolicyWrite write) {
        // one save at a time, taken before anything is read so that what is read is what the last save left
        policies.lock();
        if (tierId != null) {
            requireTier(tierId);
        }
        check(write.targets());
        String scope = tierId == null ? TENANT : tierId;
        Optional<SlaPolicyRow> before = policies.findByScopeAndCurrent(scope, true);
        long current = before.map(SlaPolicyRow::version).orElse(0L);
        if (expected != current) {
            throw new ProblemException(
                    ProblemCode.STALE_VERSION,
                    "the policy is at version " + current + "; read it again",
                    Map.of("version", current));
        }
        policies.retire(scope);
        long next = Math.max(current, policies.lastVersion(scope)) + 1;
        List<MilestoneTarget> targets = new ArrayList<>(
                write.targets().stream().map(MilestoneTarget::inOrder).toList());
        targets.sort(Comparator.comparing(MilestoneTarget::milestone));
        SlaPolicyRow row = new SlaPolicyRow(
                UUID.randomUUID().toString(),
                scope,
                tierId,
                next,
                true,
                write(targets),
                Instant.now(clock),
                actor.name());
        policies.save(row);
        audit.record(before.isPresent() ? "UPDATE" : "CREATE", "sla_policy", row.id(), before.orElse(null), row);
        return view(row, false);
    }

    @Transactional
    SlaPolicyView removeTier(String tierId) {
        policies.lock();
        requireTier(tierId);
        policies.findByScopeAndCurrent(tierId, true).ifPresent(r -> {
            policies.retire(tierId);
            audit.record("DELETE", "sla_policy", r.id(), r, null);
        });
        return inherited(tierId);
    }

    /** The policy a client of this tier (none: ungraded) starts a complaint under: the tier's, else the tenant's. */
    @Transactional
    public Optional<Applied> forTier(@Nullable String tierId) {
        Optional<SlaPolicyRow> row = tierId == null ? Optional.empty() : policies.findByScopeAndCurrent(tierId, true);
        return row.or(() -> policies.findByScopeAndCurrent(TENANT, true)).map(this::applied);
    }

    /** A version a complaint started under. */
    /**
     * A policy version by its id. A version is never changed once saved (a save makes the next), so what was read is
     * kept: the minute's scan asks for the same few versions for every complaint.
     */
    @Transactional
    public Optional<Applied> version(String policyId) {
        Applied known = versions.get(policyId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Applied> read = policies.findById(policyId).map(this::applied);
        read.ifPresent(a -> {
            if (versions.size() > 10_000) {
                versions.clear();
            }
            versions.put(policyId, a);
        });
        return read;
    }

    private Applied applied(SlaPolicyRow r) {
        return new Applied(r.id(), r.version(), read(r.targets()));
    }

    /**
     * At most one target per milestone; each escalation step at a share of the target or some minutes before its
     * deadline (one of the two, within the target), no two steps of a milestone at the same point — each problem
     * named by its indexes.
     */
    static void check(List<MilestoneTarget> targets) {
        Set<SlaMilestone> seen = EnumSet.noneOf(SlaMilestone.class);
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            MilestoneTarget t = targets.get(i);
            if (!seen.add(t.milestone())) {
                problems.add(FieldProblem.of("targets[" + i + "].milestone", FieldCode.DUPLICATE_KEY));
            }
            Set<Integer> keys = new java.util.HashSet<>();
            for (int j = 0; j < t.escalations().size(); j++) {
                EscalationStep s = t.escalations().get(j);
                String at = "targets[" + i + "].escalations[" + j + "].";
                if ((s.percent() == null) == (s.minutesBefore() == null)) {
                    problems.add(FieldProblem.of(at + "percent", FieldCode.EITHER_OR, "other", "minutesBefore"));
                } else if (s.minutesBefore() != null && s.minutesBefore() >= t.minutes()) {
                    problems.add(FieldProblem.of(at + "minutesBefore", FieldCode.MAX, "value", t.minutes() - 1));
                } else if (!keys.add(s.key())) {
                    problems.add(FieldProblem.of(
                            at + (s.percent() != null ? "percent" : "minutesBefore"), FieldCode.DUPLICATE_KEY));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private SlaPolicyView inherited(String tierId) {
        SlaPolicyView t = tenant();
        return new SlaPolicyView(tierId, true, 0, t.targets(), t.updatedAt(), t.updatedBy());
    }

    private SlaPolicyView view(SlaPolicyRow r, boolean inherited) {
        return new SlaPolicyView(r.tierId(), inherited, r.version(), read(r.targets()), r.createdAt(), r.createdBy());
    }

    private void requireTier(String tierId) {
        if (tiers.settings().tiers().stream().noneMatch(t -> tierId.equals(t.id()))) {
            throw ProblemException.notFound("tier " + tierId);
        }
    }

    private String write(List<MilestoneTarget> targets) {
        try {
            return json.writeValueAsString(targets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<MilestoneTarget> read(String text) {
        try {
            return json.readValue(text, Argument.listOf(MilestoneTarget.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
