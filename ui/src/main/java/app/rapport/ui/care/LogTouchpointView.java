package app.rapport.ui.care;

import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.FollowUp;
import app.rapport.api.care.Sentiment;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientsApi;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.ClientPicker;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Map;

/**
 * Logging a moment of truth, made for a phone: three fields are required (client — searched as you type —,
 * channel, what happened); when defaults to now; the rest sits in a fold. A promised follow-up becomes a care action.
 * After saving, the form is ready for the next touchpoint of the same client.
 */
@Route(value = "touchpoints/new", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class LogTouchpointView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    final ComboBox<ClientView> client = new ComboBox<>();
    final Select<Channel> channel = new Select<>();
    final TextArea what = new TextArea();
    final DateTimePicker at = new DateTimePicker();
    final IntegerField duration = new IntegerField();
    final RatingField rating = new RatingField();
    final HorizontalLayout recent = new HorizontalLayout();
    final Select<Sentiment> sentiment = new Select<>();
    final Select<ServiceLevel> level = new Select<>();
    final TextField contact = new TextField();
    final ComboBox<TouchpointStep> step = new ComboBox<>();
    final Checkbox promise = new Checkbox();
    final TextField followTitle = new TextField();
    final DatePicker followDue = VaadinTexts.datePicker();
    final Select<CareKind> followKind = new Select<>();
    final Button save = new Button();
    final ComplaintOffer complaint = new ComplaintOffer();
    private final ClientsApi clients;
    private final Api api;

    LogTouchpointView(CareApi care, ClientsApi clients, BlueprintApi blueprints, Api api) {
        this.clients = clients;
        this.api = api;
        setMaxWidth("40em");
        setWidthFull();
        getStyle().set("box-sizing", "border-box");
        ClientPicker.of(client, "tp-client", clients, api);
        channel.setId("tp-channel");
        channel.setLabel(getTranslation("interaction.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c));
        channel.setValue(Channel.PHONE);
        what.setId("tp-what");
        what.setLabel(getTranslation("touchpoint.what"));
        what.setRequired(true);
        what.setWidthFull();
        what.setMaxLength(2000);
        at.setLabel(getTranslation("touchpoint.at"));
        at.setWidthFull();
        at.setMax(TenantTime.now().plusMinutes(5));
        duration.setId("tp-duration");
        duration.setLabel(getTranslation("touchpoint.duration"));
        duration.setMin(0);
        duration.setMax(1440);
        rating.setId("tp-rating");
        rating.setLabel(getTranslation("touchpoint.rating"));
        rating.setWidthFull();
        sentiment.setLabel(getTranslation("touchpoint.sentiment"));
        sentiment.setItems(Sentiment.values());
        sentiment.setEmptySelectionAllowed(true);
        sentiment.setItemLabelGenerator(s -> s == null ? "" : getTranslation("sentiment." + s));
        level.setLabel(getTranslation("care.level.delivered"));
        level.setItems(ServiceLevel.values());
        level.setEmptySelectionAllowed(true);
        level.setItemLabelGenerator(l -> l == null ? "" : getTranslation("level." + l));
        contact.setLabel(getTranslation("touchpoint.contact"));
        step.setId("tp-step");
        step.setLabel(getTranslation("touchpoint.step"));
        step.setHelperText(getTranslation("touchpoint.step.help"));
        step.setClearButtonVisible(true);
        step.setItemLabelGenerator(s -> s.label().in(MessagesI18NProvider.languageTag(getLocale())));
        List<TouchpointStep> steps = api.call(blueprints::touchpointSteps);
        step.setItems(steps);
        step.setWidthFull();
        step.setVisible(!steps.isEmpty());
        promise.setId("tp-promise");
        promise.setLabel(getTranslation("touchpoint.followUp"));
        followTitle.setId("tp-follow-title");
        followTitle.setLabel(getTranslation("touchpoint.followUp.title"));
        followDue.setId("tp-follow-due");
        followDue.setLabel(getTranslation("care.due"));
        followDue.setMin(TenantTime.today());
        followKind.setLabel(getTranslation("care.kind"));
        followKind.setItems(CareKind.values());
        followKind.setItemLabelGenerator(k -> getTranslation("care.kind." + k));
        followKind.setValue(CareKind.CALL);
        FormLayout follow = new FormLayout(followTitle, followDue, followKind);
        follow.setWidthFull();
        follow.setVisible(false);
        promise.addValueChangeListener(e -> {
            follow.setVisible(e.getValue());
            if (e.getValue() && followDue.isEmpty()) {
                followDue.setValue(TenantTime.today().plusDays(1));
            }
        });
        FormLayout more = new FormLayout(at, duration, sentiment, level, contact);
        more.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        more.setWidthFull();
        Details moreDetails = new Details(getTranslation("touchpoint.more"), more);
        moreDetails.setWidthFull();
        moreDetails.setId("tp-more");
        save.setId("tp-save");
        save.setText(getTranslation("touchpoint.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setWidthFull();
        save.setMinHeight("48px");
        save.addClickListener(e -> save(care));
        // Save stays reachable at the foot of the screen however long the form grows
        Div saveBar = new Div(save);
        saveBar.setWidthFull();
        saveBar.getStyle()
                .set("position", "sticky")
                .set("bottom", "0")
                .set("padding", "var(--lumo-space-s) 0")
                .set("background", "var(--lumo-base-color)")
                .set("z-index", "1");
        recent.setId("tp-recent");
        recent.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        recent.setSpacing(false);
        LastTouchpoint.of().ifPresent(last -> {
            channel.setValue(last.channel());
            steps.stream()
                    .filter(t -> t.stepId().equals(last.stepId()))
                    .findFirst()
                    .ifPresent(step::setValue);
        });
        showRecent();
        // what staff set on every touchpoint comes first: who, where in the service, how it went; then what happened
        add(
                new H2(getTranslation("touchpoint.title")),
                complaint,
                recent,
                client,
                step,
                channel,
                rating,
                what,
                promise,
                follow,
                moreDetails,
                saveBar);
    }

    private void save(CareApi care) {
        followDue.setInvalid(false);
        boolean missing = FieldErrors.missing(client, client.getValue() == null);
        missing |= FieldErrors.missing(what, what.getValue().isBlank());
        missing |= FieldErrors.missing(
                followTitle, promise.getValue() && followTitle.getValue().isBlank());
        if (missing) {
            return;
        }
        FollowUp followUp = promise.getValue()
                ? new FollowUp(followTitle.getValue(), followDue.getValue(), followKind.getValue(), null)
                : null;
        TouchpointWrite write = new TouchpointWrite(
                client.getValue().id(),
                channel.getValue(),
                what.getValue(),
                at.getValue() == null
                        ? null
                        : at.getValue().atZone(TenantTime.zone()).toInstant(),
                duration.getValue(),
                rating.getValue(),
                sentiment.getValue(),
                level.getValue(),
                contact.getValue(),
                step.getValue() == null ? null : step.getValue().stepId(),
                followUp);
        try {
            TouchpointView saved = api.body(() -> care.log(write));
            Notices.success(getTranslation(
                    saved.followUpActionId() == null ? "touchpoint.saved" : "touchpoint.savedWithFollowUp",
                    saved.clientName()));
            LastTouchpoint.remember(client.getValue(), channel.getValue(), step.getValue());
            complaint.offerFor(saved);
            showRecent();
            getUI().ifPresent(ui -> ui.getPage().executeJs("window.scrollTo(0, 0)"));
            what.clear();
            at.clear();
            duration.clear();
            rating.clear();
            sentiment.clear();
            level.clear();
            promise.setValue(false);
            followTitle.clear();
        } catch (ApiProblem p) {
            Map<String, HasValidation> fields = Map.of(
                    "clientId", client,
                    "what", what,
                    "rating", rating,
                    "durationMinutes", duration,
                    "at", at,
                    "blueprintStepId", step,
                    "followUp.title", followTitle,
                    "followUp.dueOn", followDue);
            FieldErrors.show(p, fields);
        }
    }

    /** The clients of this user's last touchpoints, newest first: a tap picks one. */
    private void showRecent() {
        recent.removeAll();
        for (ClientView c : LastTouchpoint.recentClients()) {
            Button b = new Button(c.name(), e -> client.setValue(c));
            b.setId("tp-recent-" + c.id());
            b.addThemeVariants(ButtonVariant.SMALL);
            b.setMinHeight("44px");
            recent.add(b);
        }
        recent.setVisible(recent.getComponentCount() > 0);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("client").ifPresent(id -> {
            try {
                client.setValue(api.body(() -> clients.get(id)));
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("touchpoint.title");
    }
}
