/** How the UI is wired: Micronaut beans become Vaadin views and components through our instantiator. */
package app.rapport.ui.platform;
