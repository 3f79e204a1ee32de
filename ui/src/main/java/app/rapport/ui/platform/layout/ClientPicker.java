package app.rapport.ui.platform.layout;

import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientsApi;
import app.rapport.ui.platform.api.Api;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;

/** The required client field of a phone form: searched as you type (name, city), paged by the API. */
public final class ClientPicker {
    private ClientPicker() {}

    public static ComboBox<ClientView> of(ComboBox<ClientView> client, String id, ClientsApi clients, Api api) {
        client.setId(id);
        client.setLabel(UI.getCurrent().getTranslation("touchpoint.client"));
        client.setRequired(true);
        client.setWidthFull();
        client.setItemLabelGenerator(c -> c.name() + (c.city() == null ? "" : " · " + c.city()));
        client.setItems(query -> api
                .call(() -> clients.list(
                        query.getFilter().filter(f -> !f.isBlank()).orElse(null),
                        query.getPage(),
                        query.getPageSize(),
                        "name"))
                .items()
                .stream());
        return client;
    }
}
