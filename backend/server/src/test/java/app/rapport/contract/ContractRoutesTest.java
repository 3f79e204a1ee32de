package app.rapport.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.benchmark.BenchmarkApi;
import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.care.CareApi;
import app.rapport.api.client.ClientsApi;
import app.rapport.api.common.BearerToken;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.onetoone.OneToOneApi;
import app.rapport.api.operator.OperatorApi;
import app.rapport.api.purchase.ProductsApi;
import app.rapport.api.purchase.PurchasesApi;
import app.rapport.api.tier.TiersApi;
import app.rapport.api.workspace.WorkspaceApi;
import app.rapport.support.ApiTest;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.micronaut.context.BeanContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed clients and the server agree on every route of the contract: each method of each client reaches a
 * route of the server (whatever the server then answers — 200, 400 for an empty body, 404 for an unknown id, 403 for
 * a role; in a tenant of its own), and never an unknown route, a wrong method or a wrong media type.
 */
class ContractRoutesTest extends ApiTest {
    static final List<Class<?>> CLIENTS = List.of(
            ClientsApi.class,
            TiersApi.class,
            PurchasesApi.class,
            ProductsApi.class,
            OneToOneApi.class,
            LifecycleApi.class,
            CareApi.class,
            BlueprintApi.class,
            BenchmarkApi.class,
            WorkspaceApi.class,
            app.rapport.api.directory.DirectoryApi.class,
            app.rapport.api.calendar.CalendarApi.class,
            app.rapport.api.complaint.ComplaintApi.class,
            app.rapport.api.complaint.DepartmentApi.class,
            app.rapport.api.sla.SlaApi.class,
            app.rapport.api.inbox.InboxApi.class,
            app.rapport.api.quality.QualityApi.class,
            app.rapport.api.survey.SurveyApi.class,
            app.rapport.api.survey.PublicSurveyApi.class,
            app.rapport.api.gaps.FiveGapsApi.class,
            OperatorApi.class);
    private static final int PORT = freePort();

    private final String slug = "contract-" + UUID.randomUUID().toString().substring(0, 6);
    private String admin;

    @Inject
    BeanContext beans;

    @BeforeAll
    void aTenantOfItsOwn() {
        ensureTenant(slug, "Contract Test", slug + ".admin@example.test");
        admin = keycloak.createUser(slug, "tenant-admin");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = super.getProperties();
        p.put("micronaut.server.port", String.valueOf(PORT));
        p.put("micronaut.http.services.rapport-api.url", "http://127.0.0.1:" + PORT);
        return p;
    }

    static Stream<Arguments> routes() {
        return CLIENTS.stream().flatMap(c -> Arrays.stream(c.getMethods())
                .filter(m -> !m.isDefault() && !Modifier.isStatic(m.getModifiers()))
                .map(m -> Arguments.of(c.getSimpleName() + "." + m.getName(), c, m)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void each_client_method_reaches_a_route_of_the_server(String name, Class<?> client, Method method) {
        String user = client == OperatorApi.class ? "operator" : admin;
        Object bean = beans.getBean(client);
        Object[] args = Arrays.stream(method.getParameters())
                .map(p -> sample(p.getType(), p.getName()))
                .toArray();
        LastAnswer.take();
        int status;
        String body;
        try {
            Object result = BearerToken.as(token(user), () -> invoke(bean, method, args));
            LastAnswer.Answer last = LastAnswer.take();
            assertNotNull(last, name + " sent no request");
            status = result instanceof HttpResponse<?> r ? r.code() : last.status();
            body = last.body();
        } catch (HttpClientResponseException e) {
            status = e.getStatus().getCode();
            body = e.getResponse().getBody(String.class).orElse("");
        }
        assertFalse(Set.of(405, 415, 500).contains(status), name + " → " + status + " " + body);
        assertFalse(body.contains("\"code\":\"unknown-route\""), name + " → no such route: " + body);
        assertNotEquals(401, status, name + " → " + body);
    }

    @Test
    void every_operations_interface_of_the_contract_is_extended_by_a_typed_client() {
        List<JavaClass> operations = new ClassFileImporter()
                .importPackages("app.rapport.api").stream()
                        .filter(c -> c.isInterface() && c.getSimpleName().endsWith("Operations"))
                        .toList();
        assertTrue(operations.size() >= 13, "found " + operations.size());
        for (JavaClass ops : operations) {
            assertTrue(
                    CLIENTS.stream().anyMatch(c -> ops.reflect().isAssignableFrom(c)),
                    ops.getSimpleName() + " has no typed client in " + CLIENTS);
        }
    }

    private static Object invoke(Object bean, Method method, Object[] args) {
        try {
            return method.invoke(bean, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value of the parameter's type that names nothing that exists (so the route answers, but changes nothing). */
    private static Object sample(Class<?> type, String name) {
        if (type == String.class) {
            return name.toLowerCase().contains("match") ? "\"0\"" : "contract-missing";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 1, 1);
        }
        if (type == Integer.class || type == int.class) {
            return 1;
        }
        if (type == Boolean.class || type == boolean.class) {
            return false;
        }
        if (type == byte[].class) {
            return new byte[0];
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class) {
            return List.of();
        }
        if (type.isRecord()) {
            return emptyRecord(type); // every field null: the server refuses it with 400, which proves the route
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    private static Object emptyRecord(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(ContractRoutesTest::zero).toArray();
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object zero(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0d;
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
