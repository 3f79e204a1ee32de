/** The HTTP contract of the caller's own workspace (their tenant) as its users see it. */
package app.rapport.api.workspace;
