/** The HTTP contract of the platform operator: tenants and their migrations. */
package app.rapport.api.operator;
