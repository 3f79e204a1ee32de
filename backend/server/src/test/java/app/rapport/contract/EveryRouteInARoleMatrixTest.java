package app.rapport.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every route of the contract has a row in some feature's role matrix: what each role may do with it is stated and
 * tested against the real server and identity provider. A new route without a row fails here.
 */
class EveryRouteInARoleMatrixTest {

    @Test
    void every_route_of_the_contract_is_in_a_role_matrix() throws Exception {
        Set<String> tested = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().importPackages("app.rapport")) {
            if (!c.isAssignableTo(RoleMatrixTest.class)
                    || c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
                continue;
            }
            for (Field f : c.reflect().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && List.class.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    for (Object o : (List<?>) f.get(null)) {
                        if (o instanceof Endpoint e) {
                            tested.add(normal(e.name()));
                        }
                    }
                }
            }
        }
        Set<String> routes = new TreeSet<>();
        for (Class<?> client : ContractRoutesTest.CLIENTS) {
            String base = client.getAnnotation(Client.class).path().replaceFirst("^/api/v1", "");
            for (Method m : client.getMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    String verb = a.annotationType().getSimpleName().toUpperCase();
                    String path =
                            switch (a) {
                                case Get g -> g.value().isEmpty() ? g.uri() : g.value();
                                case Post p -> p.value().isEmpty() ? p.uri() : p.value();
                                case Put p -> p.value().isEmpty() ? p.uri() : p.value();
                                case Delete d -> d.value().isEmpty() ? d.uri() : d.value();
                                case Patch p -> p.value().isEmpty() ? p.uri() : p.value();
                                default -> null;
                            };
                    if (path != null) {
                        routes.add(normal(verb + " " + base + path));
                    }
                }
            }
        }
        Set<String> missing =
                routes.stream().filter(r -> !tested.contains(r)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, routes.size() + " routes, " + tested.size() + " rows");
    }

    /** {@code GET /clients/{clientId}/facts?x=1} and {@code GET /clients/{id}/facts} are the same route. */
    private static String normal(String endpoint) {
        return endpoint.replaceAll("\\?.*$", "").replaceAll("\\{[^}]*}", "{}").replaceAll("/$", "");
    }
}
