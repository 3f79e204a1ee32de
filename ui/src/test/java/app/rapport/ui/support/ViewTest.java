package app.rapport.ui.support;

import app.rapport.ui.platform.Beans;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Server-side view tests with Karibu: the UI's real Micronaut context (views are beans, as in production) with the
 * API's declarative clients replaced by in-memory ones, and a signed-in user of the chosen role.
 */
public abstract class ViewTest {
    private static final Routes ROUTES = new Routes().autoDiscoverViews("app.rapport.ui");

    /** The environment in which the in-memory fakes replace the typed clients (and only there). */
    public static final String VIEWS = "views";

    protected ApplicationContext context;
    protected InMemoryClients clients;
    protected InMemoryOperator operator;
    protected InMemoryTiers tiers;
    protected InMemoryPurchases purchases;
    protected InMemoryPurchases.Products products;
    protected InMemoryOneToOne records;
    protected InMemoryCare care;
    protected InMemoryLifecycle lifecycle;
    protected InMemoryBlueprints blueprints;
    protected InMemoryBenchmarks benchmarks;
    protected InMemoryDirectory directory;
    protected InMemoryCalendars calendars;
    protected InMemoryComplaints complaints;
    protected InMemoryDepartments departments;
    protected InMemorySla sla;
    protected InMemoryInbox inbox;
    protected InMemoryQuality quality;
    protected InMemorySurveys surveys;
    protected InMemoryFiveGaps fiveGaps;

    @BeforeEach
    void startContext() {
        context = ApplicationContext.run(Map.of("rapport.keycloak.url", "http://127.0.0.1:9"), VIEWS);
        Beans.set(context);
        clients = context.getBean(InMemoryClients.class);
        operator = context.getBean(InMemoryOperator.class);
        tiers = context.getBean(InMemoryTiers.class);
        purchases = context.getBean(InMemoryPurchases.class);
        products = context.getBean(InMemoryPurchases.Products.class);
        records = context.getBean(InMemoryOneToOne.class);
        care = context.getBean(InMemoryCare.class);
        lifecycle = context.getBean(InMemoryLifecycle.class);
        blueprints = context.getBean(InMemoryBlueprints.class);
        benchmarks = context.getBean(InMemoryBenchmarks.class);
        directory = context.getBean(InMemoryDirectory.class);
        calendars = context.getBean(InMemoryCalendars.class);
        complaints = context.getBean(InMemoryComplaints.class);
        departments = context.getBean(InMemoryDepartments.class);
        sla = context.getBean(InMemorySla.class);
        inbox = context.getBean(InMemoryInbox.class);
        quality = context.getBean(InMemoryQuality.class);
        surveys = context.getBean(InMemorySurveys.class);
        fiveGaps = context.getBean(InMemoryFiveGaps.class);
    }

    @AfterEach
    void stop() {
        MockVaadin.tearDown();
        context.close();
    }

    public static SignedInUser user(String username, String tenant, String... roles) {
        return new SignedInUser(
                username,
                username + " display",
                tenant,
                Set.of(roles),
                "access-token-of-" + username,
                Instant.now().plusSeconds(3600),
                null,
                null);
    }

    /** Opens the UI as {@code user} from a browser set to {@code browserLocale}, at the start page. */
    protected void signIn(SignedInUser user, Locale browserLocale, Cookie... cookies) {
        MockVaadin.setup(ROUTES, () -> {
            CurrentUser.signIn(VaadinSession.getCurrent().getSession(), user);
            FakeRequest request = fakeRequest();
            request.setLocaleInt(browserLocale);
            for (Cookie c : cookies) {
                request.addCookie(c);
            }
            return new MockedUI();
        });
    }

    private static FakeRequest fakeRequest() {
        ServletRequest r = ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        while (!(r instanceof FakeRequest) && r instanceof ServletRequestWrapper w) {
            r = w.getRequest();
        }
        return (FakeRequest) r;
    }

    protected void signIn(SignedInUser user) {
        signIn(user, Locale.ENGLISH);
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    protected static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
