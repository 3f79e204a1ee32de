package app.rapport.ui.onetoone;

import app.rapport.api.common.Channel;
import app.rapport.api.onetoone.Direction;
import app.rapport.api.onetoone.InteractionView;
import app.rapport.api.onetoone.InteractionWrite;
import app.rapport.api.onetoone.OneToOneApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Interact: the dialogue with the client in both directions, newest first; everyone may add to it. */
public class InteractTab extends VerticalLayout {
    final Grid<InteractionView> dialogue = new Grid<>();
    final Select<Channel> channelFilter = new Select<>();
    final Select<Direction> directionFilter = new Select<>();
    final TextField textFilter = new TextField();
    final Select<Direction> direction = new Select<>();
    final Select<Channel> channel = new Select<>();
    final TextField summary = new TextField();
    final TextField response = new TextField();
    final Button add = new Button();

    public InteractTab(String clientId, OneToOneApi records, Api api) {
        setPadding(false);
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        Runnable reload = () -> dialogue.setItems(api.call(() -> records.interactions(
                clientId,
                channelFilter.getValue() == null
                        ? null
                        : channelFilter.getValue().name(),
                directionFilter.getValue() == null
                        ? null
                        : directionFilter.getValue().name(),
                textFilter.getValue().isBlank() ? null : textFilter.getValue())));
        channelFilter.setLabel(getTranslation("interaction.channel"));
        channelFilter.setItems(Channel.values());
        channelFilter.setEmptySelectionAllowed(true);
        channelFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        channelFilter.setItemLabelGenerator(
                c -> c == null ? getTranslation("filter.all") : getTranslation("channel." + c));
        channelFilter.addValueChangeListener(e -> reload.run());
        directionFilter.setLabel(getTranslation("interaction.direction"));
        directionFilter.setItems(Direction.values());
        directionFilter.setEmptySelectionAllowed(true);
        directionFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        directionFilter.setItemLabelGenerator(
                d -> d == null ? getTranslation("filter.all") : getTranslation("direction." + d));
        directionFilter.addValueChangeListener(e -> reload.run());
        textFilter.setLabel(getTranslation("filter.text"));
        textFilter.setValueChangeMode(ValueChangeMode.LAZY);
        textFilter.addValueChangeListener(e -> reload.run());
        dialogue.setId("dialogue-grid");
        dialogue.setEmptyStateText(getTranslation("empty.dialogue"));
        dialogue.addColumn(i -> when.format(i.at())).setHeader(getTranslation("interaction.at"));
        dialogue.addColumn(i -> getTranslation("direction." + i.direction()))
                .setHeader(getTranslation("interaction.direction"));
        dialogue.addColumn(i -> getTranslation("channel." + i.channel()))
                .setHeader(getTranslation("interaction.channel"));
        dialogue.addColumn(InteractionView::who).setHeader(getTranslation("interaction.who"));
        dialogue.addColumn(InteractionView::summary)
                .setHeader(getTranslation("interaction.summary"))
                .setFlexGrow(3);
        dialogue.addColumn(InteractionView::response)
                .setHeader(getTranslation("interaction.response"))
                .setFlexGrow(2);
        dialogue.setHeight("20em");
        direction.setLabel(getTranslation("interaction.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("direction." + d));
        direction.setValue(Direction.OUTBOUND);
        channel.setLabel(getTranslation("interaction.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c));
        channel.setValue(Channel.PHONE);
        summary.setId("interaction-summary");
        summary.setLabel(getTranslation("interaction.summary"));
        summary.setWidth("20em");
        response.setLabel(getTranslation("interaction.response"));
        add.setText(getTranslation("interaction.add"));
        add.setId("interaction-add");
        add.addClickListener(e -> {
            try {
                api.body(() -> records.addInteraction(
                        clientId,
                        new InteractionWrite(
                                direction.getValue(),
                                channel.getValue(),
                                null,
                                null,
                                summary.getValue(),
                                response.getValue())));
                summary.clear();
                response.clear();
                reload.run();
            } catch (ApiProblem p) {
                FieldErrors.show(p, Map.of("summary", summary, "response", response));
            }
        });
        HorizontalLayout form = new HorizontalLayout(direction, channel, summary, response, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        HorizontalLayout filters = new HorizontalLayout(channelFilter, directionFilter, textFilter);
        add(form, filters, dialogue);
        reload.run();
    }
}
