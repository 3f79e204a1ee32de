/**
 * Business time on {@code java.time}: a calendar of open slots per weekday in a time zone, with holidays and special
 * days, that adds business time to an instant and measures the business time between two instants, minus pauses.
 */
package app.rapport.platform.calendar;
