package app.rapport.ui.quality;

import app.rapport.api.gaps.FiveGaps;
import app.rapport.api.gaps.FiveGapsApi;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The five-gap model: the diagram of the five gaps with their figures, the scale gaps per dimension (what clients
 * expect and perceive, what members believe and how fully the standards specify it), standards met per service and
 * promises kept per tier, each with its n, and the conventions on screen. Every number is the API's; the view words it.
 */
@Route(value = "quality/five-gaps", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class FiveGapsView extends VerticalLayout implements HasDynamicTitle {
    final DatePicker from = VaadinTexts.datePicker();
    final DatePicker to = VaadinTexts.datePicker();
    final Div diagram = new Div();
    final Paragraph counts = new Paragraph();
    final Paragraph missing = new Paragraph();
    final Grid<FiveGaps.Dimension> dimensions = new Grid<>();
    final Grid<FiveGaps.ServiceShare> services = new Grid<>();
    final Grid<FiveGaps.TierPromises> tiers = new Grid<>();
    final Paragraph promises = new Paragraph();
    private final FiveGapsApi gaps;
    private final Api api;
    private final Map<String, TierDefinition> tierDefinitions;
    private FiveGaps shown;

    FiveGapsView(FiveGapsApi gaps, TiersApi tierApi, Api api) {
        this.gaps = gaps;
        this.api = api;
        this.tierDefinitions = api.body(tierApi::settings).tiers().stream()
                .collect(Collectors.toMap(TierDefinition::id, t -> t, (a, b) -> a));
        from.setId("gaps-from");
        from.setLabel(getTranslation("survey.results.from"));
        from.setValue(TenantTime.today().minusDays(364));
        to.setId("gaps-to");
        to.setLabel(getTranslation("survey.results.to"));
        to.setValue(TenantTime.today());
        from.addValueChangeListener(e -> load());
        to.addValueChangeListener(e -> load());
        Button answer = new Button(getTranslation("gaps.answerQuestionnaire"));
        answer.setId("gaps-answer");
        answer.setMinHeight("44px");
        answer.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(GapQuestionnaireView.class)));
        HorizontalLayout bar = new HorizontalLayout(from, to, answer);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        diagram.setId("gaps-diagram-box");
        diagram.setWidthFull();
        diagram.setMaxWidth("40em");
        counts.setId("gaps-counts");
        missing.setId("gaps-missing");
        missing.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Paragraph conventions = new Paragraph(getTranslation("gaps.conventions"));
        conventions.setId("gaps-conventions");
        conventions.getStyle().set("color", "var(--lumo-secondary-text-color)");

        dimensions.setId("gaps-dimensions");
        dimensions.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        dimensions.setAllRowsVisible(true);
        dimensions
                .addColumn(d -> getTranslation("servqual.dimension." + d.dimension()))
                .setHeader(getTranslation("gaps.column.dimension"))
                .setFlexGrow(2)
                .setKey("dimension");
        column("expected", FiveGaps.Dimension::expected);
        column("perceived", FiveGaps.Dimension::perceived);
        column("believed", FiveGaps.Dimension::believed);
        column("specified", FiveGaps.Dimension::specified);
        column("gap1", FiveGaps.Dimension::gap1);
        column("gap2", FiveGaps.Dimension::gap2);
        column("gap5", FiveGaps.Dimension::gap5);

        services.setId("gaps-services");
        services.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        services.setAllRowsVisible(true);
        services.addColumn(s -> s.nameTranslations().in(MessagesI18NProvider.languageTag(getLocale()), s.name()))
                .setHeader(getTranslation("gaps.column.service"))
                .setFlexGrow(2)
                .setKey("service");
        services.addColumn(s -> share(s.within()))
                .setHeader(getTranslation("gaps.column.withinStandard"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("within");

        tiers.setId("gaps-tiers");
        tiers.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        tiers.setAllRowsVisible(true);
        tiers.addColumn(this::tierName)
                .setHeader(getTranslation("gaps.column.tier"))
                .setFlexGrow(2)
                .setKey("tier");
        tiers.addColumn(t -> share(t.slaMet()))
                .setHeader(getTranslation("gaps.column.slaMet"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("sla");
        tiers.addColumn(t -> share(t.checkIns()))
                .setHeader(getTranslation("gaps.column.checkIns"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("checkIns");
        promises.setId("gaps-promises");

        add(
                new H2(getTranslation("gaps.title")),
                new Paragraph(getTranslation("gaps.help")),
                bar,
                counts,
                missing,
                diagram,
                conventions,
                new H3(getTranslation("gaps.scale.title")),
                dimensions,
                new H3(getTranslation("gaps.delivery.title")),
                services,
                new H3(getTranslation("gaps.promises.title")),
                promises,
                tiers);
        load();
    }

    private void column(String key, java.util.function.Function<FiveGaps.Dimension, Double> value) {
        boolean gap = key.startsWith("gap");
        dimensions
                .addColumn(d -> {
                    Double v = value.apply(d);
                    return gap && v != null ? signed(v) : number(v);
                })
                .setHeader(getTranslation("gaps.column." + key))
                .setTextAlign(ColumnTextAlign.END)
                .setKey(key);
    }

    void load() {
        from.setInvalid(false);
        to.setInvalid(false);
        try {
            shown = api.call(() -> gaps.fiveGaps(from.getValue(), to.getValue()));
        } catch (ApiProblem p) {
            FieldErrors.show(p, Map.of("from", from, "to", to));
            return;
        }
        FiveGaps g = shown;
        counts.setText(getTranslation(
                "gaps.counts",
                g.gap5().clients(),
                g.members().answered(),
                g.members().management(),
                g.members().frontLine()));
        StringBuilder lacking = new StringBuilder();
        if (g.members().answered() == 0) {
            lacking.append(getTranslation("gaps.missing.members"));
        }
        if (g.gap5().clients() == 0) {
            lacking.append(lacking.isEmpty() ? "" : " ").append(getTranslation("gaps.missing.clients"));
        }
        missing.setText(lacking.toString());
        missing.setVisible(!lacking.isEmpty());
        String none = getTranslation("gaps.noData");
        List<FiveGapsDiagram.Badge> badges = List.of(
                FiveGapsDiagram.badge(g.gap1(), true, this::signed, none),
                FiveGapsDiagram.badge(g.gap2(), false, this::signed, none),
                FiveGapsDiagram.badge(g.gap3(), this::percent, none),
                FiveGapsDiagram.badge(g.gap4(), this::percent, none),
                FiveGapsDiagram.badge(g.gap5(), false, this::signed, none));
        diagram.removeAll();
        diagram.add(FiveGapsDiagram.of(badges, this::getTranslation));
        dimensions.setItems(g.dimensions());
        services.setItems(g.services());
        tiers.setItems(g.tiers());
        promises.setText(
                getTranslation("gaps.promises.total", share(g.slaMet()), share(g.checkIns()), share(g.gap4())));
    }

    private String tierName(FiveGaps.TierPromises t) {
        if (t.tierId() == null) {
            return getTranslation("gaps.noTier");
        }
        TierDefinition d = tierDefinitions.get(t.tierId());
        return d == null ? getTranslation("gaps.formerTier") : TierNames.of(d, getLocale());
    }

    /** "75 % (3 of 4)"; "—" when none was due. */
    String share(FiveGaps.Share s) {
        if (s.share() == null) {
            return "—";
        }
        return getTranslation("gaps.share", percent(s.share()), s.kept(), s.n());
    }

    private String percent(Double v) {
        NumberFormat p = NumberFormat.getPercentInstance(getLocale());
        p.setMaximumFractionDigits(1);
        return p.format(v);
    }

    private String number(Double v) {
        if (v == null) {
            return "—";
        }
        NumberFormat n = NumberFormat.getNumberInstance(getLocale());
        n.setMinimumFractionDigits(2);
        n.setMaximumFractionDigits(2);
        return n.format(v);
    }

    /** A gap with its sign: "+0.50", "−1.70". */
    private String signed(Double v) {
        String n = number(Math.abs(v));
        return v > 0.0049 ? "+" + n : v < -0.0049 ? "−" + n : n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gaps.title");
    }
}
