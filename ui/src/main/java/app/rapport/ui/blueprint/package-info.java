/** Service blueprints in the UI: the list, the editor of a draft, the diagram with its performance overlay. */
package app.rapport.ui.blueprint;
