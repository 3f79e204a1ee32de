package app.rapport.lifecycle;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.TenantRole;
import app.rapport.api.common.Translated;
import app.rapport.api.lifecycle.PlaybookStepView;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.tier.TierDefinition;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.web.ProblemException;
import app.rapport.platform.web.Translations;
import app.rapport.tier.Tiers;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Strategies: a playbook of care action templates per stage, optionally refined per tier. A client of a tier that
 * has its own steps for a stage gets those; everyone else gets the stage's general steps.
 */
@Singleton
public class Playbook {
    private static final Comparator<PlaybookStepRow> ORDER = Comparator.comparing(PlaybookStepRow::stage)
            .thenComparing(s -> s.tierId() == null ? "" : s.tierId())
            .thenComparingInt(PlaybookStepRow::position)
            .thenComparing(PlaybookStepRow::title);

    private final PlaybookStepRepository steps;
    private final Tiers tiers;
    private final AuditLog audit;

    Playbook(PlaybookStepRepository steps, Tiers tiers, AuditLog audit) {
        this.steps = steps;
        this.tiers = tiers;
        this.audit = audit;
    }

    @Transactional
    public List<PlaybookStepView> all() {
        return steps.findAll().stream().sorted(ORDER).map(Playbook::view).toList();
    }

    /** The steps that apply to a client of a tier (null: unclassified) entering a stage, in order. */
    @Transactional
    public List<PlaybookStepRow> forEntering(Stage stage, @Nullable String tierId) {
        List<PlaybookStepRow> ofStage = steps.findByStage(stage);
        List<PlaybookStepRow> refined = ofStage.stream()
                .filter(s -> tierId != null && tierId.equals(s.tierId()))
                .toList();
        List<PlaybookStepRow> chosen = refined.isEmpty()
                ? ofStage.stream().filter(s -> s.tierId() == null).toList()
                : refined;
        return chosen.stream().sorted(ORDER).toList();
    }

    @Transactional
    public PlaybookStepView add(PlaybookStepWrite write) {
        PlaybookStepRow row = steps.save(row(UUID.randomUUID().toString(), write));
        audit.record("CREATE", "playbook_step", row.id(), null, row);
        return view(row);
    }

    @Transactional
    public PlaybookStepView change(String id, PlaybookStepWrite write) {
        PlaybookStepRow before = steps.findById(id).orElseThrow(() -> ProblemException.notFound("playbook step " + id));
        PlaybookStepRow after = steps.update(row(id, write));
        audit.record("UPDATE", "playbook_step", id, before, after);
        return view(after);
    }

    @Transactional
    public void remove(String id) {
        PlaybookStepRow before = steps.findById(id).orElseThrow(() -> ProblemException.notFound("playbook step " + id));
        steps.delete(before);
        audit.record("DELETE", "playbook_step", id, before, null);
    }

    private PlaybookStepRow row(String id, PlaybookStepWrite w) {
        if ((w.offsetDays() == null) == (w.cadenceDays() == null)) {
            throw ProblemException.badField(
                    w.offsetDays() == null ? "offsetDays" : "cadenceDays",
                    FieldCode.EITHER_OR,
                    "other",
                    w.offsetDays() == null ? "cadenceDays" : "offsetDays");
        }
        String tierId = Texts.blankToNull(w.tierId());
        if (tierId != null
                && tiers.settings().tiers().stream().map(TierDefinition::id).noneMatch(tierId::equals)) {
            throw ProblemException.badField("tierId", FieldCode.NO_SUCH_TIER, "value", tierId);
        }
        Translated t = w.titleTranslations() == null ? Translated.NONE : w.titleTranslations();
        Translated i = w.instructionsTranslations() == null ? Translated.NONE : w.instructionsTranslations();
        return new PlaybookStepRow(
                id,
                w.stage(),
                tierId,
                w.kind(),
                w.title().strip(),
                w.offsetDays(),
                w.cadenceDays(),
                w.aimedLevel(),
                w.ownerRole().name(),
                Texts.blankToNull(w.instructions()),
                w.position(),
                Translations.optional(t.zhCn(), "titleTranslations.zhCn", 200),
                Translations.optional(t.zhTw(), "titleTranslations.zhTw", 200),
                Translations.optional(i.zhCn(), "instructionsTranslations.zhCn", 1000),
                Translations.optional(i.zhTw(), "instructionsTranslations.zhTw", 1000));
    }

    static PlaybookStepView view(PlaybookStepRow s) {
        return new PlaybookStepView(
                s.id(),
                s.stage(),
                s.tierId(),
                s.kind(),
                s.title(),
                s.offsetDays(),
                s.cadenceDays(),
                s.aimedLevel(),
                TenantRole.valueOf(s.ownerRole()),
                s.instructions(),
                s.position(),
                new Translated(s.titleZhCn(), s.titleZhTw()),
                new Translated(s.instructionsZhCn(), s.instructionsZhTw()));
    }
}
