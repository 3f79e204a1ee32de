package app.rapport.ui.tier;

import app.rapport.api.tier.ClassificationResult;
import app.rapport.api.tier.RankedClient;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierDistribution;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.text.NumberFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Value by tier for everyone: the distribution chart, the most valuable clients; admins classify from here. */
@Route(value = "tiers", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class TiersView extends VerticalLayout implements HasDynamicTitle {
    private final TiersApi tiers;
    private final Api api;
    final Div chart = new Div();
    final Grid<TierDistribution.Row> distribution = new Grid<>();
    final Grid<RankedClient> ranking = new Grid<>();
    final Select<String> measure = new Select<>();
    final Button classify = new Button();
    final Button settings = new Button();
    final Paragraph lastRun = new Paragraph();
    private Map<String, TierDefinition> byId = Map.of();
    private final boolean seesClients;

    TiersView(TiersApi tiers, Api api, CurrentUser currentUser) {
        this.tiers = tiers;
        this.api = api;
        boolean admin = currentUser.require().hasAny(SignedInUser.TENANT_ADMIN);
        // who the most valuable clients are, with their revenue and margin, is for admins and account managers
        this.seesClients = currentUser.require().canEditClients();
        NumberFormat money = Formats.money(getLocale());
        money.setMaximumFractionDigits(0);
        classify.setText(getTranslation("tiers.classify"));
        classify.setId("tiers-classify");
        classify.addThemeVariants(ButtonVariant.PRIMARY);
        classify.setVisible(admin);
        classify.addClickListener(e -> classify());
        settings.setText(getTranslation("tiers.settings"));
        settings.setId("tiers-settings");
        settings.setVisible(admin);
        settings.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TierSetupView.class)));
        lastRun.setId("tiers-last-run");

        distribution.setId("tier-distribution");
        distribution.setEmptyStateText(getTranslation("empty.distribution"));
        distribution
                .addComponentColumn(r -> swatch(r.tier()))
                .setHeader(getTranslation("tiers.tier"))
                .setKey("tier");
        distribution
                .addColumn(TierDistribution.Row::clients)
                .setHeader(getTranslation("tiers.clients"))
                .setKey("clients");
        distribution.addColumn(r -> money.format(r.revenue())).setHeader(getTranslation("tiers.revenue"));
        distribution.addColumn(r -> r.revenueShare() + "%").setHeader(getTranslation("tiers.revenueShare"));
        distribution.addColumn(r -> money.format(r.margin())).setHeader(getTranslation("tiers.margin"));
        distribution.addColumn(r -> r.marginShare() + "%").setHeader(getTranslation("tiers.marginShare"));
        distribution.setAllRowsVisible(true);

        measure.setId("ranking-measure");
        measure.setLabel(getTranslation("tiers.rankBy"));
        measure.setItems("REVENUE", "MARGIN");
        measure.setItemLabelGenerator(m -> getTranslation("tier.measure." + m));
        measure.setValue("REVENUE");
        measure.addValueChangeListener(e -> ranking.setItems(api.call(() -> tiers.ranking(e.getValue(), 20))));
        ranking.setId("tier-ranking");
        ranking.setEmptyStateText(getTranslation("empty.ranking"));
        ranking.addColumn(RankedClient::rank).setHeader("#").setFlexGrow(0).setWidth("4em");
        ranking.addColumn(RankedClient::name)
                .setHeader(getTranslation("client.name"))
                .setFlexGrow(3);
        ranking.addComponentColumn(r -> swatch(byId.get(r.tierId()))).setHeader(getTranslation("tiers.tier"));
        ranking.addColumn(r -> money.format(r.revenue())).setHeader(getTranslation("tiers.revenue"));
        ranking.addColumn(r -> money.format(r.margin())).setHeader(getTranslation("tiers.margin"));
        ranking.addColumn(RankedClient::purchases).setHeader(getTranslation("tiers.purchases"));
        ranking.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("clients/" + e.getItem().clientId())));
        ranking.setAllRowsVisible(true);

        add(
                new H2(getTranslation("tiers.title")),
                new HorizontalLayout(classify, settings),
                lastRun,
                chart,
                distribution);
        if (seesClients) {
            add(new H3(getTranslation("tiers.mostValuable")), measure, ranking);
        }
        refresh();
    }

    private void refresh() {
        TierSettingsView s = api.body(tiers::settings);
        byId = s.tiers().stream().collect(Collectors.toMap(TierDefinition::id, Function.identity()));
        lastRun.setText(
                s.lastRunAt() == null
                        ? getTranslation("tiers.neverRun")
                        : getTranslation(
                                "tiers.lastRun",
                                getTranslation("tier.method." + s.method()),
                                Formats.shortDateTime(getLocale()).format(s.lastRunAt())));
        TierDistribution d = api.call(tiers::distribution);
        chart.removeAll();
        if (s.tiers().isEmpty()) {
            chart.add(new Paragraph(getTranslation("tiers.none")));
        } else {
            chart.add(TierChart.of(d, getLocale(), this::getTranslation));
        }
        distribution.setItems(d.rows());
        if (seesClients) {
            ranking.setItems(api.call(() -> tiers.ranking(measure.getValue(), 20)));
        }
    }

    private void classify() {
        try {
            ClassificationResult r = api.body(tiers::classify);
            Notices.success(
                    getTranslation("tiers.classified", r.evaluated(), r.changed(), r.pinnedSkipped(), r.millis()));
            refresh();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    Component swatch(TierDefinition tier) {
        Span dot = new Span();
        dot.getStyle()
                .set("display", "inline-block")
                .set("width", "0.8em")
                .set("height", "0.8em")
                .set("border-radius", "50%")
                .set("margin-right", "0.4em")
                .set("background", tier == null ? "#cccccc" : tier.colour());
        Span label = new Span(tier == null ? getTranslation("tiers.unclassified") : TierNames.of(tier, getLocale()));
        return new Span(dot, label);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tiers.title");
    }
}
