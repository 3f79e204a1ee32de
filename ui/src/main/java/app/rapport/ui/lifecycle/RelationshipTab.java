package app.rapport.ui.lifecycle;

import app.rapport.api.care.Assignment;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.Member;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageChangeView;
import app.rapport.api.lifecycle.StageChangeWrite;
import app.rapport.api.lifecycle.StageTime;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.Wording;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The relationship: the client's stage and since when, who owns it, the open suggestion with the signals behind it
 * (accept or dismiss), time spent in each stage and the stage history. Account managers and admins move the client
 * by hand (with a reason), check the signals now and hand the client to another member.
 */
public class RelationshipTab extends VerticalLayout {
    final Span stage = new Span();
    final Paragraph since = new Paragraph();
    final Paragraph owner = new Paragraph();
    final Div suggestion = new Div();
    final Paragraph timeInStages = new Paragraph();
    final Grid<StageChangeView> history = new Grid<>();
    final Select<Stage> to = new Select<>();
    final TextField reason = new TextField();
    final Button move = new Button();
    final Button signals = new Button();
    final Select<String> newOwner = new Select<>();
    final Button assign = new Button();
    private final String clientId;
    private final LifecycleApi lifecycle;
    private final Api api;
    private final boolean manages;
    private final DateTimeFormatter when;
    private Map<String, String> names = Map.of();

    public RelationshipTab(String clientId, LifecycleApi lifecycle, CareApi care, Api api, SignedInUser user) {
        this.clientId = clientId;
        this.lifecycle = lifecycle;
        this.api = api;
        this.manages = user.canEditClients();
        setPadding(false);
        when = Formats.shortDateTime(getLocale());
        stage.setId("stage-badge");
        stage.getStyle()
                .set("font-size", "var(--lumo-font-size-l)")
                .set("font-weight", "600")
                .set("padding", "0.2em 0.8em")
                .set("border-radius", "1em")
                .set("align-self", "flex-start");
        suggestion.setId("stage-suggestion");
        history.setId("stage-history");
        history.setEmptyStateText(getTranslation("empty.stageHistory"));
        history.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        history.setAllRowsVisible(true);
        history.addColumn(c -> when.format(c.at()))
                .setHeader(getTranslation("stage.at"))
                .setAutoWidth(true);
        history.addColumn(c -> (c.from() == null ? "" : getTranslation("stage." + c.from()) + " → ")
                        + getTranslation("stage." + c.to()))
                .setHeader(getTranslation("stage.change"))
                .setAutoWidth(true);
        history.addColumn(c -> Wording.reason(c.reasonCode(), Map.of(), c.reason()))
                .setHeader(getTranslation("stage.reason"))
                .setFlexGrow(3);
        history.addColumn(c -> getTranslation("stage.actions", c.scheduled(), c.cancelled()))
                .setHeader(getTranslation("stage.careActions"))
                .setAutoWidth(true);
        history.addColumn(c -> names.getOrDefault(c.actor(), c.actor()))
                .setHeader(getTranslation("stage.actor"))
                .setAutoWidth(true);
        add(new H3(getTranslation("stage.title")), stage, since, owner, suggestion);
        List<Member> members = api.call(care::members);
        names = MemberNames.of(members);
        if (manages) {
            newOwner.setId("owner-select");
            newOwner.setLabel(getTranslation("stage.owner.assign"));
            newOwner.setItems(MemberNames.sorted(members, getLocale()));
            newOwner.setItemLabelGenerator(u -> names.getOrDefault(u, u) + " · "
                    + getTranslation("role."
                            + members.stream()
                                    .filter(m -> m.username().equals(u))
                                    .findFirst()
                                    .map(m -> m.role().name())
                                    .orElse("")));
            assign.setId("owner-assign");
            assign.setText(getTranslation("stage.owner.save"));
            assign.addClickListener(e -> assign());
            to.setId("stage-to");
            to.setLabel(getTranslation("stage.moveTo"));
            to.setItems(Stage.values());
            to.setItemLabelGenerator(s -> getTranslation("stage." + s));
            reason.setId("stage-reason");
            reason.setLabel(getTranslation("stage.reason"));
            reason.setWidth("24em");
            move.setId("stage-move");
            move.setText(getTranslation("stage.move"));
            move.addClickListener(e -> move());
            signals.setId("stage-signals");
            signals.setText(getTranslation("stage.signals"));
            signals.addClickListener(e -> show(api.body(() -> lifecycle.computeSignals(clientId)), true));
            HorizontalLayout ownerForm = new HorizontalLayout(newOwner, assign);
            ownerForm.setAlignItems(FlexComponent.Alignment.BASELINE);
            HorizontalLayout moveForm = new HorizontalLayout(to, reason, move, signals);
            moveForm.setAlignItems(FlexComponent.Alignment.BASELINE);
            moveForm.setWrap(true);
            add(ownerForm, moveForm);
        }
        add(timeInStages, new H3(getTranslation("stage.history")), history);
        show(api.call(() -> lifecycle.stage(clientId)), false);
    }

    void show(StageView v, boolean afterCheck) {
        stage.setText(getTranslation("stage." + v.stage()));
        stage.getStyle()
                .set("color", "white")
                .set(
                        "background",
                        switch (v.stage()) {
                            case EXPLORATION -> "#5b7db1";
                            case FORMATION -> "#2f8f9d";
                            case STABILITY -> "#1a7f5a";
                            case DECLINE -> "#c0392b";
                        });
        since.setText(getTranslation("stage.since", when.format(v.since())));
        owner.setText(
                v.owner() == null
                        ? getTranslation("stage.owner.none")
                        : getTranslation("stage.owner", names.getOrDefault(v.owner(), v.owner())));
        timeInStages.setText(getTranslation("stage.timeIn") + " "
                + v.timeInStages().stream()
                        .map((StageTime t) ->
                                getTranslation("stage.days", getTranslation("stage." + t.stage()), t.days()))
                        .collect(Collectors.joining(" · ")));
        history.setItems(v.history());
        suggestion.removeAll();
        SuggestionView s = v.suggestion();
        if (s != null) {
            Paragraph text = new Paragraph(SignalTexts.explain(s, this));
            text.setId("suggestion-text");
            suggestion.add(new H3(getTranslation("suggestion.title")), text);
            if (manages) {
                suggestion.add(new SuggestionActions(s, lifecycle, api, this::reload));
            }
            suggestion.getStyle().set("border-left", "4px solid var(--lumo-warning-color, #d9822b)");
            suggestion.getStyle().set("padding-left", "1em");
        } else if (afterCheck) {
            Notices.success(getTranslation("stage.signals.none"));
        }
    }

    void reload() {
        show(api.call(() -> lifecycle.stage(clientId)), false);
    }

    private void move() {
        if (to.getValue() == null) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        try {
            show(
                    api.body(() ->
                            lifecycle.changeStage(clientId, new StageChangeWrite(to.getValue(), reason.getValue()))),
                    false);
            reason.clear();
            reason.setInvalid(false);
            Notices.success(getTranslation("stage.moved", getTranslation("stage." + to.getValue())));
        } catch (ApiProblem p) {
            if (p.fields().stream().anyMatch(f -> f.field().equals("reason"))) {
                reason.setErrorMessage(getTranslation(
                        "stage-jump-needs-reason".equals(p.code()) ? "stage.reason.jump" : "validation.required"));
                reason.setInvalid(true);
            } else {
                Notices.problem(p);
            }
        }
    }

    private void assign() {
        if (newOwner.getValue() == null) {
            return;
        }
        try {
            show(api.body(() -> lifecycle.assignOwner(clientId, new Assignment(newOwner.getValue()))), false);
            Notices.success(getTranslation("stage.owner.saved"));
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }
}
