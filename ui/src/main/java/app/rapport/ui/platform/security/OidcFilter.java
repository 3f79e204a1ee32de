package app.rapport.ui.platform.security;

import app.rapport.ui.platform.i18n.LocalePreference;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenID Connect login for the whole UI with the Nimbus OAuth 2.0 SDK: authorization code + PKCE against Keycloak,
 * the ID token validated (signature by JWKS, issuer, audience, nonce), tokens kept in the server-side session and
 * never sent to the browser. {@code /logout} ends the Keycloak session too.
 */
@Singleton
public final class OidcFilter implements Filter {
    static final String USER = SignedInUser.class.getName();
    private static final String PENDING = OidcFilter.class.getName() + ".pending";
    private static final String CALLBACK = "/login/callback";
    private static final String SIGN_IN_AGAIN = "/signin";
    private static final Logger LOG = LoggerFactory.getLogger(OidcFilter.class);

    private final OidcSettings settings;
    private final TokenService tokens;
    private volatile IDTokenValidator validator;

    OidcFilter(OidcSettings settings, TokenService tokens) {
        this.settings = settings;
        this.tokens = tokens;
    }

    private record Pending(State state, Nonce nonce, CodeVerifier verifier, String target) implements Serializable {}

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI();
        if (isPublic(path)) {
            chain.doFilter(req, res);
            return;
        }
        if (path.equals(CALLBACK)) {
            callback(request, response);
            return;
        }
        if (path.equals("/logout")) {
            logout(request, response);
            return;
        }
        if (path.equals(SIGN_IN_AGAIN)) {
            signInAgain(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(USER) != null) {
            chain.doFilter(req, res);
            return;
        }
        String vaadinRequest = request.getParameter("v-r");
        if (vaadinRequest != null) {
            sessionGone(vaadinRequest, response);
            return;
        }
        login(
                request,
                response,
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
    }

    /**
     * A Vaadin request of a page whose session is gone (expired, signed out in another tab, the back button after
     * signing out). The client engine is told in its own terms, so that it reloads the page — which comes here again as
     * a page request and goes to the login page, and from there back to that page: a UIDL request gets Vaadin's
     * "session expired" answer, a heartbeat 410 Gone; anything else 401.
     */
    private static void sessionGone(String vaadinRequest, HttpServletResponse response) throws IOException {
        SecurityHeaders.noStore(response);
        switch (vaadinRequest) {
            case "uidl" -> {
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("application/json; charset=UTF-8");
                response.getWriter().write(com.vaadin.flow.server.VaadinService.createSessionExpiredJSON(false));
            }
            case "heartbeat" -> response.sendError(HttpServletResponse.SC_GONE);
            default -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }

    /**
     * The sign-in has run out while the page was open (the tokens could not be refreshed): forget it and go through the
     * login page back to {@code to}, a path of this UI (anything else goes to the start page).
     */
    private void signInAgain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String to = request.getParameter("to");
        boolean local = to != null
                && to.startsWith("/")
                && !to.startsWith("//")
                && !to.contains("\\")
                && to.chars().noneMatch(c -> c < 0x20);
        login(request, response, local ? to : "/");
    }

    /** Where a page whose sign-in ran out sends the browser to sign in again and come back to {@code path}. */
    public static String signInAgainTo(String path) {
        return SIGN_IN_AGAIN + "?to=" + java.net.URLEncoder.encode("/" + path, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isPublic(String path) {
        return path.startsWith("/VAADIN/")
                // the public survey form: its token is its key (the API checks it and limits the rate)
                || path.startsWith("/survey/")
                || path.equals("/favicon.ico")
                || path.startsWith("/icons/")
                || path.equals("/sw.js")
                || path.equals("/manifest.webmanifest")
                || path.equals("/offline.html")
                || path.equals("/sw-runtime-resources-precache.js");
    }

    private void login(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        SecurityHeaders.noStore(response);
        request.getSession(true).setAttribute(PENDING, new Pending(state, nonce, verifier, target));
        String locale =
                LocalePreference.of(new VaadinServletRequest(request, null)).toLanguageTag();
        AuthenticationRequest auth = new AuthenticationRequest.Builder(
                        new ResponseType(ResponseType.Value.CODE),
                        new Scope("openid", "profile", "email"),
                        new ClientID(settings.clientId()),
                        settings.callback())
                .endpointURI(settings.endpoint("auth"))
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .customParameter("ui_locales", locale)
                .build();
        response.sendRedirect(auth.toURI().toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (pending == null) {
            response.sendRedirect("/");
            return;
        }
        try {
            AuthenticationResponse auth = AuthenticationResponseParser.parse(
                    URI.create(request.getRequestURL() + "?" + request.getQueryString()));
            if (!auth.indicatesSuccess() || !pending.state().equals(auth.getState())) {
                LOG.warn(
                        "login refused: {}",
                        auth.indicatesSuccess()
                                ? "state mismatch"
                                : auth.toErrorResponse().getErrorObject());
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "login was refused");
                return;
            }
            TokenRequest tokenRequest = new TokenRequest(
                    settings.endpoint("token"),
                    new ClientID(settings.clientId()),
                    new AuthorizationCodeGrant(
                            auth.toSuccessResponse().getAuthorizationCode(), settings.callback(), pending.verifier()));
            TokenResponse tokenResponse =
                    OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send());
            if (!tokenResponse.indicatesSuccess()) {
                LOG.warn(
                        "token exchange failed: {}",
                        tokenResponse.toErrorResponse().getErrorObject());
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "login failed");
                return;
            }
            OIDCTokens t = ((OIDCTokenResponse) tokenResponse.toSuccessResponse()).getOIDCTokens();
            JWTClaimsSet claims =
                    validator().validate(t.getIDToken(), pending.nonce()).toJWTClaimsSet();
            SignedInUser user = new SignedInUser(
                    claims.getStringClaim("preferred_username"),
                    claims.getStringClaim("name") == null
                            ? claims.getStringClaim("preferred_username")
                            : claims.getStringClaim("name"),
                    claims.getStringClaim("tenant"),
                    roles(claims),
                    t.getAccessToken().getValue(),
                    Instant.now().plusSeconds(t.getAccessToken().getLifetime()),
                    t.getRefreshToken() == null ? null : t.getRefreshToken().getValue(),
                    t.getIDTokenString());
            session.removeAttribute(PENDING);
            request.changeSessionId(); // no session fixation
            request.getSession().setAttribute(USER, user);
            response.sendRedirect(pending.target().startsWith("/") ? pending.target() : "/");
        } catch (Exception e) {
            LOG.warn("login failed", e);
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "login failed");
        }
    }

    private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        SignedInUser user = session == null ? null : (SignedInUser) session.getAttribute(USER);
        if (session != null) {
            session.invalidate();
        }
        if (user == null) {
            response.sendRedirect("/");
            return;
        }
        try {
            var idToken = com.nimbusds.jwt.JWTParser.parse(user.idToken());
            response.sendRedirect(
                    new LogoutRequest(settings.endpoint("logout"), idToken, settings.afterLogout(), new State())
                            .toURI()
                            .toString());
        } catch (java.text.ParseException e) {
            response.sendRedirect("/");
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> roles(JWTClaimsSet claims) throws java.text.ParseException {
        List<String> list = claims.getStringListClaim("roles");
        return list == null ? Set.of() : Set.copyOf(new HashSet<>(list));
    }

    private IDTokenValidator validator() throws java.net.MalformedURLException {
        if (validator == null) {
            validator = new IDTokenValidator(
                    new Issuer(settings.issuer()),
                    new ClientID(settings.clientId()),
                    JWSAlgorithm.RS256,
                    settings.endpoint("certs").toURL());
        }
        return validator;
    }
}
