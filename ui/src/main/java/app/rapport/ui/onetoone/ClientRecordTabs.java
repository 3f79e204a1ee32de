package app.rapport.ui.onetoone;

import app.rapport.api.client.ClientView;
import app.rapport.api.onetoone.OneToOneApi;
import app.rapport.api.purchase.ProductsApi;
import app.rapport.api.purchase.PurchasesApi;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.purchase.PurchasesPanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import jakarta.inject.Singleton;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The client 360 page's tabs: details, then the one-to-one record's four steps, consumption and (for tenant
 * admins) personal data. A tab's content is built when it is first opened, so the page loads only what is seen.
 */
@Singleton
public class ClientRecordTabs {
    private final OneToOneApi records;
    private final TiersApi tiers;
    private final PurchasesApi purchases;
    private final ProductsApi products;
    private final Api api;

    ClientRecordTabs(OneToOneApi records, TiersApi tiers, PurchasesApi purchases, ProductsApi products, Api api) {
        this.records = records;
        this.tiers = tiers;
        this.purchases = purchases;
        this.products = products;
        this.api = api;
    }

    public TabSheet build(
            Component summary,
            Component details,
            ClientView client,
            SignedInUser user,
            Runnable erased,
            Consumer<TabSheet> relationship) {
        boolean editor = user.canEditClients();
        TabSheet tabs = new TabSheet();
        tabs.setId("client-tabs");
        tabs.setWidthFull();
        // the page opens on how the relationship stands; editing the client is a tab of its own
        tabs.add(tab("summary", tabs), summary);
        tabs.add(tab("details", tabs), details);
        relationship.accept(tabs);
        lazy(tabs, "identify", () -> new IdentifyTab(client.id(), client.notes(), records, api, editor));
        lazy(tabs, "differentiate", () -> {
            DifferentiateTab d = new DifferentiateTab(client.id(), tiers, records, api, editor);
            d.add(new PurchasesPanel(client.id(), purchases, products, api, editor, d::refresh));
            return d;
        });
        lazy(tabs, "interact", () -> new InteractTab(client.id(), records, api));
        lazy(tabs, "customise", () -> new CustomiseTab(client.id(), records, api, editor));
        lazy(tabs, "consumption", () -> new ConsumptionTab(client.id(), records, api, editor));
        if (user.hasAny(SignedInUser.TENANT_ADMIN)) {
            lazy(tabs, "privacy", () -> new PersonalDataPanel(client, records, api, erased));
        }
        return tabs;
    }

    private static Tab tab(String key, TabSheet tabs) {
        Tab t = new Tab(tabs.getTranslation("client.tab." + key));
        t.setId("tab-" + key);
        return t;
    }

    /** Adds a tab whose content is built when the tab is first selected. */
    public static void lazy(TabSheet tabs, String key, Supplier<Component> content) {
        VerticalLayout holder = new VerticalLayout();
        holder.setPadding(false);
        Tab t = tab(key, tabs);
        tabs.add(t, holder);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == t && holder.getComponentCount() == 0) {
                holder.add(content.get());
            }
        });
    }
}
