/** Cross-cutting code every feature relies on: tenancy, security, web conventions, audit. */
package app.rapport.platform;
