package app.rapport.complaint;

import app.rapport.calendar.CalendarChanged;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * A business calendar changed: every complaint being measured is looked at by the next minute's scan, which writes its
 * deadlines again by the calendar as it is now (a holiday added moves them later; opening hours cut, earlier).
 */
@Singleton
class RecheckDeadlines {
    private final ComplaintDue due;

    RecheckDeadlines(ComplaintDue due) {
        this.due = due;
    }

    @EventListener
    void onCalendarChanged(CalendarChanged event) {
        due.recheckAll(event.at());
    }
}
