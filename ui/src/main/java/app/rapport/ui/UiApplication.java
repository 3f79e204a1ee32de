package app.rapport.ui;

import app.rapport.ui.platform.Beans;
import app.rapport.ui.platform.security.OidcFilter;
import app.rapport.ui.platform.security.OidcSettings;
import app.rapport.ui.platform.security.SecurityHeaders;
import app.rapport.ui.survey.PublicSurveyServlet;
import io.micronaut.context.ApplicationContext;
import jakarta.servlet.DispatcherType;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.eclipse.jetty.ee11.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.webapp.Configuration;
import org.eclipse.jetty.ee11.webapp.FragmentConfiguration;
import org.eclipse.jetty.ee11.webapp.JettyWebXmlConfiguration;
import org.eclipse.jetty.ee11.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.ee11.webapp.WebInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebXmlConfiguration;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.ClassMatcher;

/**
 * Starts the Rapport web UI: Micronaut as the DI container and HTTP client of the API, Vaadin on embedded Jetty 12.1
 * (ee11), every request behind the OIDC login filter.
 */
public final class UiApplication {
    private UiApplication() {}

    public static void main(String[] args) throws Exception {
        start(Integer.parseInt(System.getenv().getOrDefault("RAPPORT_UI_PORT", "8080")))
                .join();
    }

    public static Server start(int port) throws Exception {
        exposeManifestClassPath();
        ApplicationContext context = ApplicationContext.run();
        Beans.set(context);
        Server server = new Server(
                new java.net.InetSocketAddress(System.getenv().getOrDefault("RAPPORT_UI_HOST", "127.0.0.1"), port));
        WebAppContext web = new WebAppContext();
        web.setContextPath("/");
        web.setBaseResource(web.getResourceFactory().newResource(UiApplication.class.getResource("/webapp")));
        web.setConfigurations(new Configuration[] {
            new AnnotationConfiguration(),
            new WebInfConfiguration(),
            new WebXmlConfiguration(),
            new MetaInfConfiguration(),
            new FragmentConfiguration(),
            new JettyWebXmlConfiguration()
        });
        // Vaadin finds its routes only in jars Jetty scans: ours (classes or rapport-ui*.jar) and Vaadin's own.
        web.setAttribute(
                "org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern",
                ".*/(vaadin|flow|rapport-ui)[^/]*\\.jar$|.*/classes/.*");
        web.setParentLoaderPriority(true);
        // Without this Jetty hides its own servlet classes from the app and answers 503 (STACK-NOTES §4.2).
        web.setHiddenClassMatcher(new ClassMatcher());
        OidcSettings oidc = context.getBean(OidcSettings.class);
        // The session cookie holds the login: never readable by scripts, not sent on cross-site subrequests (Lax still
        // sends it on the top-level redirect back from Keycloak), Secure when browsers come over https.
        web.getSessionHandler().setHttpOnly(true);
        web.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        web.getSessionHandler().setSecureCookies(oidc.secure());
        web.addFilter(new FilterHolder(new SecurityHeaders(oidc.secure())), "/*", EnumSet.of(DispatcherType.REQUEST));
        web.addFilter(new FilterHolder(context.getBean(OidcFilter.class)), "/*", EnumSet.of(DispatcherType.REQUEST));
        // the public survey form: plain pages without a login, beside Vaadin's servlet (a longer mapping wins)
        web.addServlet(new ServletHolder(new PublicSurveyServlet()), "/survey/*");
        JakartaWebSocketServletContainerInitializer.configure(web, null);
        server.setHandler(web);
        server.setStopAtShutdown(true);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        return server;
    }

    /**
     * Jetty looks for container jars (Vaadin's initializers and resources, our routes) in {@code java.class.path}. Under
     * {@code java -jar rapport-ui.jar} that property names the app jar alone, not the jars of its manifest's
     * {@code Class-Path}, and Jetty then serves a directory listing instead of Vaadin. Add them.
     */
    private static void exposeManifestClassPath() throws IOException, URISyntaxException {
        var location = UiApplication.class.getProtectionDomain().getCodeSource().getLocation();
        Path self = Path.of(location.toURI());
        if (!Files.isRegularFile(self)) {
            return; // run from classes: the class path is already complete
        }
        try (JarFile jar = new JarFile(self.toFile())) {
            Manifest manifest = jar.getManifest();
            String entries =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (entries == null || entries.isBlank()) {
                return;
            }
            Set<String> path = new LinkedHashSet<>(
                    Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
            for (String entry : entries.trim().split("\\s+")) {
                path.add(self.resolveSibling(entry).toString());
            }
            System.setProperty("java.class.path", String.join(File.pathSeparator, path));
        }
    }
}
