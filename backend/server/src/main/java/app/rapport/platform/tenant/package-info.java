/**
 * Tenancy: the tenant catalog in the control schema, one schema per tenant, resolving the tenant of a request from
 * its verified token, pointing pooled connections at the tenant's schema, provisioning and the migration job. This is
 * the only package that touches connections and schema switching.
 */
package app.rapport.platform.tenant;
