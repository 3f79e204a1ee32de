/** Value data in the UI: the product catalog, a client's purchases and the CSV import with its preview. */
package app.rapport.ui.purchase;
