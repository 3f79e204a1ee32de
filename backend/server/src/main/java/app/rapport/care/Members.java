package app.rapport.care;

import app.rapport.api.care.Member;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.TenantRole;
import app.rapport.platform.security.KeycloakAdmin;
import app.rapport.platform.security.Roles;
import app.rapport.platform.tenant.Tenant;
import app.rapport.platform.tenant.TenantScope;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people of the current tenant who can own clients and care actions, read from Keycloak (users carrying the
 * tenant attribute) and kept for a minute; a username not in the kept list is looked up again before it is refused.
 */
@Singleton
public class Members {
    private static final Duration KEEP = Duration.ofMinutes(1);

    private record Kept(Instant at, List<Member> members) {}

    private final KeycloakAdmin keycloak;
    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    Members(KeycloakAdmin keycloak, Clock clock) {
        this.keycloak = keycloak;
        this.clock = clock;
    }

    public List<Member> all() {
        String slug = tenant().slug();
        Kept k = kept.get(slug);
        if (k == null || k.at().plus(KEEP).isBefore(Instant.now(clock))) {
            k = load(slug);
        }
        return k.members();
    }

    /** The member with this username, or 400 on {@code field} if there is none in this tenant. */
    public Member require(String username, String field) {
        return find(username)
                .or(() -> {
                    load(tenant().slug());
                    return find(username);
                })
                .orElseThrow(() -> ProblemException.badField(field, FieldCode.NOT_A_MEMBER, "value", username));
    }

    private Optional<Member> find(String username) {
        return all().stream().filter(m -> m.username().equals(username)).findFirst();
    }

    private Kept load(String slug) {
        List<Member> members = keycloak.usersOf(slug).stream()
                .flatMap(u -> Roles.TENANT_ROLES.stream()
                        .filter(u.roles()::contains)
                        .findFirst()
                        .map(role -> new Member(u.username(), u.name(), TenantRole.valueOf(Roles.tenantRoleName(role))))
                        .stream())
                .sorted(Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        Kept k = new Kept(Instant.now(clock), members);
        kept.put(slug, k);
        return k;
    }

    private static Tenant tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("no tenant in scope"));
    }
}
