package app.rapport.ui.complaint;

import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientsApi;
import app.rapport.api.client.ContactView;
import app.rapport.api.common.Channel;
import app.rapport.api.complaint.ComplaintApi;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.ComplaintWrite;
import app.rapport.api.complaint.Severity;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.purchase.ProductsApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.ClientPicker;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Map;

/**
 * Recording a complaint (step 1), made for a phone: the client (searched as you type), how it reached us, how bad it
 * is and what happened in the client's words; what they ask for, the contact, product and the moment of truth where it
 * went wrong in a fold. Opened from a touchpoint, it starts filled in with that touchpoint.
 */
@Route(value = "complaints/new", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class RecordComplaintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    final ComboBox<ClientView> client = new ComboBox<>();
    final Select<Channel> channel = new Select<>();
    final RadioButtonGroup<Severity> severity = new RadioButtonGroup<>();
    final TextArea what = new TextArea();
    final TextArea asks = new TextArea();
    final Select<ContactView> contact = new Select<>();
    final ComboBox<ProductView> product = new ComboBox<>();
    final ComboBox<TouchpointStep> step = new ComboBox<>();
    final Button save = new Button();
    private final ClientsApi clients;
    private final CareApi care;
    private final Api api;
    private String touchpointId;

    RecordComplaintView(
            ComplaintApi complaints,
            ClientsApi clients,
            CareApi care,
            ProductsApi products,
            BlueprintApi blueprints,
            Api api) {
        this.clients = clients;
        this.care = care;
        this.api = api;
        setMaxWidth("40em");
        setWidthFull();
        getStyle().set("box-sizing", "border-box");
        ClientPicker.of(client, "complaint-client", clients, api);
        client.addValueChangeListener(e -> contacts(e.getValue()));
        channel.setId("complaint-channel");
        channel.setLabel(getTranslation("interaction.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c));
        channel.setValue(Channel.PHONE);
        severity.setId("complaint-severity");
        severity.setLabel(getTranslation("complaint.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("complaint.severity." + s));
        severity.setValue(Severity.MEDIUM);
        severity.setRequired(true);
        what.setId("complaint-what");
        what.setLabel(getTranslation("complaint.whatHappened"));
        what.setHelperText(getTranslation("complaint.whatHappened.help"));
        what.setRequired(true);
        what.setWidthFull();
        what.setMaxLength(2000);
        asks.setId("complaint-asks");
        asks.setLabel(getTranslation("complaint.clientAsks"));
        asks.setWidthFull();
        asks.setMaxLength(1000);
        contact.setId("complaint-contact");
        contact.setLabel(getTranslation("complaint.contact"));
        contact.setEmptySelectionAllowed(true);
        contact.setItemLabelGenerator(c -> c == null ? "" : c.name());
        contact.setWidthFull();
        product.setId("complaint-product");
        product.setLabel(getTranslation("complaint.product"));
        product.setClearButtonVisible(true);
        product.setItemLabelGenerator(ProductView::name);
        product.setItems(query -> api
                .call(() -> products.list(
                        query.getFilter().filter(f -> !f.isBlank()).orElse(null), query.getPage(), query.getPageSize()))
                .items()
                .stream());
        product.setWidthFull();
        step.setId("complaint-step");
        step.setLabel(getTranslation("complaint.step"));
        step.setHelperText(getTranslation("complaint.step.help"));
        step.setClearButtonVisible(true);
        step.setItemLabelGenerator(s -> s.label().in(MessagesI18NProvider.languageTag(getLocale())));
        List<TouchpointStep> steps = api.call(blueprints::touchpointSteps);
        step.setItems(steps);
        step.setWidthFull();
        step.setVisible(!steps.isEmpty());
        Details more = new Details(getTranslation("touchpoint.more"), new VerticalLayout(asks, contact, product, step));
        more.setId("complaint-more");
        more.setWidthFull();
        save.setId("complaint-save");
        save.setText(getTranslation("complaint.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setWidthFull();
        save.setMinHeight("48px");
        save.addClickListener(e -> save(complaints));
        add(new H2(getTranslation("complaint.record")), client, severity, channel, what, more, save);
    }

    private void contacts(ClientView c) {
        List<ContactView> list = c == null ? List.of() : api.call(() -> clients.contacts(c.id()));
        contact.setItems(list);
        contact.setVisible(!list.isEmpty());
    }

    private void save(ComplaintApi complaints) {
        boolean missing = FieldErrors.missing(client, client.getValue() == null);
        missing |= FieldErrors.missing(what, what.getValue().isBlank());
        if (missing) {
            return;
        }
        ComplaintWrite write = new ComplaintWrite(
                client.getValue().id(),
                channel.getValue(),
                what.getValue(),
                severity.getValue(),
                asks.getValue(),
                contact.getValue() == null ? null : contact.getValue().id(),
                product.getValue() == null ? null : product.getValue().id(),
                step.getValue() == null ? null : step.getValue().stepId(),
                touchpointId);
        try {
            ComplaintView saved = api.body(() -> complaints.record(write));
            Notices.success(getTranslation("complaint.recorded", ComplaintWords.reference(saved.number())));
            getUI().ifPresent(ui -> ui.navigate("complaints/" + saved.id()));
        } catch (ApiProblem p) {
            Map<String, HasValidation> fields = Map.of(
                    "clientId", client,
                    "whatHappened", what,
                    "clientAsks", asks,
                    "productId", product,
                    "blueprintStepId", step);
            FieldErrors.show(p, fields);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("client").ifPresent(id -> {
            try {
                client.setValue(api.body(() -> clients.get(id)));
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        });
        params.getSingleParameter("touchpoint").ifPresent(id -> {
            if (client.getValue() == null) {
                return;
            }
            try {
                TouchpointView t =
                        api.call(() -> care.touchpoint(client.getValue().id(), id));
                touchpointId = t.id();
                channel.setValue(t.channel());
                what.setValue(t.what());
                if (t.rating() != null && t.rating() <= 1) {
                    severity.setValue(Severity.HIGH);
                }
                step.getListDataView()
                        .getItems()
                        .filter(s -> s.stepId().equals(t.blueprintStepId()))
                        .findFirst()
                        .ifPresent(step::setValue);
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.record");
    }
}
