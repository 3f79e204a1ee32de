package app.rapport.ui.platform.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every UI answer carries. The content security policy is the strictest one Vaadin's pre-compiled bundle
 * runs with: Flow starts its client engine from an inline script and builds functions from the expressions the server
 * sends ({@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts, inline styles), everything else from our own
 * origin only; charts and diagrams are inline SVG or {@code data:}/{@code blob:} images; no framing, no plugins.
 * Pages and their requests are not stored ({@code Cache-Control: no-store}); only the static bundle is.
 */
public final class SecurityHeaders implements Filter {
    static final String POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Every answer's headers; over https also Strict-Transport-Security. */
    private final Map<String, String> headers;

    public SecurityHeaders(boolean secure) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "same-origin");
        h.put("X-Frame-Options", "DENY");
        h.put("Content-Security-Policy", POLICY);
        if (secure) {
            h.put("Strict-Transport-Security", "max-age=31536000");
        }
        headers = Map.copyOf(h);
    }

    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String NO_STORE = "no-store";

    /** The answer must not be kept by the browser (nor restored by its back button). */
    static void noStore(HttpServletResponse response) {
        response.setHeader(CACHE_CONTROL, NO_STORE);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) res;
        headers.forEach(response::setHeader);
        String path = ((jakarta.servlet.http.HttpServletRequest) req).getRequestURI();
        if (!path.startsWith("/VAADIN/") && !path.startsWith("/icons/")) {
            // pages are never kept: the back button after signing out asks again, and lands on the login page
            SecurityHeaders.noStore(response);
        }
        chain.doFilter(req, res);
    }
}
