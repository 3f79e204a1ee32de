/** Identity: who the caller is, the roles Rapport knows, and Keycloak's Admin API for tenant users. */
package app.rapport.platform.security;
