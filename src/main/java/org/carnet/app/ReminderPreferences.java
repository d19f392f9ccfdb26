package org.carnet.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.carnet.reminders.ReminderSettings;
import org.carnet.reminders.Schedule;
import org.carnet.reminders.Schedules;
import org.carnet.ui.TaskRunner;

/**
 * Applies the reminders chosen in Preferences: keeps them in the settings, then writes and enables the schedule
 * that runs {@code carnet remind} (any reminder on), or removes it (all off). Off the FX thread: systemctl may take
 * a moment.
 */
final class ReminderPreferences {
    private final AppSettings settings;
    private final TaskRunner runner;
    private final Function<Path, Schedule> schedules;

    ReminderPreferences(AppSettings settings, TaskRunner runner) {
        this(settings, runner, Schedules::forThisSystem);
    }

    ReminderPreferences(AppSettings settings, TaskRunner runner, Function<Path, Schedule> schedules) {
        this.settings = settings;
        this.runner = runner;
        this.schedules = schedules;
    }

    /** {@code done} gets the kind of schedule written, or null when it was removed. */
    void apply(ReminderSettings chosen, Path dataDir, Consumer<String> done, Consumer<Throwable> failed) {
        settings.setReminders(chosen);
        settings.setRemindersAsked(true);
        settings.save();
        runner.run(() -> {
            Schedule schedule = schedules.apply(dataDir);
            if (chosen.any()) {
                schedule.install(LaunchCommand.remind(dataDir));
                return schedule.kind();
            }
            schedule.remove();
            return "";
        }, kind -> done.accept(kind.isEmpty() ? null : kind), failed);
    }
}
