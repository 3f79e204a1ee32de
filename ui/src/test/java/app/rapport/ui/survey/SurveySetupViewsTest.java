package app.rapport.ui.survey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ServqualStatement;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The admin's survey pages: how clients are asked (saved over the version read), the forms listed and archived, a form
 * made from a template or from nothing — questions added, moved and removed, the 22 SERVQUAL statements adapted —
 * and the API's refusals shown on the field they name; a stale save offered a reload. Managers are not let in.
 */
class SurveySetupViewsTest extends ViewTest {
    private static final SignedInUser ADMIN = user("ada", "harbour-hotel", SignedInUser.TENANT_ADMIN);
    private static final SignedInUser MANAGER = user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);

    private static Question csat(String key) {
        return new Question(key, QuestionType.CSAT, "How satisfied?", null, true, 2, null, null, false);
    }

    @Test
    void an_admin_changes_how_clients_are_asked_and_a_refused_value_is_marked_on_its_field() {
        signIn(ADMIN);
        navigate("settings/surveys");
        IntegerField suppression = _get(IntegerField.class, s -> s.withId("survey-suppression"));
        IntegerField expiry = _get(IntegerField.class, s -> s.withId("survey-expiry"));
        assertEquals(7, suppression.getValue());
        suppression.setValue(30);
        expiry.setValue(0);
        _click(_get(Button.class, s -> s.withId("survey-settings-save")));
        assertTrue(expiry.isInvalid(), "the field the API named is marked");
        assertEquals(7, surveys.surveySettings().body().suppressionDays(), "nothing saved");
        expiry.setValue(21);
        _click(_get(Button.class, s -> s.withId("survey-settings-save")));
        assertEquals(30, surveys.surveySettings().body().suppressionDays());
        assertEquals(21, surveys.surveySettings().body().expiryDays());
        _click(_get(Button.class, s -> s.withId("survey-settings-save")));
        assertEquals(3, surveys.surveySettings().body().version(), "saved again over the version it had read");
    }

    @Test
    void the_forms_are_listed_in_chinese_and_an_archived_one_leaves_the_list() {
        InstrumentView kept = surveys.put("After a stay", List.of(csat("csat")));
        InstrumentView old = surveys.put("Old form", List.of(csat("csat")));
        signIn(ADMIN, Locale.SIMPLIFIED_CHINESE);
        navigate("settings/surveys");
        @SuppressWarnings("unchecked")
        Grid<InstrumentView> grid = _get(Grid.class, s -> s.withId("survey-instruments"));
        assertEquals(2, GridKt._size(grid));
        assertEquals("满意度（CSAT）", GridKt._getFormatted(grid, 0, "questions"));
        assertEquals("0/0", GridKt._getFormatted(grid, 0, "answered"));
        _click(_get(
                GridKt._getCellComponent(grid, 1, "actions"),
                Button.class,
                s -> s.withId("survey-instrument-archive-" + old.id())));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertEquals(1, GridKt._size(grid));
        assertEquals(kept.id(), GridKt._get(grid, 0).id());
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("survey-show-archived"))
                .setValue(true);
        assertEquals(old.id(), GridKt._get(grid, 0).id());
    }

    @Test
    void a_servqual_form_from_the_template_keeps_an_adapted_statement_and_saves_as_a_new_form() {
        signIn(ADMIN);
        navigate("settings/surveys");
        ContextMenuKt._clickItemWithID(
                _get(MenuBar.class, s -> s.withId("survey-instrument-add")), "survey-template-SERVQUAL");
        assertEquals("settings/surveys/new", path());
        InstrumentEditorView editor = _get(InstrumentEditorView.class);
        assertEquals("Service quality (SERVQUAL)", editor.name.getValue());
        assertEquals(1, editor.cards.size());
        assertFalse(editor.positiveFrom.isVisible(), "no CSAT question, no CSAT band");
        _click(_get(Button.class, s -> s.withId("question-0-statements")));
        StatementsDialog dialog = _get(StatementsDialog.class);
        dialog.item.setValue(3);
        assertEquals("They should 3", dialog.expectation.getValue());
        assertEquals("Tangibles (statements 1–4)", dialog.dimension.getText());
        dialog.perception.setValue("Harbour's rooms look spotless");
        _click(dialog.next);
        assertEquals(4, dialog.item.getValue());
        assertEquals("They should 4", dialog.expectation.getValue());
        dialog.expectation.setValue(" ");
        _click(dialog.done);
        assertTrue(dialog.isOpened(), "a blank statement keeps the dialog open");
        assertEquals(4, dialog.item.getValue());
        assertTrue(dialog.expectation.isInvalid());
        dialog.expectation.setValue("They should 4");
        _click(dialog.done);
        assertFalse(dialog.isOpened());
        assertEquals(
                "Adapted by your company.",
                editor.cards.getFirst().statementsSummary.getText());

        _click(_get(Button.class, s -> s.withId("instrument-save")));
        InstrumentWrite saved = surveys.saved.getLast();
        List<ServqualStatement> statements = saved.questions().getFirst().statements();
        assertEquals(22, statements.size());
        assertEquals("Harbour's rooms look spotless", statements.get(2).perception());
        assertEquals("港湾做到 3", statements.get(2).perceptionTranslations().zhCn(), "translations kept");
        assertTrue(path().startsWith("settings/surveys/") && !path().endsWith("/new"), path());
        assertEquals(
                "Service quality (SERVQUAL)",
                _get(H2.class, s -> s.withText("Service quality (SERVQUAL)")).getText());
    }

    @Test
    void a_form_from_nothing_gets_questions_added_moved_and_removed_and_a_repeated_key_is_marked() {
        signIn(ADMIN);
        navigate("settings/surveys/new");
        InstrumentEditorView editor = _get(InstrumentEditorView.class);
        assertEquals(1, editor.cards.size());
        assertEquals(
                "Overall, how satisfied are you with our service?",
                editor.cards.getFirst().text.getValue());
        MenuBar add = _get(MenuBar.class, s -> s.withId("instrument-add-question"));
        ContextMenuKt._clickItemWithID(add, "instrument-add-NPS");
        ContextMenuKt._clickItemWithID(add, "instrument-add-TEXT");
        ContextMenuKt._clickItemWithID(add, "instrument-add-TEXT");
        assertEquals("text_2", editor.cards.get(3).key.getValue(), "a key not taken");
        _click(_get(Button.class, s -> s.withId("question-1-up")));
        assertEquals(QuestionType.NPS, editor.cards.getFirst().type());
        assertEquals(
                "Question 1 · Recommendation (NPS)",
                editor.cards.getFirst().heading.getText());
        assertFalse(_get(Button.class, s -> s.withId("question-0-up")).isEnabled());
        _click(_get(Button.class, s -> s.withId("question-3-remove")));
        assertEquals(3, editor.cards.size());
        @SuppressWarnings("unchecked")
        Select<Integer> askWhy = _get(Select.class, s -> s.withId("question-0-ask-why"));
        askWhy.setValue(6);

        _click(_get(Button.class, s -> s.withId("instrument-save")));
        assertTrue(editor.name.isInvalid(), "a form needs a name");
        assertTrue(surveys.saved.isEmpty());
        editor.name.setValue("After a stay");
        _get(TextField.class, s -> s.withId("question-2-key")).setValue("csat");
        _click(_get(Button.class, s -> s.withId("instrument-save")));
        TextField repeated = _get(TextField.class, s -> s.withId("question-2-key"));
        assertTrue(repeated.isInvalid());
        assertEquals("Appears twice.", repeated.getErrorMessage());
        assertTrue(surveys.saved.isEmpty());
        repeated.setValue("comment");
        _click(_get(Button.class, s -> s.withId("instrument-save")));
        InstrumentWrite saved = surveys.saved.getLast();
        assertEquals(
                List.of(QuestionType.NPS, QuestionType.CSAT, QuestionType.TEXT),
                saved.questions().stream().map(Question::type).toList());
        assertEquals(6, saved.questions().getFirst().askWhyAtMost());
        assertNull(saved.questions().get(2).askWhyAtMost());
        assertFalse(saved.questions().get(2).required(), "free text is optional unless asked");
        assertEquals(4, saved.positiveFrom());
    }

    @Test
    void a_save_over_a_version_another_admin_replaced_is_offered_a_reload() {
        InstrumentView form = surveys.put("After a stay", List.of(csat("csat")));
        signIn(ADMIN);
        navigate("settings/surveys/" + form.id());
        InstrumentEditorView editor = _get(InstrumentEditorView.class);
        assertTrue(editor.meta.getText().startsWith("Version 1 · 0 invited"), editor.meta.getText());
        surveys.changedElsewhere(form.id());
        _get(TextArea.class, s -> s.withId("question-0-text")).setValue("Were you happy?");
        _click(_get(Button.class, s -> s.withId("instrument-save")));
        _click(_get(Button.class, s -> s.withId("conflict-reload")));
        assertEquals("After a stay (B)", editor.name.getValue());
        _click(_get(Button.class, s -> s.withId("instrument-save")));
        assertEquals(3, surveys.instrument(form.id()).body().version());
    }

    @Test
    void an_admin_adds_a_rule_after_a_care_action_and_turns_it_off_in_chinese() {
        InstrumentView form = surveys.put("After a call", List.of(csat("csat")));
        signIn(ADMIN, Locale.SIMPLIFIED_CHINESE);
        navigate("settings/surveys");
        _click(_get(Button.class, s -> s.withId("survey-rule-add")));
        RuleDialog dialog = _get(RuleDialog.class);
        assertEquals(form.id(), dialog.instrument.getValue().id(), "the only form is picked");
        assertFalse(dialog.careKind.isVisible(), "a closed complaint needs no care kind");
        dialog.trigger.setValue(app.rapport.api.survey.SurveyTrigger.CARE_DONE);
        assertTrue(dialog.careKind.isVisible());
        assertFalse(dialog.tier.isVisible());
        _click(dialog.save);
        assertTrue(dialog.careKind.isInvalid(), "a care action of which kind");
        assertTrue(surveys.surveyRules().isEmpty());
        dialog.careKind.setValue(app.rapport.api.care.CareKind.CALL);
        dialog.delayHours.setValue(2);
        _click(dialog.save);
        @SuppressWarnings("unchecked")
        Grid<app.rapport.api.survey.RuleView> rules = _get(Grid.class, s -> s.withId("survey-rules"));
        assertEquals(1, GridKt._size(rules));
        assertEquals("关怀行动完成：电话", GridKt._getFormatted(rules, 0, "event"));
        assertEquals("2 小时后", GridKt._getFormatted(rules, 0, "delay"));
        app.rapport.api.survey.RuleView saved = GridKt._get(rules, 0);

        _click(_get(
                GridKt._getCellComponent(rules, 0, "actions"),
                Button.class,
                s -> s.withId("survey-rule-edit-" + saved.id())));
        RuleDialog edit = _get(RuleDialog.class);
        assertEquals(app.rapport.api.care.CareKind.CALL, edit.careKind.getValue());
        edit.active.setValue(false);
        _click(edit.save);
        assertFalse(surveys.surveyRule(saved.id()).body().active());
        assertEquals(2, surveys.surveyRule(saved.id()).body().version());

        // another admin saves in between: the stale save is offered a reload
        _click(_get(
                GridKt._getCellComponent(rules, 0, "actions"),
                Button.class,
                s -> s.withId("survey-rule-edit-" + saved.id())));
        RuleDialog stale = _get(RuleDialog.class);
        surveys.changeSurveyRule(
                saved.id(),
                "\"2\"",
                new app.rapport.api.survey.RuleWrite(
                        app.rapport.api.survey.SurveyTrigger.CARE_DONE,
                        form.id(),
                        app.rapport.api.care.CareKind.VISIT,
                        null,
                        null,
                        null,
                        0,
                        true));
        _click(stale.save);
        _click(_get(Button.class, s -> s.withId("conflict-reload")));
        assertEquals("关怀行动完成：拜访", GridKt._getFormatted(rules, 0, "event"));

        _click(_get(
                GridKt._getCellComponent(rules, 0, "actions"),
                Button.class,
                s -> s.withId("survey-rule-remove-" + saved.id())));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertEquals(0, GridKt._size(rules));
    }

    @Test
    void an_account_manager_is_not_let_into_the_survey_settings() {
        signIn(MANAGER);
        navigate("settings/surveys");
        _assertNone(IntegerField.class, s -> s.withId("survey-suppression"));
        navigate("settings/surveys/new");
        assertTrue(_find(InstrumentEditorView.class).isEmpty());
    }
}
