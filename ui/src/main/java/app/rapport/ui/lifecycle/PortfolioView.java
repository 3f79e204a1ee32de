package app.rapport.ui.lifecycle;

import app.rapport.api.care.CareApi;
import app.rapport.api.care.Member;
import app.rapport.api.common.TenantRole;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.lifecycle.Portfolio;
import app.rapport.api.lifecycle.PortfolioCell;
import app.rapport.api.lifecycle.SignalRun;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An account manager's portfolio: clients by stage × tier with counts and value (chart and table), the stage moves
 * of the last 90 days, and the inbox of open stage suggestions to accept or dismiss. Managers start with their own
 * portfolio, admins with the whole tenant; anyone of the two may look at another's.
 */
@Route(value = "portfolio", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class PortfolioView extends VerticalLayout implements HasDynamicTitle {
    /** The owner choice meaning the whole tenant. */
    static final String EVERYONE = "*";

    final Select<String> owner = new Select<>();
    final Paragraph totals = new Paragraph();
    final Div charts = new Div();
    final Grid<PortfolioCell> cells = new Grid<>();
    final Grid<SuggestionView> suggestions = new Grid<>();
    final Button compute = new Button();
    private final LifecycleApi lifecycle;
    private final Api api;
    private final List<TierDefinition> tiers;

    PortfolioView(LifecycleApi lifecycle, CareApi care, TiersApi tiersApi, Api api, CurrentUser currentUser) {
        this.lifecycle = lifecycle;
        this.api = api;
        SignedInUser user = currentUser.require();
        tiers = api.body(tiersApi::settings).tiers();
        Map<String, TierDefinition> tierById = tiers.stream().collect(Collectors.toMap(TierDefinition::id, t -> t));
        List<Member> members = api.call(care::members);
        Map<String, String> names = MemberNames.of(members);
        List<String> owners = new ArrayList<>();
        owners.add(EVERYONE);
        owners.addAll(MemberNames.sorted(
                members.stream()
                        .filter(m -> m.role() != TenantRole.SERVICE_STAFF)
                        .toList(),
                getLocale()));
        if (!owners.contains(user.username())) {
            owners.add(user.username());
        }
        owner.setId("portfolio-owner");
        owner.setLabel(getTranslation("portfolio.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(
                o -> EVERYONE.equals(o) ? getTranslation("portfolio.everyone") : names.getOrDefault(o, o));
        owner.setValue(
                user.hasAny(SignedInUser.ACCOUNT_MANAGER) && !user.hasAny(SignedInUser.TENANT_ADMIN)
                        ? user.username()
                        : EVERYONE);
        owner.addValueChangeListener(e -> reload());
        totals.setId("portfolio-totals");
        charts.setWidthFull();
        cells.setId("portfolio-cells");
        cells.setAllRowsVisible(true);
        cells.addColumn(c -> getTranslation("stage." + c.stage()))
                .setHeader(getTranslation("stage.title"))
                .setKey("stage");
        cells.addColumn(c -> c.tierId() == null || !tierById.containsKey(c.tierId())
                        ? getTranslation("tiers.unclassified")
                        : TierNames.of(tierById.get(c.tierId()), getLocale()))
                .setHeader(getTranslation("tiers.tier"))
                .setKey("tier");
        cells.addColumn(PortfolioCell::clients)
                .setHeader(getTranslation("portfolio.chart.clients"))
                .setKey("clients");
        cells.addColumn(c -> Formats.money(getLocale()).format(c.revenue()))
                .setHeader(getTranslation("portfolio.revenue"))
                .setKey("revenue");
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        suggestions.setId("suggestions-grid");
        suggestions.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        suggestions.setAllRowsVisible(true);
        suggestions
                .addComponentColumn(s -> {
                    Button link = new Button(
                            s.clientName(), e -> getUI().ifPresent(ui -> ui.navigate("clients/" + s.clientId())));
                    link.addThemeVariants(ButtonVariant.TERTIARY);
                    return link;
                })
                .setHeader(getTranslation("client.name"))
                .setAutoWidth(true);
        suggestions
                .addColumn(s -> getTranslation("stage." + s.from()) + " → " + getTranslation("stage." + s.to()))
                .setHeader(getTranslation("stage.change"))
                .setKey("change")
                .setAutoWidth(true);
        suggestions
                .addColumn(s -> SignalTexts.explain(s, this))
                .setHeader(getTranslation("suggestion.why"))
                .setFlexGrow(3)
                .setKey("why");
        suggestions.addColumn(s -> when.format(s.computedAt())).setHeader(getTranslation("suggestion.computedAt"));
        suggestions
                .addComponentColumn(s -> new SuggestionActions(s, lifecycle, api, this::reload))
                .setKey("decide")
                .setAutoWidth(true);
        suggestions.setEmptyStateText(getTranslation("suggestion.none"));
        compute.setId("compute-signals");
        compute.setText(getTranslation("suggestion.compute"));
        compute.addClickListener(e -> {
            try {
                SignalRun run = api.body(lifecycle::computeAll);
                Notices.success(getTranslation("suggestion.computed", run.clients(), run.suggested(), run.withdrawn()));
                reload();
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        });
        HorizontalLayout inboxHead = new HorizontalLayout(new H3(getTranslation("suggestion.inbox")), compute);
        inboxHead.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("portfolio.title")),
                new Paragraph(getTranslation("portfolio.help")),
                owner,
                totals,
                charts,
                cells,
                inboxHead,
                suggestions);
        reload();
    }

    private String ownerParam() {
        return EVERYONE.equals(owner.getValue()) ? null : owner.getValue();
    }

    void reload() {
        Portfolio p = api.call(() -> lifecycle.portfolio(ownerParam()));
        totals.setText(getTranslation(
                "portfolio.totals", p.clients(), Formats.money(getLocale()).format(p.revenue())));
        charts.removeAll();
        FlexLayout row = new FlexLayout(
                PortfolioCharts.byStage(p, tiers, getLocale(), this::getTranslation),
                PortfolioCharts.moves(p, this::getTranslation));
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.add(row);
        cells.setItems(p.cells());
        suggestions.setItems(api.call(() -> lifecycle.suggestions(ownerParam())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolio.title");
    }
}
