package app.rapport.ui.blueprint;

import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.Performance;
import app.rapport.api.blueprint.StepPerformance;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.Verdict;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.blueprint.VersionView;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.Badge;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A version's diagram with its downloads (SVG, PNG) and — for a published or retired version — each step's
 * performance over a period, overlaid on the diagram and listed step by step.
 */
class DiagramPanel extends VerticalLayout {
    final Div diagram = new Div();
    final DatePicker from = VaadinTexts.datePicker();
    final DatePicker to = VaadinTexts.datePicker();
    final Button showPerformance = new Button();
    final Grid<StepPerformance> performance = new Grid<>();
    private final HorizontalLayout overlayBar = new HorizontalLayout();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final BlueprintApi blueprints;
    private final Api api;
    private BlueprintSummary blueprint;
    private VersionView current;
    private Performance shown;

    DiagramPanel(BlueprintApi blueprints, Api api) {
        this.blueprints = blueprints;
        this.api = api;
        setPadding(false);
        diagram.setId("blueprint-diagram");
        diagram.getStyle()
                .set("overflow", "auto")
                .set("max-width", "100%")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        from.setId("overlay-from");
        from.setLabel(getTranslation("blueprint.overlay.from"));
        to.setId("overlay-to");
        to.setLabel(getTranslation("blueprint.overlay.to"));
        from.setValue(TenantTime.today().minusDays(29));
        to.setValue(TenantTime.today());
        showPerformance.setId("overlay-show");
        showPerformance.setText(getTranslation("blueprint.overlay.show"));
        showPerformance.addClickListener(e -> overlay());
        overlayBar.add(from, to, showPerformance);
        overlayBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        overlayBar.getStyle().set("flex-wrap", "wrap");

        performance.setId("blueprint-performance");
        performance.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        performance.setAllRowsVisible(true);
        performance
                .addColumn(this::stepName)
                .setHeader(getTranslation("blueprint.step.name"))
                .setKey("step")
                .setFlexGrow(2);
        performance
                .addColumn(StepPerformance::touchpoints)
                .setHeader(getTranslation("blueprint.perf.touchpoints"))
                .setKey("touchpoints");
        performance
                .addColumn(p -> minutes(p.medianMinutes()))
                .setHeader(getTranslation("blueprint.perf.median"))
                .setKey("median");
        performance
                .addColumn(p -> minutes(p.p90Minutes()))
                .setHeader(getTranslation("blueprint.perf.p90"))
                .setKey("p90");
        performance
                .addColumn(
                        p -> p.targetMinutes() == null ? "—" : getTranslation("blueprint.minutes", p.targetMinutes()))
                .setHeader(getTranslation("blueprint.step.target"))
                .setKey("target");
        performance
                .addColumn(p -> p.withinStandard() == null ? "—" : Math.round(p.withinStandard() * 100) + " %")
                .setHeader(getTranslation("blueprint.perf.within"))
                .setKey("within");
        performance
                .addColumn(p -> p.averageRating() == null ? "—" : String.format(getLocale(), "%.1f", p.averageRating()))
                .setHeader(getTranslation("blueprint.perf.reaction"))
                .setKey("reaction");
        performance
                .addComponentColumn(
                        p -> Badge.of(getTranslation("blueprint.verdict." + p.verdict()), colour(p.verdict())))
                .setHeader(getTranslation("blueprint.perf.verdict"))
                .setKey("verdict")
                .setAutoWidth(true);
        performance.setVisible(false);
        add(new H3(getTranslation("blueprint.diagram")), overlayBar, downloads, diagram, performance);
    }

    void show(BlueprintSummary of, VersionView v) {
        blueprint = of;
        current = v;
        shown = null;
        overlayBar.setVisible(v.status() != VersionStatus.DRAFT);
        performance.setVisible(false);
        drawDiagram();
    }

    /** The step's name in the reader's language, from the version shown (the figures carry the name as written). */
    private String stepName(StepPerformance p) {
        String language = MessagesI18NProvider.languageTag(getLocale());
        return current.steps().stream()
                .filter(s -> s.id().equals(p.stepId()))
                .findFirst()
                .map(s -> s.nameTranslations().in(language, s.name()))
                .orElse(p.stepName());
    }

    private void overlay() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("blueprint.overlay.invalid"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        try {
            shown = api.call(() -> blueprints.performance(current.id(), from.getValue(), to.getValue()));
            // steps that take no touchpoints and had none have nothing to show
            Set<String> touchpoints = current.steps().stream()
                    .filter(StepView::touchpoint)
                    .map(StepView::id)
                    .collect(Collectors.toSet());
            performance.setItems(shown.steps().stream()
                    .filter(p -> touchpoints.contains(p.stepId()) || p.touchpoints() > 0)
                    .toList());
            performance.setVisible(true);
            drawDiagram();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    private void drawDiagram() {
        LocalDate f = shown == null ? null : shown.from();
        LocalDate t = shown == null ? null : shown.to();
        String lang = getLocale().toLanguageTag();
        String svg = api.body(() -> blueprints.diagramSvg(current.id(), f, t, lang, null));
        int start = svg.indexOf("<svg");
        diagram.removeAll();
        // the drawing fills the width it is given; on a narrow screen it keeps a readable size and scrolls in its box
        String drawing = start < 0
                ? ""
                : svg.substring(start).replaceFirst("<svg ", "<svg style=\"width:100%;height:auto;min-width:640px\" ");
        diagram.add(new Html("<div>" + drawing + "</div>"));
        downloads.removeAll();
        String base = blueprint.name().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-v" + current.number();
        String versionId = current.id();
        byte[] svgBytes = svg.getBytes(StandardCharsets.UTF_8);
        Anchor svgLink = new Anchor(
                DownloadHandler.fromInputStream(ev -> new DownloadResponse(
                        new ByteArrayInputStream(svgBytes), base + ".svg", "image/svg+xml", svgBytes.length)),
                getTranslation("blueprint.download.svg"));
        svgLink.setId("diagram-svg");
        svgLink.getElement().setAttribute("download", base + ".svg");
        Supplier<byte[]> png = () -> api.body(() -> blueprints.diagramPng(versionId, f, t, lang, null));
        Anchor pngLink = new Anchor(
                DownloadHandler.fromInputStream(ev -> {
                    byte[] bytes = png.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), base + ".png", "image/png", bytes.length);
                }),
                getTranslation("blueprint.download.png"));
        pngLink.setId("diagram-png");
        pngLink.getElement().setAttribute("download", base + ".png");
        downloads.add(svgLink, pngLink);
    }

    private String minutes(Double m) {
        if (m == null) {
            return "—";
        }
        return m == Math.rint(m)
                ? getTranslation("blueprint.minutes", m.longValue())
                : getTranslation("blueprint.minutes", String.format(getLocale(), "%.1f", m));
    }

    static String colour(Verdict v) {
        return switch (v) {
            case MEETS -> Badge.GREEN;
            case MISSES -> Badge.RED;
            case NO_DATA, NO_STANDARD -> Badge.GREY;
        };
    }
}
