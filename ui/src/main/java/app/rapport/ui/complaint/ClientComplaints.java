package app.rapport.ui.complaint;

import app.rapport.api.complaint.ComplaintApi;
import app.rapport.api.complaint.ComplaintCard;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.i18n.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A client's complaints on its page, newest first, with recording a new one for this client a tap away. */
public class ClientComplaints extends VerticalLayout {
    final Grid<ComplaintCard> grid = new Grid<>();

    public ClientComplaints(String clientId, ComplaintApi complaints, Api api) {
        setPadding(false);
        Button record = new Button(getTranslation("complaint.record"), e -> getUI().ifPresent(
                        ui -> ui.navigate("complaints/new", QueryParameters.of("client", clientId))));
        record.setId("client-record-complaint");
        record.addThemeVariants(ButtonVariant.PRIMARY);
        DateTimeFormatter day = Formats.shortDate(getLocale());
        grid.setId("client-complaints");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("complaint.none"));
        grid.addColumn(c -> ComplaintWords.reference(c.number()))
                .setHeader(getTranslation("complaint.number"))
                .setAutoWidth(true)
                .setKey("number");
        grid.addComponentColumn(c -> ComplaintWords.status(c.status()))
                .setHeader(getTranslation("complaint.status"))
                .setAutoWidth(true)
                .setKey("status");
        grid.addComponentColumn(c -> ComplaintWords.severity(c.severity()))
                .setHeader(getTranslation("complaint.severity"))
                .setAutoWidth(true);
        grid.addColumn(ComplaintCard::whatHappened)
                .setHeader(getTranslation("complaint.whatHappened"))
                .setFlexGrow(3);
        grid.addColumn(c -> day.format(c.receivedAt()))
                .setHeader(getTranslation("complaint.received"))
                .setAutoWidth(true);
        List<ComplaintCard> all = api.call(() -> complaints.ofClient(clientId));
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("complaints/" + e.getItem().id())));
        add(record, grid);
    }
}
