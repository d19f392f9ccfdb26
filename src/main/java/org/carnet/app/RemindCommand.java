package org.carnet.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.carnet.core.JournalLockedException;
import org.carnet.core.StorageException;
import org.carnet.reminders.DesktopNotifier;
import org.carnet.reminders.Due;
import org.carnet.reminders.Notification;
import org.carnet.reminders.ReminderSettings;
import org.carnet.reminders.ReminderState;
import org.carnet.reminders.Reminders;
import org.carnet.reminders.Schedule;
import org.carnet.reminders.Schedules;
import org.carnet.storage.Database;
import org.carnet.reminders.ui.ReminderWords;
import org.carnet.ui.Messages;

/**
 * {@code carnet remind}: what is due now of the reminders asked for in Preferences, shown as desktop
 * notifications, each once a day. A journal with a password is not opened: the command knows only the day of the
 * last check-in (kept beside it by the app) and says nothing but "Carnet: today's check-in". Neither is a journal
 * open in a window (it is locked): the same check-in reminder is then all it can give.
 */
final class RemindCommand {
    static final String USAGE = "remind [--at YYYY-MM-DDTHH:MM] [--dry-run] [--every MINUTES] "
            + "| remind --install | --remove | --status";
    /** Something was due and the notification could not be shown. */
    static final int NOT_SHOWN = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final CliJournal journal;
    private final DesktopNotifier notifier;
    private final java.util.function.Function<Path, Schedule> schedules;
    private final java.util.function.Consumer<List<String>> launcher;
    private final java.time.Duration clickWait;

    RemindCommand(PrintStream out, PrintStream err, Clock clock, CliJournal journal, DesktopNotifier notifier,
                  java.util.function.Function<Path, Schedule> schedules) {
        this(out, err, clock, journal, notifier, schedules, LaunchCommand::startDetached,
                DesktopNotifier.CLICK_WAIT);
    }

    /**
     * {@code launcher} starts the command a click on a notification gives (the window on its page); {@code clickWait}
     * bounds the wait for that click.
     */
    RemindCommand(PrintStream out, PrintStream err, Clock clock, CliJournal journal, DesktopNotifier notifier,
                  java.util.function.Function<Path, Schedule> schedules,
                  java.util.function.Consumer<List<String>> launcher, java.time.Duration clickWait) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.journal = journal;
        this.notifier = notifier;
        this.schedules = schedules;
        this.launcher = launcher;
        this.clickWait = clickWait;
    }

    static RemindCommand forThisSystem(PrintStream out, PrintStream err, Clock clock, CliJournal journal) {
        return new RemindCommand(out, err, clock, journal, DesktopNotifier.forThisSystem(), Schedules::forThisSystem);
    }

    int run(Path dataDir, List<String> args) {
        LocalDateTime at = null;
        boolean dryRun = false;
        Integer every = null;
        String action = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--dry-run" -> dryRun = true;
                case "--install", "--remove", "--status" -> {
                    if (action != null) {
                        return usage(action.equals(arg) ? arg + " is given twice"
                                : action + " and " + arg + " do not go together: give one of them");
                    }
                    action = arg;
                }
                case "--at", "--every" -> {
                    if (i + 1 >= args.size()) {
                        return usage(arg + " needs a value");
                    }
                    String value = args.get(++i);
                    try {
                        if (arg.equals("--at")) {
                            at = LocalDateTime.parse(value);
                        } else {
                            every = Integer.parseInt(value);
                            if (every < 1 || every > 24 * 60) {
                                return usage("--every takes minutes from 1 to 1440, got: " + value);
                            }
                        }
                    } catch (DateTimeParseException | NumberFormatException e) {
                        return usage(arg.equals("--at") ? "--at takes a date and time, for example "
                                + "2026-04-02T21:30, got: " + value : "--every takes minutes, got: " + value);
                    }
                }
                default -> {
                    return usage("unknown argument for remind: " + arg);
                }
            }
        }
        if (action != null && (at != null || dryRun || every != null)) {
            return usage(action + " goes alone, without --at, --dry-run or --every");
        }
        if (action != null) {
            return schedule(dataDir, action);
        }
        if (every != null) {
            return watch(dataDir, every, dryRun);
        }
        return check(dataDir, at == null ? LocalDateTime.now(clock) : at, dryRun);
    }

    private int usage(String problem) {
        err.println("carnet: " + problem);
        err.println("Usage: carnet " + USAGE);
        return Cli.USAGE;
    }

    /** Checks now, then every {@code minutes}, until the process is stopped (the XDG autostart way). */
    private int watch(Path dataDir, int minutes, boolean dryRun) {
        while (!Thread.currentThread().isInterrupted()) {
            check(dataDir, LocalDateTime.now(clock), dryRun);
            try {
                Thread.sleep(minutes * 60_000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Cli.OK;
    }

    int check(Path dataDir, LocalDateTime now, boolean dryRun) {
        AppSettings settings = AppSettings.load(dataDir);
        ReminderSettings asked = settings.reminders();
        if (!asked.any()) {
            out.println("Reminders are off (File › Preferences in the window turns them on).");
            return Cli.OK;
        }
        Messages words = new Messages(settings.language());
        ReminderState state = ReminderState.load(dataDir);
        List<Due> due;
        boolean locked = Database.isEncrypted(dataDir);
        if (locked) {
            due = checkInFromState(now, asked, state);
        } else {
            Logging.toDataFolder(dataDir);
            Clock at = Clock.fixed(now.atZone(clock.getZone()).toInstant(), clock.getZone());
            try (Services services = new CliJournal(at, null, CliJournal.CONSOLE).open(dataDir)) {
                due = services.reminders().due(now, asked);
            } catch (JournalLockedException e) {
                locked = true;
                due = checkInFromState(now, asked, state);
            } catch (StorageException e) {
                err.println(journal.describe(dataDir, e));
                return Cli.FAILED;
            }
        }
        int code = Cli.OK;
        List<Due> fresh = new ArrayList<>(due.stream().filter(d -> dryRun || !state.shown(now.toLocalDate(), d.key()))
                .toList());
        if (due.isEmpty()) {
            out.println("Nothing due at " + now.toLocalTime() + ".");
        }
        List<Notification> notifications = new ArrayList<>();
        for (Due item : fresh) {
            Notification notification = ReminderWords.notification(item, words, locked);
            out.println("Due: " + notification.summary()
                    + (notification.body().isEmpty() ? "" : " — " + notification.body()));
            notifications.add(notification);
        }
        if (!dryRun && !fresh.isEmpty()) {
            boolean[] allShown = {true};
            // Marked and saved before the wait for a click: the app may save a check-in meanwhile.
            DesktopNotifier.Delivery delivery = notifier.deliver(notifications, clickWait, shown -> {
                for (int i = 0; i < fresh.size(); i++) {
                    if (shown.get(i)) {
                        state.markShown(now.toLocalDate(), fresh.get(i).key());
                    } else {
                        err.println("carnet: the notification could not be shown (no notification service "
                                + "answered).");
                        allShown[0] = false;
                    }
                }
                state.save();
            });
            if (!allShown[0]) {
                code = NOT_SHOWN;
            }
            if (delivery.clicked().isPresent()) {
                OpenRequest.Target target = OpenRequest.Target.of(fresh.get(delivery.clicked().getAsInt()));
                out.println("Clicked: opening Carnet on " + target.word() + ".");
                launcher.accept(LaunchCommand.open(dataDir, target));
            }
        }
        if (fresh.size() < due.size()) {
            out.println((due.size() - fresh.size()) + " reminder(s) already shown today.");
        }
        return code;
    }

    private static List<Due> checkInFromState(LocalDateTime now, ReminderSettings asked, ReminderState state) {
        boolean done = state.lastCheckIn().map(day -> !day.isBefore(now.toLocalDate())).orElse(false);
        return Reminders.due(now, new ReminderSettings(asked.checkIn(), asked.checkInTime(), false),
                Reminders.Logged.checkInOnly(done));
    }

    private int schedule(Path dataDir, String action) {
        Schedule schedule = schedules.apply(dataDir);
        try {
            switch (action) {
                case "--install" -> {
                    List<Path> files = schedule.install(LaunchCommand.remind(dataDir));
                    out.println("Reminders scheduled (" + schedule.kind() + "): " + files);
                }
                case "--remove" -> {
                    schedule.remove();
                    out.println("Reminder schedule removed (" + schedule.kind() + ").");
                }
                default -> out.println(schedule.installed()
                        ? "Reminders are scheduled (" + schedule.kind() + ")."
                        : "No reminder schedule (" + schedule.kind() + " would be used).");
            }
            return Cli.OK;
        } catch (Schedule.ScheduleException e) {
            err.println("carnet: " + e.getMessage());
            return Cli.FAILED;
        }
    }
}
