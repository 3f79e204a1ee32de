/** The HTTP contract of the client list: filters, columns, saved views and actions on a selection. */
package app.rapport.api.directory;
