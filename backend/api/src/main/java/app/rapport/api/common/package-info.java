/** Shapes shared by every part of the API: pages and problem documents. */
package app.rapport.api.common;
