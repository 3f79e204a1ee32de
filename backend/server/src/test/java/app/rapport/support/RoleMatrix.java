package app.rapport.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The identities of a role matrix and the status each must get from an endpoint. */
public final class RoleMatrix {
    public static final String ANON = "anonymous";
    public static final List<String> IDENTITIES =
            List.of(ANON, "operator", "harbour.admin", "harbour.manager", "harbour.staff");

    private RoleMatrix() {}

    /** An endpoint ("METHOD /path") and the status for: nobody, the operator, a tenant admin, a manager, staff. */
    public record Endpoint(String name, int anonymous, int operator, int admin, int manager, int staff) {
        int expected(String user) {
            return switch (user) {
                case ANON -> anonymous;
                case "operator" -> operator;
                case "harbour.admin" -> admin;
                case "harbour.manager" -> manager;
                default -> staff;
            };
        }
    }

    /** One row per endpoint and identity: (endpoint, identity, expected status). */
    public static Stream<Arguments> rows(List<Endpoint> endpoints) {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (String user : IDENTITIES) {
                rows.add(Arguments.of(e.name(), user, e.expected(user)));
            }
        }
        return rows.stream();
    }

    /** The identity to send as: null for nobody. */
    public static String as(String identity) {
        return ANON.equals(identity) ? null : identity;
    }
}
