/** The admin's business calendars: opening hours per weekday, holidays and special days, per tier where they differ. */
package app.rapport.ui.calendar;
