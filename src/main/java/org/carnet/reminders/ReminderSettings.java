package org.carnet.reminders;

import java.time.LocalTime;

/**
 * What the person asked to be reminded of: the daily check-in after a time of day, and the planned doses of the
 * current protocol at their times. Both are off until the person turns them on.
 */
public record ReminderSettings(boolean checkIn, LocalTime checkInTime, boolean doses) {
    public static final LocalTime DEFAULT_CHECK_IN_TIME = LocalTime.of(20, 0);
    public static final ReminderSettings OFF = new ReminderSettings(false, DEFAULT_CHECK_IN_TIME, false);

    public ReminderSettings {
        checkInTime = checkInTime == null ? DEFAULT_CHECK_IN_TIME : checkInTime.withSecond(0).withNano(0);
    }

    public boolean any() {
        return checkIn || doses;
    }
}
