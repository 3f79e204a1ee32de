package app.rapport.ui.lifecycle;

import app.rapport.api.care.CareApi;
import app.rapport.api.common.PageView;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.lifecycle.TimelineEntry;
import app.rapport.api.lifecycle.TimelineKind;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.Wording;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The client's history in one list, newest first: touchpoints, dialogue, care actions, stage and tier changes,
 * purchases and offers, filtered by kind and period and paged by the API, in a grid as tall as the page allows.
 */
public class TimelineTab extends VerticalLayout {
    final Select<TimelineKind> filter = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<TimelineEntry> entries = new Grid<>();

    public TimelineTab(String clientId, LifecycleApi lifecycle, TiersApi tiers, CareApi care, Api api) {
        setPadding(false);
        Map<String, TierDefinition> tierById =
                api.body(tiers::settings).tiers().stream().collect(Collectors.toMap(TierDefinition::id, t -> t));
        Map<String, String> names = MemberNames.of(api.call(care::members));
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        filter.setId("timeline-filter");
        filter.setLabel(getTranslation("timeline.kind"));
        filter.setItems(TimelineKind.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("filter.all"));
        filter.setItemLabelGenerator(k -> k == null ? getTranslation("filter.all") : getTranslation("timeline." + k));
        filter.addValueChangeListener(e -> entries.getDataProvider().refreshAll());
        from.setId("timeline-from");
        from.setLabel(getTranslation("timeline.from"));
        from.setClearButtonVisible(true);
        to.setId("timeline-to");
        to.setLabel(getTranslation("timeline.to"));
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            entries.getDataProvider().refreshAll();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            entries.getDataProvider().refreshAll();
        });
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
        entries.addColumn(this::detail)
                .setHeader(getTranslation("timeline.detail"))
                .setKey("detail")
                .setFlexGrow(3);
        entries.addColumn(e -> e.actor() == null ? "" : names.getOrDefault(e.actor(), e.actor()))
                .setHeader(getTranslation("stage.actor"))
                .setKey("actor");
        entries.setHeight("max(24em, calc(100vh - 24em))");
        entries.setPageSize(50);
        entries.setItems(q -> page(clientId, lifecycle, api, q.getPage(), q.getPageSize()).items().stream(), q ->
                (int) page(clientId, lifecycle, api, 0, 1).total());
        HorizontalLayout bar = new HorizontalLayout(filter, from, to);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(bar, entries);
    }

    private PageView<TimelineEntry> page(String clientId, LifecycleApi lifecycle, Api api, int page, int size) {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            return new PageView<>(List.of(), page, size, 0);
        }
        return api.call(() -> lifecycle.timeline(clientId, filter.getValue(), start, end, page, Math.min(size, 200)));
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
            case OFFER -> getTranslation("timeline.OFFER") + " · " + getTranslation("offer.status." + e.code());
            case SURVEY -> surveyHeadline(e);
            case COMPLAINT -> {
                String args = Wording.fillArgs("complaint.eventArgs." + e.code(), e.args());
                yield getTranslation("complaint.reference", e.fromCode()) + " · "
                        + getTranslation("complaint.event." + e.code()) + (args.isEmpty() ? "" : " · " + args);
            }
        };
    }

    private String tierName(String id, Map<String, TierDefinition> tiers) {
        TierDefinition t = id == null ? null : tiers.get(id);
        return t == null ? getTranslation("tiers.unclassified") : TierNames.of(t, getLocale());
    }

    /** A survey: its status and, once answered, the headline figures ("Answered · Satisfaction 2/5"). */
    private String surveyHeadline(TimelineEntry e) {
        StringBuilder b = new StringBuilder(getTranslation("survey.status." + e.code()));
        if (e.args().get("csat") instanceof Number n) {
            b.append(" · ").append(getTranslation("survey.figure.csat", n.intValue()));
        }
        if (e.args().get("nps") instanceof Number n) {
            b.append(" · ").append(getTranslation("survey.figure.nps.short", n.intValue()));
        }
        if (e.args().get("effort") instanceof Number n) {
            b.append(" · ").append(getTranslation("survey.figure.effort", n.intValue()));
        }
        return b.toString();
    }

    /**
     * The entry's detail: a reason worded from its code, else what people wrote — a survey's care action with its
     * title (a code) worded first.
     */
    private String detail(TimelineEntry e) {
        if (e.kind() == TimelineKind.CARE_ACTION
                && e.args().get("surveyTitle") instanceof String title
                && e.text() != null
                && e.text().startsWith(title)) {
            return app.rapport.ui.care.CareTitles.survey(title) + e.text().substring(title.length());
        }
        return Wording.reason(e.reasonCode(), e.args(), e.text());
    }
}
