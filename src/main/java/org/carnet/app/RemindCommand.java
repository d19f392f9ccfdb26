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
    /** The command line's language (--lang, else the window's choice, else the system's): what the command says. */
    private final Messages words;

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
        this(out, err, clock, journal, notifier, schedules, launcher, clickWait,
                new Messages(org.carnet.ui.Language.ENGLISH));
    }

    RemindCommand(PrintStream out, PrintStream err, Clock clock, CliJournal journal, DesktopNotifier notifier,
                  java.util.function.Function<Path, Schedule> schedules,
                  java.util.function.Consumer<List<String>> launcher, java.time.Duration clickWait, Messages words) {
        this.words = words;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.journal = journal;
        this.notifier = notifier;
        this.schedules = schedules;
        this.launcher = launcher;
        this.clickWait = clickWait;
    }

    static RemindCommand forThisSystem(PrintStream out, PrintStream err, Clock clock, CliJournal journal,
                                       Messages words) {
        return new RemindCommand(out, err, clock, journal, DesktopNotifier.forThisSystem(), Schedules::forThisSystem,
                LaunchCommand::startDetached, DesktopNotifier.CLICK_WAIT, words);
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
                        return action.equals(arg) ? usage("cli.usage.twice", "remind", arg)
                                : usage("cli.remind.together", action, arg);
                    }
                    action = arg;
                }
                case "--at", "--every" -> {
                    if (i + 1 >= args.size()) {
                        return usage("cli.usage.needsValue", "remind", arg);
                    }
                    String value = args.get(++i);
                    try {
                        if (arg.equals("--at")) {
                            at = LocalDateTime.parse(value);
                        } else {
                            every = Integer.parseInt(value);
                            if (every < 1 || every > 24 * 60) {
                                return usage("cli.remind.everyRange", value);
                            }
                        }
                    } catch (DateTimeParseException | NumberFormatException e) {
                        return usage(arg.equals("--at") ? "cli.remind.at" : "cli.remind.every", value);
                    }
                }
                default -> {
                    return usage("cli.usage.unexpected", "remind", arg);
                }
            }
        }
        if (action != null && (at != null || dryRun || every != null)) {
            return usage("cli.remind.alone", action);
        }
        if (action != null) {
            return schedule(dataDir, action);
        }
        if (every != null) {
            return watch(dataDir, every, dryRun);
        }
        return check(dataDir, at == null ? LocalDateTime.now(clock) : at, dryRun);
    }

    /** A usage error in the person's words ({@code key} and its values), then how the command is typed. */
    private int usage(String key, Object... args) {
        err.println("carnet: " + words.get(key, args));
        err.println(words.get("cli.remind.usage", USAGE));
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
            out.println(words.get("cli.remind.off"));
            return Cli.OK;
        }
        Messages notificationWords = new Messages(settings.language());
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
            out.println(words.get("cli.remind.nothingDue", now.toLocalTime().toString()));
        }
        List<Notification> notifications = new ArrayList<>();
        for (Due item : fresh) {
            Notification notification = ReminderWords.notification(item, notificationWords, locked);
            out.println(words.get("cli.remind.due", notification.summary()
                    + (notification.body().isEmpty() ? "" : " — " + notification.body())));
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
                        err.println("carnet: " + words.get("cli.remind.notShown"));
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
                out.println(words.of("cli.remind.clicked", target));
                launcher.accept(LaunchCommand.open(dataDir, target));
            }
        }
        if (fresh.size() < due.size()) {
            out.println(words.get("cli.remind.alreadyShown", due.size() - fresh.size()));
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
        String kind = words.get("cli.remind.kind." + schedule.kind());
        try {
            switch (action) {
                case "--install" -> {
                    List<Path> files = schedule.install(LaunchCommand.remind(dataDir));
                    out.println(words.get("cli.remind.installed", kind, files.toString()));
                }
                case "--remove" -> {
                    schedule.remove();
                    out.println(words.get("cli.remind.removed", kind));
                }
                default -> out.println(words.get(schedule.installed() ? "cli.remind.scheduled" : "cli.remind.none",
                        kind));
            }
            return Cli.OK;
        } catch (Schedule.ScheduleException e) {
            java.util.logging.Logger.getLogger(RemindCommand.class.getName())
                    .log(java.util.logging.Level.WARNING, "Reminder schedule " + action + " failed", e);
            err.println("carnet: " + words.get("cli.remind.failed."
                    + e.problem().name().toLowerCase(java.util.Locale.ROOT), e.detail()));
            return Cli.FAILED;
        }
    }
}
