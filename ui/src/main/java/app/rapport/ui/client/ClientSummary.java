package app.rapport.ui.client;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.CareStatus;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.client.ClientView;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.onetoone.FactView;
import app.rapport.api.onetoone.NeedStatus;
import app.rapport.api.onetoone.NeedView;
import app.rapport.api.onetoone.OneToOneApi;
import app.rapport.api.tier.ClientTierView;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.care.CareTitles;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Days;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.tier.TierBadge;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import io.micronaut.http.HttpResponse;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * "How are we doing with this client?" at a glance: tier, stage and owner; the last 12 months' revenue and margin;
 * the last contact and the next planned action; the open suggestion; key facts and open needs. Each card reads from
 * the API as the signed-in user; when the API will not fill one, the summary says so (and the page still opens).
 */
class ClientSummary extends FlexLayout {
    private final Api api;
    private final Span unavailable = new Span();

    /** How the last 12 months compare with the 12 before: up or down by how much, or new this year. */
    private Span trend(ClientTierView tier) {
        Span s;
        if (tier == null
                || (tier.revenue().signum() == 0 && tier.previousRevenue().signum() == 0)) {
            s = new Span("");
        } else if (tier.previousRevenue().signum() == 0) {
            s = new Span(getTranslation("summary.trend.new"));
        } else {
            double change = tier.revenue().subtract(tier.previousRevenue()).doubleValue()
                    / tier.previousRevenue().doubleValue();
            long percent = Math.round(change * 100);
            s = new Span(getTranslation(
                    percent > 0 ? "summary.trend.up" : percent < 0 ? "summary.trend.down" : "summary.trend.same",
                    Math.abs(percent)));
            s.getStyle()
                    .set(
                            "color",
                            percent > 0
                                    ? "var(--lumo-success-text-color)"
                                    : percent < 0 ? "var(--lumo-error-text-color)" : "inherit");
        }
        s.setId("summary-trend");
        return s;
    }

    ClientSummary(
            ClientView client,
            TiersApi tiers,
            LifecycleApi lifecycle,
            CareApi care,
            OneToOneApi records,
            app.rapport.api.survey.SurveyApi surveys,
            Api api) {
        this.api = api;
        unavailable.setVisible(false);
        setId("client-summary");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        setWidthFull();
        String id = client.id();
        NumberFormat money = Formats.money(getLocale());
        money.setMaximumFractionDigits(0);
        Map<String, String> names = read(() -> MemberNames.of(care.members()), Map.of());

        HttpResponse<ClientTierView> tierAnswer = read(() -> tiers.ofClient(id), null);
        ClientTierView tier = tierAnswer == null ? null : tierAnswer.body();
        Span tierName = new Span(
                tier == null || tier.tier() == null
                        ? getTranslation("tiers.unclassified")
                        : TierNames.of(tier.tier(), getLocale()));
        tierName.setId("summary-tier");
        TierBadge.paint(
                tierName,
                tier == null || tier.tier() == null ? null : tier.tier().colour());
        add(card("summary.tier", tierName));
        add(card(
                "summary.value",
                line(
                        tier == null
                                ? "—"
                                : getTranslation(
                                        "summary.value.text",
                                        money.format(tier.revenue()),
                                        money.format(tier.margin()))),
                trend(tier),
                line(
                        tier == null || tier.lastPurchaseOn() == null
                                ? getTranslation("summary.noPurchase")
                                : getTranslation(
                                        "summary.lastPurchase", Days.dated(tier.lastPurchaseOn(), getLocale())))));

        StageView stage = read(() -> lifecycle.stage(id), null);
        add(card(
                "summary.stage",
                line(stage == null ? "—" : getTranslation("stage." + stage.stage()), "summary-stage"),
                line(
                        stage == null || stage.owner() == null
                                ? getTranslation("summary.noOwner")
                                : getTranslation("summary.owner", names.getOrDefault(stage.owner(), stage.owner()))),
                line(
                        stage == null || stage.suggestion() == null
                                ? ""
                                : getTranslation(
                                        "summary.suggestion",
                                        getTranslation(
                                                "stage." + stage.suggestion().to())),
                        "summary-suggestion")));

        List<TouchpointView> touchpoints = read(() -> care.touchpoints(id), List.of());
        List<CareActionView> open = read(() -> care.ofClient(id), List.<CareActionView>of()).stream()
                .filter(a -> a.status() == CareStatus.PLANNED || a.status() == CareStatus.OVERDUE)
                .sorted(Comparator.comparing(CareActionView::dueOn))
                .toList();
        add(card(
                "summary.contact",
                line(
                        touchpoints.isEmpty()
                                ? getTranslation("summary.noContact")
                                : getTranslation(
                                        "summary.lastContact",
                                        Days.relative(touchpoints
                                                .get(0)
                                                .at()
                                                .atZone(TenantTime.zone())
                                                .toLocalDate())),
                        "summary-last-contact"),
                line(
                        open.isEmpty()
                                ? getTranslation("summary.noAction")
                                : getTranslation(
                                        "summary.nextAction",
                                        new CareTitles(api).title(open.get(0)),
                                        Days.relative(open.get(0).dueOn()),
                                        open.size()),
                        "summary-next-action")));

        if (surveys != null) {
            // the last answer the client gave (surveys are the account manager's and the admin's)
            add(lastSurvey(read(() -> surveys.clientSurveys(id), null)));
        }

        List<FactView> facts = read(() -> records.facts(id), List.of());
        List<NeedView> needs = read(() -> records.needs(id), List.<NeedView>of()).stream()
                .filter(n -> n.status() == NeedStatus.OPEN)
                .toList();
        Div known = card("summary.known");
        known.setId("summary-known");
        if (facts.isEmpty() && needs.isEmpty()) {
            known.add(line(getTranslation("summary.nothingKnown")));
        }
        facts.stream().limit(3).forEach(f -> known.add(line(f.label() + ": " + f.value())));
        needs.stream().limit(3).forEach(n -> known.add(line(getTranslation("summary.need", n.description()))));
        add(known);
        unavailable.setId("summary-unavailable");
        unavailable.setText(getTranslation("summary.unavailable"));
        unavailable.getStyle().set("color", "var(--lumo-error-text-color)").set("flex-basis", "100%");
        add(unavailable);
    }

    private Div lastSurvey(app.rapport.api.survey.ClientSurveys s) {
        Div card = card("summary.survey");
        card.setId("summary-survey");
        var last = s == null
                ? null
                : s.invitations().stream()
                        .filter(i -> i.status() == app.rapport.api.survey.InvitationStatus.ANSWERED)
                        .findFirst()
                        .orElse(null);
        if (last == null) {
            card.add(line(
                    getTranslation(s != null && s.optedOut() ? "summary.survey.optedOut" : "summary.survey.none")));
            return card;
        }
        String tag = app.rapport.ui.platform.i18n.MessagesI18NProvider.languageTag(getLocale());
        card.add(line(getTranslation(
                "summary.survey.last",
                last.instrumentNameTranslations().in(tag, last.instrumentName()),
                Days.dated(
                        last.answeredAt()
                                .atZone(app.rapport.ui.platform.i18n.TenantTime.zone())
                                .toLocalDate(),
                        getLocale()))));
        var r = last.result();
        if (r != null) {
            List<String> figures = new java.util.ArrayList<>();
            if (r.csat() != null) {
                figures.add(getTranslation("survey.figure.csat", r.csat()));
            }
            if (r.nps() != null) {
                figures.add(getTranslation("survey.figure.nps", r.nps(), getTranslation("survey.nps." + r.npsGroup())));
            }
            if (r.effort() != null) {
                figures.add(getTranslation("survey.figure.effort", r.effort()));
            }
            if (!figures.isEmpty()) {
                card.add(line(String.join(" · ", figures), "summary-survey-figures"));
            }
        }
        return card;
    }

    private <T> T read(Supplier<T> call, T otherwise) {
        try {
            T t = api.call(call);
            return t == null ? otherwise : t;
        } catch (ApiProblem p) {
            unavailable.setVisible(true);
            return otherwise;
        }
    }

    private Div card(String titleKey, Component... content) {
        Div card = new Div();
        card.addClassName("summary-card");
        card.getStyle()
                .set("flex", "1 1 14em")
                .set("min-width", "0")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        Span title = new Span(getTranslation(titleKey));
        title.getStyle()
                .set("display", "block")
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        card.add(title);
        card.add(content);
        return card;
    }

    private static Span line(String text) {
        Span s = new Span(text);
        s.getStyle().set("display", "block").set("overflow-wrap", "anywhere");
        return s;
    }

    private static Span line(String text, String id) {
        Span s = line(text);
        s.setId(id);
        return s;
    }
}
