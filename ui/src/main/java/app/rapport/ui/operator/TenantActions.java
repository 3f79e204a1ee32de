package app.rapport.ui.operator;

import app.rapport.api.operator.OperatorApi;
import app.rapport.api.operator.TenantDeletion;
import app.rapport.api.operator.TenantStatus;
import app.rapport.api.operator.TenantView;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Supplier;

/**
 * What the operator can do with a tenant in its status — suspend (after a question), resume, retry a failed
 * provisioning, export, delete (typing the slug) — the same buttons in the catalog and on the tenant's page.
 */
final class TenantActions {
    private final OperatorApi operator;
    private final Api api;
    private final Runnable changed;

    TenantActions(OperatorApi operator, Api api, Runnable changed) {
        this.operator = operator;
        this.api = api;
        this.changed = changed;
    }

    private static String getTranslation(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    HorizontalLayout of(TenantView t) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        if (t.status() == TenantStatus.ACTIVE) {
            Button b = new Button(
                    getTranslation("tenant.suspend"),
                    e -> Confirm.before(
                            getTranslation("tenant.suspend"),
                            t.displayName(),
                            getTranslation("tenant.suspend.text"),
                            () -> act(() -> operator.suspend(t.slug()))));
            b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            b.setId("suspend-" + t.slug());
            row.add(b);
        } else if (t.status() == TenantStatus.SUSPENDED) {
            Button b = new Button(getTranslation("tenant.resume"), e -> act(() -> operator.resume(t.slug())));
            b.addThemeVariants(ButtonVariant.SMALL);
            b.setId("resume-" + t.slug());
            row.add(b);
        } else if (t.status() == TenantStatus.FAILED) {
            Button b = new Button(getTranslation("tenant.retry"), e -> retry(t.slug()));
            b.addThemeVariants(ButtonVariant.SMALL);
            b.setId("retry-" + t.slug());
            row.add(b);
        }
        if (t.status() == TenantStatus.ACTIVE || t.status() == TenantStatus.SUSPENDED) {
            row.add(TenantExport.link(t.slug(), operator, api, getTranslation("tenant.export")));
        }
        if (t.status() == TenantStatus.SUSPENDED || t.status() == TenantStatus.FAILED) {
            Button b = new Button(getTranslation("tenant.delete"), e -> new DeleteTenantDialog(
                            t, typed -> act(() -> operator.delete(t.slug(), new TenantDeletion(typed))))
                    .open());
            b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            b.setId("delete-" + t.slug());
            row.add(b);
        }
        return row;
    }

    private void retry(String slug) {
        try {
            ProvisionedDialog.open(api.body(() -> operator.retry(slug)));
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
        changed.run();
    }

    private void act(Supplier<TenantView> call) {
        try {
            api.call(call);
            changed.run();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }
}
