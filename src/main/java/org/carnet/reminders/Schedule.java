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

    /**
     * What it is, as a code ({@code systemdTimer}, {@code xdgAutostart}, {@code launchAgent}, {@code windowsTask}):
     * the command line puts it in the person's words ({@code cli.remind.kind.<code>}).
     */
    String kind();

    /** Writes and enables the schedule running {@code command}; the files written. Throws ScheduleException. */
    List<Path> install(List<String> command);

    /** Disables and deletes it; nothing happens when there is none. Throws ScheduleException. */
    void remove();

    boolean installed();

    /** Not written, enabled or removed: the files could not be written or the system refused. */
    final class ScheduleException extends RuntimeException {
        /** What failed, for the words: a file not written, a file not deleted, a system command that refused. */
        public enum Problem { WRITE, DELETE, COMMAND }

        private final Problem problem;
        private final String detail;

        /** {@code detail}: the file, or the command with its exit code, as the words show it. */
        public ScheduleException(Problem problem, String detail, Throwable cause) {
            super(problem + ": " + detail, cause);
            this.problem = problem;
            this.detail = detail;
        }

        public Problem problem() {
            return problem;
        }

        public String detail() {
            return detail;
        }
    }
}
