package app.rapport.ui.operator;

import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.TenantLocale;
import app.rapport.ui.platform.layout.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Slug, name and first admin's email of a new tenant, and its time zone, currency and default language (UTC, USD,
 * English unless chosen); fires a {@link CreateEvent} when they hold.
 */
class TenantForm extends HorizontalLayout {
    final TextField slug = new TextField();
    final TextField name = new TextField();
    final EmailField adminEmail = new EmailField();
    final ComboBox<String> zone = new ComboBox<>();
    final ComboBox<String> currency = new ComboBox<>();
    final Select<String> language = new Select<>();
    final Button create = new Button();

    TenantForm() {
        slug.setLabel(getTranslation("tenant.slug"));
        slug.setId("tenant-slug");
        slug.setHelperText(getTranslation("tenant.slug.help"));
        slug.setAllowedCharPattern("[a-z0-9-]");
        slug.setMaxLength(40);
        name.setLabel(getTranslation("tenant.name"));
        name.setId("tenant-name");
        name.setMaxLength(120);
        adminEmail.setLabel(getTranslation("tenant.adminEmail"));
        adminEmail.setId("tenant-admin-email");
        zone.setLabel(getTranslation("workspace.zone"));
        zone.setId("tenant-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(TenantLocale.DEFAULT.timeZone());
        currency.setLabel(getTranslation("workspace.currency"));
        currency.setId("tenant-currency");
        currency.setItems(Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted()
                .toList());
        currency.setValue(TenantLocale.DEFAULT.currency());
        language.setLabel(getTranslation("workspace.language"));
        language.setId("tenant-language");
        language.setItems("en", "zh-CN", "zh-TW");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(TenantLocale.DEFAULT.defaultLocale());
        create.setText(getTranslation("tenant.create"));
        create.setId("tenant-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> submit());
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(slug, name, adminEmail, zone, currency, language, create);
    }

    boolean submit() {
        boolean ok = require(slug) & require(name) & require(adminEmail);
        if (ok && !slug.getValue().matches(CreateTenant.SLUG_PATTERN)) {
            slug.setErrorMessage(getTranslation("tenant.slug.help"));
            slug.setInvalid(true);
            ok = false;
        }
        if (ok) {
            fireEvent(new CreateEvent(
                    this,
                    new CreateTenant(
                            slug.getValue(),
                            name.getValue(),
                            adminEmail.getValue(),
                            new TenantLocale(zone.getValue(), currency.getValue(), language.getValue()))));
        }
        return ok;
    }

    boolean showErrors(List<FieldProblem> problems) {
        return FieldErrors.onFields(problems, Map.of("slug", slug, "displayName", name, "adminEmail", adminEmail));
    }

    void clear() {
        slug.clear();
        name.clear();
        adminEmail.clear();
        zone.setValue(TenantLocale.DEFAULT.timeZone());
        currency.setValue(TenantLocale.DEFAULT.currency());
        language.setValue(TenantLocale.DEFAULT.defaultLocale());
    }

    private boolean require(TextFieldBase<?, String> f) {
        boolean blank = f.getValue().isBlank();
        f.setErrorMessage(blank ? getTranslation("validation.required") : null);
        f.setInvalid(blank);
        return !blank;
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> l) {
        return addListener(CreateEvent.class, l);
    }

    static final class CreateEvent extends ComponentEvent<TenantForm> {
        private final CreateTenant command;

        CreateEvent(TenantForm source, CreateTenant command) {
            super(source, false);
            this.command = command;
        }

        CreateTenant command() {
            return command;
        }
    }
}
