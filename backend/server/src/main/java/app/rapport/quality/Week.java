package app.rapport.quality;

import java.time.LocalDate;

/** One week of a series: the Monday it starts; events out of / per exposure; for durations their sum (days). */
record Week(LocalDate monday, long events, long exposure, double sum) {}
