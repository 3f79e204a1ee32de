package app.rapport.ui.lifecycle;

import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.lifecycle.TimelineEntry;
import app.rapport.api.lifecycle.TimelineKind;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.Wording;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The client's history in one list, newest first, filterable by kind of event. */
public class TimelineTab extends VerticalLayout {
    final Select<TimelineKind> filter = new Select<>();
    final Grid<TimelineEntry> entries = new Grid<>();

    public TimelineTab(String clientId, LifecycleApi lifecycle, TiersApi tiers, Api api) {
        setPadding(false);
        Map<String, TierDefinition> tierById =
                api.body(tiers::settings).tiers().stream().collect(Collectors.toMap(TierDefinition::id, t -> t));
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        List<TimelineEntry> all = api.call(() -> lifecycle.timeline(clientId));
        filter.setId("timeline-filter");
        filter.setLabel(getTranslation("timeline.kind"));
        filter.setItems(TimelineKind.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("filter.all"));
        filter.setItemLabelGenerator(k -> k == null ? getTranslation("filter.all") : getTranslation("timeline." + k));
        filter.addValueChangeListener(e -> entries.setItems(
                e.getValue() == null
                        ? all
                        : all.stream().filter(x -> x.kind() == e.getValue()).toList()));
        entries.setId("timeline-grid");
        entries.setEmptyStateText(getTranslation("empty.timeline"));
        entries.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        entries.addColumn(e -> when.format(e.at()))
                .setHeader(getTranslation("stage.at"))
                .setAutoWidth(true);
        entries.addColumn(e -> getTranslation("timeline." + e.kind()))
                .setHeader(getTranslation("timeline.kind"))
                .setAutoWidth(true);
        entries.addColumn(e -> headline(e, tierById))
                .setHeader(getTranslation("timeline.what"))
                .setAutoWidth(true)
                .setKey("headline");
        entries.addColumn(e -> Wording.reason(e.reasonCode(), e.args(), e.text()))
                .setHeader(getTranslation("timeline.detail"))
                .setFlexGrow(3);
        entries.addColumn(e -> e.actor() == null ? "" : e.actor()).setHeader(getTranslation("stage.actor"));
        entries.setHeight("28em");
        entries.setItems(all);
        add(filter, entries);
    }

    private String headline(TimelineEntry e, Map<String, TierDefinition> tiers) {
        return switch (e.kind()) {
            case TOUCHPOINT ->
                getTranslation("channel." + e.code()) + (e.fromCode() == null ? "" : " · " + e.fromCode() + "/5");
            case CARE_ACTION ->
                getTranslation("care.kind." + e.code()) + " · " + getTranslation("care.status." + e.fromCode());
            case STAGE_CHANGE ->
                (e.fromCode() == null ? "" : getTranslation("stage." + e.fromCode()) + " → ")
                        + getTranslation("stage." + e.code());
            case TIER_CHANGE -> tierName(e.fromCode(), tiers) + " → " + tierName(e.code(), tiers);
            case PURCHASE -> getTranslation("timeline.PURCHASE");
            case INTERACTION ->
                getTranslation("channel." + e.code()) + " · " + getTranslation("direction." + e.fromCode());
        };
    }

    private String tierName(String id, Map<String, TierDefinition> tiers) {
        TierDefinition t = id == null ? null : tiers.get(id);
        return t == null ? getTranslation("tiers.unclassified") : TierNames.of(t, getLocale());
    }
}
