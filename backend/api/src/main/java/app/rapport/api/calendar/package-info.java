/** The HTTP contract of business calendars: when the tenant (or a tier's service) is open, holidays, special days. */
package app.rapport.api.calendar;
