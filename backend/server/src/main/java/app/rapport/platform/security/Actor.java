package app.rapport.platform.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

/** The name of the person behind the current request, for audit records and created-by/updated-by columns. */
@Singleton
public class Actor {
    private final SecurityService security;

    Actor(SecurityService security) {
        this.security = security;
    }

    public String name() {
        return security.getAuthentication().map(Authentication::getName).orElse("system");
    }
}
