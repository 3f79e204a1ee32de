package app.rapport.ui.care;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.common.Channel;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryWorkspace;
import app.rapport.ui.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Logging a touchpoint: three required fields, a follow-up that becomes a care action, a form ready for the next. */
class LogTouchpointViewTest extends ViewTest {
    private static final SignedInUser STAFF = user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF);

    @Test
    void what_happened_is_required_and_nothing_is_logged_without_it() {
        ClientView c = clients.add("Lin Household", "Hangzhou");
        signIn(STAFF);
        openFor(c);
        _click(_get(Button.class, s -> s.withId("tp-save")));
        assertTrue(_get(TextArea.class, s -> s.withId("tp-what")).isInvalid());
        assertEquals(0, care.touchpoints.size());
    }

    @Test
    void a_touchpoint_with_a_promised_follow_up_plans_a_care_action_and_keeps_the_client_for_the_next() {
        ClientView c = clients.add("Lin Household", "Hangzhou");
        signIn(STAFF);
        openFor(c);
        @SuppressWarnings("unchecked")
        ComboBox<ClientView> client = _get(ComboBox.class, s -> s.withId("tp-client"));
        assertEquals(c.id(), client.getValue().id());
        _get(TextArea.class, s -> s.withId("tp-what")).setValue("Asked for a quieter room next time");
        _click(_get(Button.class, s -> s.withId("tp-rating-4")));
        _get(Checkbox.class, s -> s.withId("tp-promise")).setValue(true);
        _get(TextField.class, s -> s.withId("tp-follow-title")).setValue("Confirm the room");
        _click(_get(Button.class, s -> s.withId("tp-save")));
        assertEquals(1, care.touchpoints.size());
        assertEquals(Channel.PHONE, care.touchpoints.get(0).channel());
        assertEquals(4, care.touchpoints.get(0).rating());
        assertNotNull(care.touchpoints.get(0).followUpActionId());
        assertEquals("Confirm the room", care.actions.get(0).title());
        assertEquals(
                LocalDate.now(InMemoryWorkspace.ZONE).plusDays(1),
                care.actions.get(0).dueOn());
        assertEquals("", _get(TextArea.class, s -> s.withId("tp-what")).getValue());
        assertEquals(c.id(), client.getValue().id(), "the client stays for the next touchpoint");
        assertEquals(false, _get(Checkbox.class, s -> s.withId("tp-promise")).getValue());
    }

    @Test
    void a_touchpoint_is_logged_against_a_published_blueprint_step() {
        ClientView c = clients.add("Lin Household", "Hangzhou");
        blueprints.add(
                "Hotel check-in",
                app.rapport.api.blueprint.VersionStatus.PUBLISHED,
                new app.rapport.api.blueprint.StepWrite(
                        app.rapport.api.blueprint.Lane.CLIENT_ACTIONS,
                        1,
                        "Arrive",
                        null,
                        null,
                        null,
                        null,
                        false,
                        false,
                        null),
                new app.rapport.api.blueprint.StepWrite(
                        app.rapport.api.blueprint.Lane.FRONT_STAGE,
                        1,
                        "Greet the guest",
                        null,
                        null,
                        2,
                        null,
                        false,
                        true,
                        null));
        signIn(STAFF);
        openFor(c);
        @SuppressWarnings("unchecked")
        ComboBox<app.rapport.api.blueprint.TouchpointStep> step = _get(ComboBox.class, s -> s.withId("tp-step"));
        assertEquals(1, step.getListDataView().getItemCount(), "only touchpoint steps of published blueprints");
        assertEquals(
                "Hotel check-in › Greet the guest",
                step.getItemLabelGenerator().apply(step.getListDataView().getItem(0)));
        step.setValue(step.getListDataView().getItem(0));
        _get(TextArea.class, s -> s.withId("tp-what")).setValue("Greeted at the door");
        _click(_get(Button.class, s -> s.withId("tp-save")));
        assertEquals(step.getValue().stepId(), care.touchpoints.get(0).blueprintStepId());
    }

    @Test
    void the_next_touchpoint_starts_from_the_last_ones_client_channel_and_step() {
        ClientView lin = clients.add("Lin Household", "Hangzhou");
        ClientView wu = clients.add("Wu Household", "Ningbo");
        signIn(STAFF);
        openFor(lin);
        @SuppressWarnings("unchecked")
        Select<Channel> channel = _get(Select.class, s -> s.withId("tp-channel"));
        channel.setValue(Channel.VISIT);
        _get(TextArea.class, s -> s.withId("tp-what")).setValue("Dropped by with a gift");
        _click(_get(Button.class, s -> s.withId("tp-save")));
        openFor(wu);
        _get(TextArea.class, s -> s.withId("tp-what")).setValue("Asked about delivery times");
        _click(_get(Button.class, s -> s.withId("tp-save")));
        UI.getCurrent().navigate("touchpoints/new");
        assertEquals(
                Channel.VISIT, _get(Select.class, s -> s.withId("tp-channel")).getValue(), "channel remembered");
        Button recentLin = _get(Button.class, s -> s.withId("tp-recent-" + lin.id()));
        _get(Button.class, s -> s.withId("tp-recent-" + wu.id()));
        _click(recentLin);
        @SuppressWarnings("unchecked")
        ComboBox<ClientView> client = _get(ComboBox.class, s -> s.withId("tp-client"));
        assertEquals(lin.id(), client.getValue().id(), "one tap picks a recent client");
        Button four = _get(Button.class, s -> s.withId("tp-rating-4"));
        assertTrue(Integer.parseInt(four.getMinHeight().replace("px", "")) >= 44);
    }

    @Test
    void a_touchpoint_that_went_badly_offers_to_record_it_as_a_complaint_in_one_tap() {
        ClientView c = clients.add("Lin Household", "Hangzhou");
        signIn(STAFF);
        openFor(c);
        _assertNone(Button.class, s -> s.withId("tp-complaint"));
        _get(TextArea.class, s -> s.withId("tp-what")).setValue("The breakfast was cold again");
        _click(_get(Button.class, s -> s.withId("tp-rating-2")));
        _click(_get(Button.class, s -> s.withId("tp-save")));
        _click(_get(Button.class, s -> s.withId("tp-complaint")));
        assertEquals("complaints/new", path());
        assertEquals(
                "The breakfast was cold again",
                _get(TextArea.class, s -> s.withId("complaint-what")).getValue(),
                "the complaint starts from the touchpoint");
    }

    private static void openFor(ClientView c) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("touchpoints/new", com.vaadin.flow.router.QueryParameters.of("client", c.id()));
    }
}
