package app.rapport.ui.operator;

import app.rapport.api.operator.OperatorApi;
import app.rapport.ui.platform.api.Api;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** The link that downloads a tenant's whole data as the zip the API exports (fetched when it is clicked). */
final class TenantExport {
    private TenantExport() {}

    static Anchor link(String slug, OperatorApi operator, Api api, String label) {
        String name = "tenant-" + slug + ".zip";
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(ev -> {
                    byte[] zip = api.body(() -> operator.export(slug));
                    return new DownloadResponse(new ByteArrayInputStream(zip), name, "application/zip", zip.length);
                }),
                label);
        a.setId("export-" + slug);
        a.getElement().setAttribute("download", name);
        return a;
    }
}
