package app.rapport.ui.platform.layout;

import app.rapport.api.operator.TenantLocale;
import app.rapport.api.workspace.WorkspaceApi;
import app.rapport.api.workspace.WorkspaceView;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * Tenant admins set the workspace's clock, money and default language: its time zone decides every "today", due
 * date and nightly run, and how every date reads; the clock line shows the workspace's time as it would be.
 */
@Route(value = "settings/workspace", layout = MainLayout.class)
@Allowed(SignedInUser.TENANT_ADMIN)
@Prototype
public class WorkspaceSettingsView extends VerticalLayout implements HasDynamicTitle {
    static final List<String> LANGUAGES = List.of("en", "zh-CN", "zh-TW");

    final ComboBox<String> zone = new ComboBox<>();
    final ComboBox<String> currency = new ComboBox<>();
    final Select<String> language = new Select<>();
    final Paragraph clock = new Paragraph();
    final Button save = new Button();
    private final WorkspaceApi workspaces;
    private final Api api;

    WorkspaceSettingsView(WorkspaceApi workspaces, Api api) {
        this.workspaces = workspaces;
        this.api = api;
        zone.setId("workspace-zone");
        zone.setLabel(getTranslation("workspace.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setHelperText(getTranslation("workspace.zone.help"));
        zone.addValueChangeListener(e -> showClock());
        zone.setWidth("24em");
        currency.setId("workspace-currency");
        currency.setWidth("24em");
        currency.setLabel(getTranslation("workspace.currency"));
        currency.setItems(Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted()
                .toList());
        language.setId("workspace-language");
        language.setWidth("24em");
        language.setLabel(getTranslation("workspace.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        clock.setId("workspace-clock");
        save.setId("workspace-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("workspace.title")), zone, clock, currency, language, save);
        TenantTime.workspace().ifPresent(this::show);
    }

    private void show(WorkspaceView w) {
        zone.setValue(w.locale().timeZone());
        currency.setValue(w.locale().currency());
        language.setValue(w.locale().defaultLocale());
        showClock();
    }

    private void showClock() {
        if (zone.getValue() == null) {
            clock.setText("");
            return;
        }
        clock.setText(getTranslation(
                "workspace.clock",
                Formats.shortDateTime(getLocale())
                        .withZone(ZoneId.of(zone.getValue()))
                        .format(Instant.now())));
    }

    private void save() {
        try {
            WorkspaceView w = api.call(() -> workspaces.changeLocale(
                    new TenantLocale(zone.getValue(), currency.getValue(), language.getValue())));
            TenantTime.forget();
            show(w);
            Notices.success(getTranslation("workspace.saved"));
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.title");
    }
}
