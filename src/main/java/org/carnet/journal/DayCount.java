package org.carnet.journal;

import java.time.LocalDate;

/** How many days the journal holds (with a check-in or an episode) and the latest of them (null when none). */
public record DayCount(int days, LocalDate latest) {
}
