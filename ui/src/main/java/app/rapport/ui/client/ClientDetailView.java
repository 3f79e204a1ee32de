package app.rapport.ui.client;

import app.rapport.api.care.CareApi;
import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.client.ClientsApi;
import app.rapport.api.client.ContactView;
import app.rapport.api.client.ContactWrite;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.onetoone.OneToOneApi;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.lifecycle.RelationshipTabs;
import app.rapport.ui.onetoone.ClientRecordTabs;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.ConflictDialog;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import java.util.List;

/**
 * One client: its fields and contacts, editable by admins and account managers. A save carries the version that was
 * read; if someone else saved meanwhile, the API refuses (412) and the user is told and offered a reload.
 */
@Route(value = "clients/:id", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class ClientDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String ID = "id";
    static final String NEW = "new";

    private final ClientsApi clients;
    private final Api api;
    private final boolean editable;
    final H2 title = new H2();
    final ClientForm form = new ClientForm();
    final ContactsEditor contacts;
    final Button save = new Button();
    final Button delete = new Button();
    private String id;
    private long version;

    private final ClientRecordTabs recordTabs;
    private final RelationshipTabs relationshipTabs;
    private final app.rapport.api.survey.SurveyApi surveys;
    private final SignedInUser user;
    private final VerticalLayout details = new VerticalLayout();
    private final TiersApi tiers;
    private final LifecycleApi lifecycle;
    private final CareApi care;
    private final OneToOneApi records;

    ClientDetailView(
            ClientsApi clients,
            Api api,
            CurrentUser currentUser,
            ClientRecordTabs recordTabs,
            RelationshipTabs relationshipTabs,
            TiersApi tiers,
            LifecycleApi lifecycle,
            CareApi care,
            OneToOneApi records,
            app.rapport.api.survey.SurveyApi surveys) {
        this.surveys = surveys;
        this.relationshipTabs = relationshipTabs;
        this.tiers = tiers;
        this.lifecycle = lifecycle;
        this.care = care;
        this.records = records;
        this.clients = clients;
        this.api = api;
        this.recordTabs = recordTabs;
        this.user = currentUser.require();
        this.editable = user.canEditClients();
        this.contacts = new ContactsEditor(editable, this::addContact, this::removeContact);
        save.setText(getTranslation("action.save"));
        save.setId("client-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> form.save(contacts.pending()));
        delete.setText(getTranslation("action.delete"));
        delete.setId("client-delete");
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> Confirm.before(
                getTranslation("action.delete"), title.getText(), getTranslation("client.delete.text"), this::remove));
        Button back = new Button(getTranslation("action.back"), e -> toList());
        form.setEditable(editable);
        form.addSaveListener(e -> store(e.client()));
        save.setVisible(editable);
        HorizontalLayout actions = new HorizontalLayout(save, delete, back);
        details.setPadding(false);
        details.add(form, contacts, actions);
        add(title, details);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get(ID).orElse(NEW);
        if (NEW.equals(id)) {
            if (!editable) {
                event.forwardTo(ClientsView.class);
                return;
            }
            id = null;
            title.setText(getTranslation("client.new.title"));
            delete.setVisible(false);
            contacts.showPending(List.of());
            return;
        }
        // a client that is not there (or not the tenant's) lands on the error page, inside the layout
        ClientView c = api.body(() -> clients.get(id));
        show(c);
        // entered again (a link to the same or another client while this view shows): the page is built anew
        removeAll();
        add(
                title,
                recordTabs.build(
                        new ClientSummary(
                                c, tiers, lifecycle, care, records, user.canEditClients() ? surveys : null, api),
                        details,
                        c,
                        user,
                        this::reload,
                        tabs -> relationshipTabs.addTo(tabs, c, user)));
    }

    private void show(ClientView c) {
        id = c.id();
        version = c.version();
        title.setText(
                c.erasedAt() == null
                        ? c.name()
                        : getTranslation(
                                "client.erased.title",
                                c.name(),
                                Formats.shortDate(getLocale()).format(c.erasedAt())));
        form.show(c);
        contacts.showSaved(c.contacts() == null ? List.of() : c.contacts());
        delete.setVisible(editable);
    }

    private void store(ClientWrite write) {
        try {
            if (id == null) {
                ClientView created = api.body(() -> clients.create(write));
                Notices.success(getTranslation("client.saved"));
                getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class, new RouteParameters(ID, created.id())));
            } else {
                show(api.body(() -> clients.update(id, "\"" + version + "\"", write)));
                Notices.success(getTranslation("client.saved"));
            }
        } catch (ApiProblem p) {
            if (p.status() == 412) {
                ConflictDialog.open(this::reload);
            } else if (!form.showErrors(p.fields())) {
                Notices.problem(p);
            }
        }
    }

    /** Shows the client as it is now stored (after someone else changed it). */
    private void reload() {
        show(api.body(() -> clients.get(id)));
    }

    private void remove() {
        try {
            api.run(() -> clients.delete(id, "\"" + version + "\""));
            Notices.success(getTranslation("client.deleted"));
            toList();
        } catch (ApiProblem p) {
            if (p.status() == 412) {
                ConflictDialog.open(this::reload);
            } else {
                Notices.problem(p);
            }
        }
    }

    private ContactView addContact(ContactWrite c) {
        return api.body(() -> clients.addContact(id, c));
    }

    private void removeContact(ContactView c) {
        api.run(() -> clients.removeContact(id, c.id()));
    }

    private void toList() {
        getUI().ifPresent(ui -> ui.navigate(ClientsView.class));
    }

    @Override
    public String getPageTitle() {
        return title.getText() == null || title.getText().isBlank() ? getTranslation("clients.title") : title.getText();
    }
}
