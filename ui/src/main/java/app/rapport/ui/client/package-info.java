/** The clients screens: the searchable list, and one client's record with its contacts. */
package app.rapport.ui.client;
