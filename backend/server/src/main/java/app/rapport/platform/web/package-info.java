/** Web conventions: every error as an RFC 9457 problem document naming the offending fields. */
package app.rapport.platform.web;
