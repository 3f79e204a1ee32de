package app.rapport.ui.platform.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The signed-in user of the current Vaadin session, with a fresh access token. */
@Singleton
public class CurrentUser {
    private final TokenService tokens;

    CurrentUser(TokenService tokens) {
        this.tokens = tokens;
    }

    public Optional<SignedInUser> get() {
        VaadinSession vs = VaadinSession.getCurrent();
        WrappedSession session = vs == null ? null : vs.getSession();
        if (session == null || !(session.getAttribute(OidcFilter.USER) instanceof SignedInUser user)) {
            return Optional.empty();
        }
        Optional<SignedInUser> fresh = tokens.fresh(user);
        fresh.filter(f -> f != user).ifPresent(f -> session.setAttribute(OidcFilter.USER, f));
        return fresh;
    }

    public SignedInUser require() {
        return get().orElseThrow(SessionExpiredException::new);
    }

    /** Signs {@code user} in for the current session (used by the login filter's tests and Karibu tests). */
    public static void signIn(WrappedSession session, SignedInUser user) {
        session.setAttribute(OidcFilter.USER, user);
    }

    /** The login has expired: the UI sends the user to sign in again. */
    public static final class SessionExpiredException extends RuntimeException {
        public SessionExpiredException() {
            super("the login has expired");
        }
    }
}
