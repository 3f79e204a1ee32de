/**
 * The tenant's business calendar and each tier's own (an override): stored as one document per calendar, checked as
 * a whole, versioned; handed to the SLA clocks as a {@link app.rapport.platform.calendar.BusinessCalendar}.
 */
package app.rapport.calendar;
