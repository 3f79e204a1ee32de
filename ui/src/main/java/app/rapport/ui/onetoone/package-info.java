/** The one-to-one record of a client in the UI: identify, differentiate, interact, customise, consumption. */
package app.rapport.ui.onetoone;
