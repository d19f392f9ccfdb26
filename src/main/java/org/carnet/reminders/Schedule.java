package org.carnet.reminders;

import java.nio.file.Path;
import java.util.List;

/**
 * A per-user schedule that runs {@code carnet remind} while the window is closed. Writing it needs no
 * administrator rights; removing it leaves nothing behind.
 */
public interface Schedule {
    /** Every 15 minutes: a reminder is at most this late. */
    int EVERY_MINUTES = 15;

    /** What it is, for the person and the logs ("systemd user timer", "XDG autostart"…). */
    String kind();

    /** Writes and enables the schedule running {@code command}; the files written. Throws ScheduleException. */
    List<Path> install(List<String> command);

    /** Disables and deletes it; nothing happens when there is none. Throws ScheduleException. */
    void remove();

    boolean installed();

    /** Not written, enabled or removed: the files could not be written or the system refused. */
    final class ScheduleException extends RuntimeException {
        public ScheduleException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
