package app.rapport.privacy;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.client.ClientView;
import app.rapport.api.client.ContactView;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.lifecycle.StageChangeView;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.onetoone.ConsumptionView;
import app.rapport.api.onetoone.FactView;
import app.rapport.api.onetoone.InteractionView;
import app.rapport.api.onetoone.NeedView;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.PersonalData;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.tier.TierChangeView;
import app.rapport.api.tier.TierDefinition;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The export as a person reads it: plain text, one section per kind of record, in the reader's language (English,
 * 简体中文, 繁體中文) with every time in the tenant's zone. What people wrote is shown as written.
 */
final class PersonalDataText {
    private final ResourceBundle texts;
    private final Locale locale;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;
    private final StringBuilder s = new StringBuilder();

    private PersonalDataText(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(
                "privacy.export",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    static String of(PersonalData d, Locale locale, ZoneId zone) {
        return new PersonalDataText(locale, zone).write(d);
    }

    private String write(PersonalData d) {
        ClientView c = d.client();
        s.append(t("title", c.name())).append('\n');
        s.append(t("exported", time.format(d.exportedAt()), d.exportedBy())).append("\n\n");
        section(t("section.client"));
        line(t("kind"), e(c.kind()));
        line(t("name"), c.name());
        line(t("industry"), c.industry());
        line(t("email"), c.email());
        line(t("phone"), c.phone());
        line(t("city"), c.city());
        line(t("website"), c.website());
        line(t("notes"), c.notes());
        line(t("registered"), time.format(c.createdAt()));
        for (ContactView ct : c.contacts()) {
            line(t("contact"), join(ct.name(), ct.jobTitle(), ct.email(), ct.phone()));
        }
        section(t("section.tier"));
        line(
                t("tier.current"),
                d.tier().tier() == null ? t("tier.none") : tierName(d.tier().tier()));
        line(t("tier.revenue"), d.tier().revenue());
        line(t("tier.margin"), d.tier().margin());
        for (TierChangeView h : d.tier().history()) {
            line(time.format(h.at()), e("TierMethod", h.method()) + ": " + why(h.reasonCode(), h.reason()));
        }
        section(t("section.purchases", d.purchases().size()));
        for (PurchaseView p : d.purchases()) {
            line(
                    day.format(p.purchasedOn()),
                    p.productName() + " " + p.quantity() + " " + p.unit() + ", " + t("amount", p.amount()));
        }
        section(t("section.facts"));
        for (FactView f : d.facts()) {
            line(e(f.category()) + " / " + f.label(), f.value());
        }
        section(t("section.needs"));
        for (NeedView n : d.needs()) {
            line(e(n.origin()) + " · " + e(n.status()), n.description());
        }
        section(t("section.interactions"));
        for (InteractionView i : d.interactions()) {
            line(
                    time.format(i.at()) + " " + e(i.direction()) + " · " + e(i.channel()),
                    i.summary() + (i.response() == null ? "" : " — " + i.response()));
        }
        section(t("section.offers"));
        for (OfferView o : d.offers()) {
            line(o.kind() + " (" + e(o.status()) + ")", o.what() + " — " + o.why());
        }
        section(t("section.consumption"));
        for (ConsumptionView v : d.consumption()) {
            line(
                    v.productName(),
                    e(v.method())
                            + (v.dailyRate() == null ? "" : ", " + t("perDay", v.dailyRate(), v.unit()))
                            + (v.runOutOn() == null ? "" : ", " + t("runsOut", day.format(v.runOutOn()))));
        }
        section(t("section.relationship"));
        StageView r = d.relationship();
        line(t("stage"), t("since", e(r.stage()), time.format(r.since())));
        line(t("owner"), r.owner());
        for (StageChangeView h : r.history()) {
            line(
                    time.format(h.at()),
                    (h.from() == null ? "" : e(h.from()) + " → ") + e(h.to()) + ": " + why(h.reasonCode(), h.reason()));
        }
        section(t("section.suggestions", d.suggestions().size()));
        for (SuggestionView v : d.suggestions()) {
            line(
                    time.format(v.computedAt()) + " " + e(v.from()) + " → " + e(v.to()) + " (" + e(v.status()) + ")",
                    v.signals().stream()
                            .map(s -> e(s.kind()) + " " + s.value().toPlainString() + " / "
                                    + s.reference().toPlainString())
                            .collect(Collectors.joining("; ")));
        }
        section(t("section.care", d.careActions().size()));
        for (CareActionView a : d.careActions()) {
            line(
                    day.format(a.dueOn()) + " " + e(a.kind()) + " (" + e(a.status()) + ")",
                    a.title() + (a.outcome() == null ? "" : " — " + a.outcome()));
        }
        section(t("section.touchpoints", d.touchpoints().size()));
        for (TouchpointView tp : d.touchpoints()) {
            line(
                    time.format(tp.at()) + " " + e(tp.channel()),
                    tp.what()
                            + (tp.contactPerson() == null ? "" : " (" + tp.contactPerson() + ")")
                            + (tp.rating() == null ? "" : ", " + t("rated", tp.rating())));
        }
        section(t("section.complaints", d.complaints().size()));
        for (ComplaintView k : d.complaints()) {
            line(
                    time.format(k.receivedAt()) + " C-" + k.number() + " " + e(k.channel()) + " (" + e(k.status())
                            + ", " + e(k.severity()) + ")",
                    join(
                            k.whatHappened(),
                            k.clientAsks() == null ? null : "— " + t("complaint.asks", k.clientAsks()),
                            k.verdictReason() == null ? null : "— " + t("complaint.verdict", k.verdictReason()),
                            k.remedy() == null ? null : "— " + t("complaint.remedy", k.remedy()),
                            k.notice() == null ? null : "— " + t("complaint.notice", k.notice()),
                            k.feedback() == null ? null : "— " + t("complaint.feedback", k.feedback())));
        }
        surveys(d);
        return s.toString();
    }

    private void surveys(PersonalData d) {
        section(t("section.surveys", d.surveys().invitations().size()));
        if (d.surveys().optedOut()) {
            s.append(t("survey.optedOut", time.format(d.surveys().optedOutAt())))
                    .append('\n');
        }
        java.util.Map<String, app.rapport.api.survey.ResponseView> answers = new java.util.HashMap<>();
        d.surveyAnswers().forEach(r -> answers.put(r.invitation().id(), r));
        for (app.rapport.api.survey.InvitationView i : d.surveys().invitations()) {
            app.rapport.api.survey.SurveyResult r = i.result();
            app.rapport.api.survey.ResponseView full = answers.get(i.id());
            line(
                    time.format(i.createdAt()) + " " + i.instrumentName() + " (" + e(i.status()) + ")",
                    join(
                            r == null || r.csat() == null ? null : "CSAT " + r.csat(),
                            r == null || r.nps() == null ? null : "NPS " + r.nps(),
                            r == null || r.effort() == null ? null : t("survey.effort", r.effort()),
                            r == null || r.reasons().isEmpty()
                                    ? null
                                    : "— "
                                            + t(
                                                    "survey.reasons",
                                                    r.reasons().stream()
                                                            .map(this::e)
                                                            .collect(Collectors.joining(", "))),
                            full == null
                                    ? null
                                    : full.answers().stream()
                                            .filter(a -> a.text() != null
                                                    && !a.text().isBlank())
                                            .map(a -> "— " + t("survey.said", a.text()))
                                            .collect(Collectors.joining(" "))));
        }
    }

    private String tierName(TierDefinition tier) {
        return "zh".equals(locale.getLanguage())
                ? ("TW".equals(locale.getCountry()) ? tier.nameZhTw() : tier.nameZhCn())
                : tier.nameEn();
    }

    private String t(String key, Object... args) {
        return args.length == 0 ? texts.getString(key) : new MessageFormat(texts.getString(key), locale).format(args);
    }

    /** An enum constant in the reader's language ("Stage.DECLINE"); the constant itself when the bundle lacks it. */
    /** The reason in the reader's words, and what the person wrote after it. */
    private String why(Enum<?> code, String text) {
        String worded = e(code);
        return text == null || text.isBlank() ? worded : worded + " — " + text;
    }

    private String e(Enum<?> value) {
        return value == null ? "" : e(value.getDeclaringClass().getSimpleName(), value.name());
    }

    private String e(String type, String name) {
        String key = type + "." + name;
        return texts.containsKey(key) ? texts.getString(key) : name;
    }

    private void section(String title) {
        s.append('\n')
                .append(title)
                .append('\n')
                .append("-".repeat(Math.max(4, title.length())))
                .append('\n');
    }

    private void line(String label, Object value) {
        if (value != null && !(value instanceof String str && str.isBlank())) {
            s.append(label).append(": ").append(value).append('\n');
        }
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
    }
}
