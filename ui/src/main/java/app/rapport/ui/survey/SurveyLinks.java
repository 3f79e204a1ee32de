package app.rapport.ui.survey;

import app.rapport.ui.platform.security.OidcSettings;
import io.nayuki.qrcodegen.QrCode;
import jakarta.inject.Singleton;

/**
 * Where a survey's public form lives ({@code <the UI's public address>/survey/<token>}) and its QR code, drawn as SVG
 * on the server: black modules on white with the quiet zone the standard asks for, readable by a phone's camera.
 */
@Singleton
public class SurveyLinks {
    private final String publicUrl;

    SurveyLinks(OidcSettings settings) {
        this.publicUrl = settings.publicUrl();
    }

    public String url(String token) {
        return publicUrl + PublicSurveyServlet.PATH + token;
    }

    /** The QR code of {@code text} as an SVG element of {@code size} pixels, labelled for screen readers. */
    public static String qrSvg(String text, int size, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int border = 4;
        int n = qr.size + 2 * border;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + border)
                            .append(',')
                            .append(y + border)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + SurveyPage.esc(label)
                + "\" width=\"" + size + "\" height=\"" + size + "\" viewBox=\"0 0 " + n + " " + n
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
    }
}
