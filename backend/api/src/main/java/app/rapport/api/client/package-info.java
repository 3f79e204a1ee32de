/** The HTTP contract of clients and their contacts. */
package app.rapport.api.client;
