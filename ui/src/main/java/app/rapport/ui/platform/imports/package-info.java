/** The CSV import form every import shares: file, column mapping, preview with problems by line, commit. */
package app.rapport.ui.platform.imports;
