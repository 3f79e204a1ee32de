/** The HTTP contract of value data: the tenant's product catalog, clients' purchases and CSV imports. */
package app.rapport.api.purchase;
