/** Sign-in through Keycloak (authorization code + PKCE), the signed-in user and the refresh of their tokens. */
package app.rapport.ui.platform.security;
