package app.rapport.ui.onetoone;

import app.rapport.api.client.ClientKind;
import app.rapport.api.client.ClientView;
import app.rapport.api.onetoone.OneToOneApi;
import app.rapport.api.onetoone.PersonalData;
import app.rapport.ui.platform.Beans;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Tenant admins exercise the client's rights: export what Rapport holds (text and JSON), erase a person. */
public class PersonalDataPanel extends VerticalLayout {
    final Button export = new Button();
    final Button erase = new Button();
    final Pre text = new Pre();
    final HorizontalLayout downloads = new HorizontalLayout();

    public PersonalDataPanel(ClientView client, OneToOneApi records, Api api, Runnable erased) {
        String clientId = client.id();
        boolean person = client.kind() == ClientKind.PERSON;
        setPadding(false);
        export.setText(getTranslation("privacy.export"));
        export.setId("privacy-export");
        export.addClickListener(e -> {
            String readable = api.body(
                    () -> records.personalDataText(clientId, getLocale().toLanguageTag(), null));
            String json = json(api.body(() -> records.personalData(clientId)));
            text.setText(readable);
            downloads.removeAll();
            downloads.add(download(readable, "client-" + clientId + ".txt", "text/plain", "text"));
            downloads.add(download(json, "client-" + clientId + ".json", "application/json", "json"));
        });
        erase.setText(getTranslation("privacy.erase"));
        erase.setId("privacy-erase");
        erase.addThemeVariants(ButtonVariant.ERROR);
        erase.setEnabled(person && client.erasedAt() == null);
        erase.addClickListener(e -> {
            Confirm.before(getTranslation("privacy.erase"), client.name(), getTranslation("privacy.erase.text"), () -> {
                try {
                    api.body(() -> records.erase(clientId));
                    erase.setEnabled(false);
                    Notices.success(getTranslation("privacy.erased"));
                    erased.run();
                } catch (ApiProblem p) {
                    Notices.problem(p);
                }
            });
        });
        text.setId("privacy-text");
        text.getStyle().set("max-height", "24em").set("overflow", "auto");
        add(
                new Paragraph(
                        client.erasedAt() != null
                                ? getTranslation(
                                        "privacy.erasedOn",
                                        Formats.shortDate(getLocale()).format(client.erasedAt()))
                                : getTranslation(person ? "privacy.help" : "privacy.help.organisation")),
                new HorizontalLayout(export, erase),
                downloads,
                text);
    }

    private Anchor download(String content, String name, String type, String format) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(
                        ev -> new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length)),
                getTranslation("privacy.download." + format));
        a.setId("privacy-download-" + format);
        a.getElement().setAttribute("download", name);
        return a;
    }

    /** The export as the API sent it (sections with nothing in them left out), for saving as a file. */
    private static String json(PersonalData data) {
        try {
            return Beans.context().getBean(JsonMapper.class).writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
