package app.rapport.ui.survey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.client.ContactWrite;
import app.rapport.api.common.Translated;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.InvitationView;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ResponseView;
import app.rapport.api.survey.SurveyTrigger;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemorySurveys;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A client's surveys tab: an invitation made for a contact and its link offered to copy, as a QR code and as a share
 * text in the form's language; a client asked recently needs the override; the answers read with their figures; an
 * open invitation withdrawn; the client's opt-out, after a confirmation. Service staff have no such tab.
 */
class ClientSurveysTabTest extends ViewTest {
    private static final SignedInUser MANAGER = user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);
    private static final SignedInUser STAFF = user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF);

    private InstrumentView form;

    private ClientView open(SignedInUser user, Locale locale) {
        form = surveys.put(
                "After a stay",
                List.of(
                        new Question("csat", QuestionType.CSAT, "How satisfied?", null, true, 2, null, null, false),
                        new Question("nps", QuestionType.NPS, "Recommend?", null, true, 6, null, null, false)));
        ClientView c = clients.add("Lin Household", "Hangzhou");
        clients.addContact(c.id(), new ContactWrite("Lin Mei", null, "mei@example.com", null, true));
        signIn(user, locale);
        navigate("clients/" + c.id());
        return c;
    }

    private static void tab() {
        _get(TabSheet.class, s -> s.withId("client-tabs"))
                .setSelectedTab(_get(Tab.class, s -> s.withId("tab-surveys")));
    }

    @SuppressWarnings("unchecked")
    private static Grid<InvitationView> grid() {
        return _get(Grid.class, s -> s.withId("client-surveys"));
    }

    @Test
    void a_manager_invites_a_contact_and_is_offered_the_link_with_a_chinese_share_text() {
        ClientView c = open(MANAGER, Locale.SIMPLIFIED_CHINESE);
        tab();
        assertEquals(
                "可以邀请该客户参加调查。",
                _get(Paragraph.class, s -> s.withId("client-survey-status")).getText());
        products.create(new app.rapport.api.purchase.ProductWrite("Rice", "kg", null));
        _click(_get(Button.class, s -> s.withId("client-survey-invite")));
        @SuppressWarnings("unchecked")
        ComboBox<InstrumentView> instrument = _get(ComboBox.class, s -> s.withId("invite-instrument"));
        assertEquals(form.id(), instrument.getValue().id(), "the only survey is picked already");
        instrument.clear();
        _click(_get(Button.class, s -> s.withId("invite-confirm")));
        assertTrue(instrument.isInvalid(), "a survey must be picked");
        assertTrue(surveys.invited.isEmpty());
        instrument.setValue(form);
        @SuppressWarnings("unchecked")
        ComboBox<app.rapport.api.client.ContactView> contact = _get(ComboBox.class, s -> s.withId("invite-contact"));
        contact.setValue(clients.contacts(c.id()).getFirst());
        @SuppressWarnings("unchecked")
        ComboBox<SurveySubjects.Subject> product = _get(ComboBox.class, s -> s.withId("invite-product"));
        assertEquals("针对的产品", product.getLabel());
        product.setValue(product.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("invite-confirm")));
        assertEquals(
                product.getValue().id(), surveys.invited.getLast().productId(), "the survey asks about the product");

        assertEquals("zh-CN", surveys.invited.getLast().language(), "the form in the manager's language by default");
        String url = _get(TextField.class, s -> s.withId("survey-link-url")).getValue();
        assertTrue(url.endsWith("/survey/harbour-hotel.secret1"), url);
        String share = _get(TextArea.class, s -> s.withId("survey-link-share")).getValue();
        assertTrue(share.startsWith("Lin Mei您好") && share.endsWith(url), share);
        _click(_get(Button.class, s -> s.withId("survey-link-close")));

        assertEquals(1, GridKt._size(grid()));
        assertTrue(_get(Paragraph.class, s -> s.withId("client-survey-status"))
                .getText()
                .startsWith("该客户最近刚被询问过"));
        _click(_get(Button.class, s -> s.withId("client-survey-invite")));
        _get(ComboBox.class, s -> s.withId("invite-instrument")).setValue(form);
        _click(_get(Button.class, s -> s.withId("invite-confirm")));
        assertEquals(1, surveys.invited.size(), "refused without the override");
        _get(Checkbox.class, s -> s.withId("invite-override")).setValue(true);
        _click(_get(Button.class, s -> s.withId("invite-confirm")));
        assertEquals(2, surveys.invited.size());
    }

    @Test
    void an_answer_shows_its_figures_and_its_answers_and_an_open_invitation_is_withdrawn() {
        ClientView c = open(MANAGER, Locale.ENGLISH);
        Instant now = Instant.now();
        InvitationView answered = new InvitationView(
                "inv-1",
                form.id(),
                form.name(),
                Translated.NONE,
                1,
                c.id(),
                null,
                "en",
                InvitationStatus.ANSWERED,
                SurveyTrigger.MANUAL,
                null,
                now.minusSeconds(86400),
                "amy",
                now.plusSeconds(86400),
                now,
                InMemorySurveys.result(2, 3),
                false,
                null,
                false,
                null,
                null);
        surveys.answered(
                answered,
                new ResponseView(
                        answered,
                        now,
                        form.questions(),
                        List.of(
                                new Answer(
                                        "csat",
                                        2,
                                        null,
                                        List.of(app.rapport.api.complaint.ComplaintCause.STAFF_MISTAKE),
                                        null,
                                        null),
                                new Answer("nps", 3, null, null, null, null))));
        surveys.invite(c.id(), new app.rapport.api.survey.InvitationWrite(form.id(), null, "en", true));
        tab();
        assertEquals(2, GridKt._size(grid()));
        Component figures = GridKt._getCellComponent(grid(), 1, "result");
        String text = figures.getElement().getTextRecursively();
        assertTrue(text.contains("Satisfaction 2/5") && text.contains("Recommend 3/10 · detractor"), text);
        _click(_get(
                GridKt._getCellComponent(grid(), 1, "actions"), Button.class, s -> s.withId("survey-answers-inv-1")));
        String answers = _get(VerticalLayout.class, s -> s.withId("survey-response"))
                .getElement()
                .getTextRecursively();
        assertTrue(answers.contains("How satisfied?") && answers.contains("2 of 5"), answers);
        assertTrue(answers.contains("Why: Service staff mistake"), answers);

        InvitationView open = GridKt._get(grid(), 0);
        _click(_get(
                GridKt._getCellComponent(grid(), 0, "actions"),
                Button.class,
                s -> s.withId("survey-cancel-" + open.id())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertEquals(InvitationStatus.CANCELLED, surveys.of(c.id()).getFirst().status());
        assertEquals(
                "Withdrawn",
                GridKt._getCellComponent(grid(), 0, "status").getElement().getTextRecursively());
    }

    @Test
    void a_client_who_asks_for_no_more_surveys_cannot_be_invited_until_they_agree_again() {
        ClientView c = open(MANAGER, Locale.ENGLISH);
        tab();
        Button optOut = _get(Button.class, s -> s.withId("client-survey-optout"));
        assertEquals("The client asks for no more surveys", optOut.getText());
        _click(optOut);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertTrue(surveys.clientSurveys(c.id()).optedOut());
        assertFalse(_get(Button.class, s -> s.withId("client-survey-invite")).isEnabled());
        assertTrue(_get(Paragraph.class, s -> s.withId("client-survey-status"))
                .getText()
                .startsWith("This client asked not to be surveyed"));
        _click(optOut);
        assertFalse(surveys.clientSurveys(c.id()).optedOut(), "agreeing again needs no confirmation");
        assertTrue(_get(Button.class, s -> s.withId("client-survey-invite")).isEnabled());
    }

    @Test
    void service_staff_have_no_surveys_tab_and_no_survey_on_the_summary() {
        open(STAFF, Locale.ENGLISH);
        _assertNone(Tab.class, s -> s.withId("tab-surveys"));
        _assertNone(com.vaadin.flow.component.html.Div.class, s -> s.withId("summary-survey"));
    }

    @Test
    void the_summary_shows_the_last_answer_with_its_figures_in_chinese() {
        ClientView c = open(MANAGER, Locale.ENGLISH);
        assertEquals(
                "Last survey answerNo survey answered yet.",
                _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("summary-survey"))
                        .getElement()
                        .getTextRecursively());
        Instant now = Instant.now();
        InvitationView answered = new InvitationView(
                "inv-2",
                form.id(),
                form.name(),
                new Translated("住店之后", "住店之後"),
                1,
                c.id(),
                null,
                "zh-CN",
                InvitationStatus.ANSWERED,
                SurveyTrigger.MANUAL,
                null,
                now.minusSeconds(3600),
                "amy",
                now.plusSeconds(86400),
                now,
                InMemorySurveys.result(5, 9),
                false,
                null,
                false,
                null,
                null);
        surveys.answered(answered, new ResponseView(answered, now, form.questions(), List.of()));
        signIn(MANAGER, Locale.SIMPLIFIED_CHINESE);
        navigate("clients/" + c.id());
        String text = _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("summary-survey-figures"))
                .getText();
        assertEquals("满意度 5/5 · 推荐 9/10 · 推荐者", text);
        assertTrue(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("summary-survey"))
                .getElement()
                .getTextRecursively()
                .contains("住店之后，"));
    }

    @Test
    void a_manager_records_answers_given_on_paper_with_their_day_and_a_refused_day_lands_on_its_field() {
        ClientView c = open(MANAGER, Locale.SIMPLIFIED_CHINESE);
        tab();
        _click(_get(Button.class, s -> s.withId("client-survey-record")));
        RecordDialog dialog = _get(RecordDialog.class);
        assertEquals(form.id(), dialog.instrument.getValue().id(), "the only survey is picked already");
        assertEquals(List.of("csat", "nps"), List.copyOf(dialog.inputs.keySet()));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Integer> csat =
                _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("record-q-csat"));
        assertEquals("How satisfied?", csat.getLabel());
        assertEquals(List.of(1, 2, 3, 4, 5), csat.getListDataView().getItems().toList());
        assertEquals("1 = 非常不满意 · 5 = 非常满意", csat.getHelperText());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<app.rapport.api.complaint.ComplaintCause> why =
                (com.vaadin.flow.component.combobox.MultiSelectComboBox<app.rapport.api.complaint.ComplaintCause>)
                        dialog.inputs.values().stream()
                                .findFirst()
                                .map(x -> (Component) x)
                                .orElseThrow()
                                .getParent()
                                .orElseThrow()
                                .getChildren()
                                .filter(x -> "record-why-csat".equals(x.getId().orElse("")))
                                .findFirst()
                                .orElseThrow();
        assertFalse(why.isVisible(), "no reasons asked on no score");
        csat.setValue(2);
        assertTrue(why.isVisible(), "a low score asks why");
        why.setValue(java.util.Set.of(app.rapport.api.complaint.ComplaintCause.STAFF_MISTAKE));
        dialog.channel.setValue(app.rapport.api.survey.SurveyChannel.PAPER);
        assertEquals("纸质问卷", dialog.channel.getItemLabelGenerator().apply(dialog.channel.getValue()));

        // a day after today: the server refuses it and says so on the day's field
        dialog.day.setValue(java.time.LocalDate.now().plusDays(3));
        _click(_get(Button.class, s -> s.withId("record-confirm")));
        assertTrue(dialog.day.isInvalid());
        assertEquals("不能是将来的日期。", dialog.day.getErrorMessage());
        assertTrue(surveys.recorded.isEmpty());

        java.time.LocalDate then = java.time.LocalDate.now().minusDays(40);
        dialog.day.setValue(then);
        _click(_get(Button.class, s -> s.withId("record-confirm")));
        assertEquals(1, surveys.recorded.size());
        var sent = surveys.recorded.getFirst();
        assertEquals(then, sent.answeredOn());
        assertEquals(app.rapport.api.survey.SurveyChannel.PAPER, sent.channel());
        assertEquals(form.id(), sent.instrumentId());
        assertEquals(null, sent.invitationId());
        assertEquals(
                List.of(new Answer(
                        "csat", 2, null, List.of(app.rapport.api.complaint.ComplaintCause.STAFF_MISTAKE), null, null)),
                sent.answers(),
                "only the questions answered");
        assertEquals(1, GridKt._size(grid()));
        String shown =
                GridKt._getCellComponent(grid(), 0, "result").getElement().getTextRecursively();
        assertTrue(shown.contains("纸质问卷，由 Amy Account 录入"), shown);
        assertTrue(GridKt._getCellComponent(grid(), 0, "status")
                .getElement()
                .getTextRecursively()
                .contains("由成员录入的答卷"));
    }

    @Test
    void an_open_invitation_answered_on_the_phone_is_recorded_against_it() {
        ClientView c = open(MANAGER, Locale.ENGLISH);
        surveys.invite(c.id(), new app.rapport.api.survey.InvitationWrite(form.id(), null, "en", true));
        tab();
        InvitationView invitation = GridKt._get(grid(), 0);
        _click(_get(
                GridKt._getCellComponent(grid(), 0, "actions"),
                Button.class,
                s -> s.withId("survey-record-" + invitation.id())));
        RecordDialog dialog = _get(RecordDialog.class);
        assertTrue(dialog.instrument.isReadOnly(), "the invitation's survey, as it was asked");
        assertEquals(app.rapport.api.survey.SurveyChannel.PHONE, dialog.channel.getValue());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Integer> nps =
                _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("record-q-nps"));
        assertEquals(
                List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                nps.getListDataView().getItems().toList());
        nps.setValue(10);
        _click(_get(Button.class, s -> s.withId("record-confirm")));
        var sent = surveys.recorded.getFirst();
        assertEquals(invitation.id(), sent.invitationId());
        assertEquals(null, sent.instrumentId());
        assertEquals(
                app.rapport.ui.platform.i18n.TenantTime.today(), sent.answeredOn(), "the tenant's today by default");
        assertEquals(InvitationStatus.ANSWERED, surveys.of(c.id()).getFirst().status());
        assertEquals(1, GridKt._size(grid()));
        assertTrue(GridKt._getCellComponent(grid(), 0, "result")
                .getElement()
                .getTextRecursively()
                .contains("By phone, recorded by Amy Account"));
        _click(_get(
                GridKt._getCellComponent(grid(), 0, "actions"),
                Button.class,
                s -> s.withId("survey-answers-" + invitation.id())));
        assertEquals(
                "By phone, recorded by Amy Account",
                _get(Paragraph.class, s -> s.withId("survey-response-channel")).getText());
    }
}
