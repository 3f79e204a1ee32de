/** Care in the UI: "my day", closing care actions, logging touchpoints, and the team view. */
package app.rapport.ui.care;
