package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.LogManager;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.journal.CheckIn;
import org.carnet.reminders.DesktopNotifier;
import org.carnet.reminders.ReminderSettings;
import org.carnet.reminders.XdgAutostart;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.carnet.ui.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carnet remind} on a real journal, with a clock and a notifier that records what it is asked to show. */
class RemindCommandTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 2);

    @TempDir
    Path dataDir;
    @TempDir
    Path config;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final List<List<String>> shown = new ArrayList<>();
    private boolean notificationServiceAnswers = true;
    /** The lines a fake D-Bus monitor gives, after the Notify replies "(uint32 7,)", "(uint32 8,)"…; null: none. */
    private List<String> monitorLines;
    private final List<List<String>> launched = new ArrayList<>();

    @AfterEach
    void closeTheLogFile() {
        LogManager.getLogManager().reset();
    }

    private static Clock clockAt(LocalDateTime time) {
        return Clock.fixed(time.atZone(ZONE).toInstant(), ZONE);
    }

    private int remind(LocalDateTime now, String... args) {
        Clock clock = clockAt(now);
        int[] nextId = {7};
        DesktopNotifier notifier = new DesktopNotifier(new org.carnet.reminders.CommandRunner() {
            @Override
            public int run(List<String> command, java.util.Map<String, String> env) {
                shown.add(command);
                return notificationServiceAnswers ? 0 : 1;
            }

            @Override
            public java.util.Optional<String> output(List<String> command, java.util.Map<String, String> env,
                                                     java.time.Duration timeout) {
                return run(command, env) == 0 ? java.util.Optional.of("(uint32 " + nextId[0]++ + ",)")
                        : java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Lines> watch(List<String> command, java.util.Map<String, String> env) {
                if (monitorLines == null) {
                    return java.util.Optional.empty();
                }
                java.util.Iterator<String> lines = monitorLines.iterator();
                return java.util.Optional.of(new Lines() {
                    @Override
                    public String next(java.time.Duration wait) {
                        return lines.hasNext() ? lines.next() : null;
                    }

                    @Override
                    public void close() {
                    }
                });
            }
        }, "Linux");
        RemindCommand command = new RemindCommand(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), clock,
                new CliJournal(clock, null, d -> null), notifier, d -> new XdgAutostart(config), launched::add,
                java.time.Duration.ofSeconds(5));
        return command.run(dataDir, List.of(args));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private void ask(ReminderSettings reminders, Language language) {
        AppSettings settings = AppSettings.load(dataDir);
        settings.setReminders(reminders);
        settings.setLanguage(language);
        settings.save();
    }

    private Services open(LocalDateTime now) {
        return Services.open(dataDir, clockAt(now));
    }

    @Test
    void theCheckInReminderIsShownOnceWhenTheDayIsNotLogged() {
        ask(new ReminderSettings(true, LocalTime.of(20, 0), false), Language.ENGLISH);
        open(DAY.atTime(8, 0)).close();

        assertThat(remind(DAY.atTime(19, 0))).isEqualTo(Cli.OK);
        assertThat(shown).isEmpty();

        assertThat(remind(DAY.atTime(20, 15))).isEqualTo(Cli.OK);
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).contains("'Carnet: today’s check-in'");

        assertThat(remind(DAY.atTime(20, 30))).isEqualTo(Cli.OK);
        assertThat(shown).as("already shown today").hasSize(1);
        assertThat(out()).contains("already shown today");
    }

    @Test
    void nothingIsShownForADayAlreadyCheckedIn() {
        ask(new ReminderSettings(true, LocalTime.of(20, 0), true), Language.ENGLISH);
        try (Services services = open(DAY.atTime(9, 0))) {
            services.journal().save(CheckIn.empty(DAY));
        }

        assertThat(remind(DAY.atTime(21, 0))).isEqualTo(Cli.OK);

        assertThat(shown).isEmpty();
        assertThat(out()).contains("Nothing due");
    }

    @Test
    void remindersOffShowNothing() {
        open(DAY.atTime(8, 0)).close();

        assertThat(remind(DAY.atTime(23, 0))).isEqualTo(Cli.OK);

        assertThat(shown).isEmpty();
        assertThat(out()).contains("Reminders are off");
    }

    @Test
    void aLateMagnesiumDoseAfterLevothyroxineSaysWhenInFrenchWithItsSource() {
        ask(new ReminderSettings(false, null, true), Language.FRENCH);
        // Logged at 08:00 by a person for whom it is 08:00 (a later time is refused, as in every form).
        try (Services services = open(DAY.atTime(8, 0))) {
            Product magnesium = services.intake().saveProduct(new Product(null, "Bisglycinate de Mg",
                    MagnesiumForm.BISGLYCINATE, 100.0, null, null, null, null));
            Medication thyroid = services.intake().saveMedication(new Medication(null, "Levothyrox",
                    MedicationClass.LEVOTHYROXINE));
            services.tracking().save(new Protocol(null, "Magnésium le matin", DAY.minusDays(5), null,
                    List.of(new PlannedDose(magnesium.id(), 1, LocalTime.of(9, 0)))));
            services.intake().logMedication(new MedicationIntake(null, DAY.atTime(8, 0), thyroid.id()));
        }

        assertThat(remind(DAY.atTime(9, 30))).isEqualTo(Cli.OK);

        assertThat(shown).hasSize(1);
        String words = String.join(" ", shown.get(0));
        assertThat(words).contains("Bisglycinate de Mg").contains("Pas avant 12:00").contains("Levothyrox")
                .contains("Topvitamine").doesNotContain("maintenant");
    }

    @Test
    void aJournalWithAPasswordIsNotOpenedAndTheNotificationSaysNothingOfHealth() {
        ask(new ReminderSettings(true, LocalTime.of(20, 0), true), Language.ENGLISH);
        Services.open(dataDir, clockAt(DAY.atTime(8, 0)), "a long secret".toCharArray()).close();

        // The prompt answers null: were the journal opened, the command would fail for want of a password.
        assertThat(remind(DAY.atTime(20, 5))).isEqualTo(Cli.OK);

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).contains("'Carnet: today’s check-in'", "''");
    }

    @Test
    void aCheckInSavedInTheAppSilencesTheReminderOfALockedJournal() {
        ask(new ReminderSettings(true, LocalTime.of(20, 0), false), Language.ENGLISH);
        try (Services services = Services.open(dataDir, clockAt(DAY.atTime(19, 0)), "a long secret".toCharArray())) {
            services.journal().save(CheckIn.empty(DAY));
        }

        assertThat(remind(DAY.atTime(21, 0))).isEqualTo(Cli.OK);

        assertThat(shown).isEmpty();
    }

    @Test
    void somethingDueWithNoNotificationServiceExitsWithThree() {
        ask(new ReminderSettings(true, LocalTime.of(20, 0), false), Language.ENGLISH);
        notificationServiceAnswers = false;

        assertThat(remind(DAY.atTime(21, 0))).isEqualTo(RemindCommand.NOT_SHOWN);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("could not be shown");
    }

    @Test
    void aDryRunPrintsWhatIsDueAndShowsNothing() {
        ask(new ReminderSettings(true, LocalTime.of(20, 0), false), Language.ENGLISH);

        assertThat(remind(DAY.atTime(8, 0), "--dry-run", "--at", "2026-04-02T21:00")).isEqualTo(Cli.OK);

        assertThat(shown).isEmpty();
        assertThat(out()).contains("Due: Carnet: today’s check-in");
    }

    @Test
    void wrongArgumentsAreAUsageError() {
        assertThat(remind(DAY.atTime(8, 0), "--at", "tonight")).isEqualTo(Cli.USAGE);
        assertThat(remind(DAY.atTime(8, 0), "--every", "0")).isEqualTo(Cli.USAGE);
        assertThat(remind(DAY.atTime(8, 0), "--loudly")).isEqualTo(Cli.USAGE);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("Usage: carnet remind");
    }

    @Test
    void installWithRemoveOrWithACheckIsAUsageErrorAndTouchesNoSchedule() {
        XdgAutostart autostart = new XdgAutostart(config);
        assertThat(remind(DAY.atTime(8, 0), "--install")).isEqualTo(Cli.OK);
        assertThat(remind(DAY.atTime(8, 0), "--install", "--remove")).isEqualTo(Cli.USAGE);
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
                .contains("carnet: --install and --remove do not go together: give one of them");
        assertThat(autostart.installed()).as("--remove was not done").isTrue();
        assertThat(remind(DAY.atTime(8, 0), "--remove", "--install")).isEqualTo(Cli.USAGE);
        assertThat(remind(DAY.atTime(8, 0), "--remove", "--dry-run")).isEqualTo(Cli.USAGE);
        assertThat(remind(DAY.atTime(8, 0), "--status", "--status")).isEqualTo(Cli.USAGE);
        assertThat(autostart.installed()).isTrue();
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("--remove goes alone")
                .contains("--status is given twice");
    }

    @Test
    void installAndRemoveWriteAndDeleteTheSchedule() {
        assertThat(remind(DAY.atTime(8, 0), "--install")).isEqualTo(Cli.OK);
        XdgAutostart autostart = new XdgAutostart(config);
        assertThat(autostart.installed()).isTrue();
        assertThat(out()).contains("XDG autostart");

        assertThat(remind(DAY.atTime(8, 0), "--remove")).isEqualTo(Cli.OK);
        assertThat(autostart.installed()).isFalse();
    }

    private static final String MONITOR_START = "Monitoring signals on object /org/freedesktop/Notifications owned by "
            + "org.freedesktop.Notifications";

    private static String signal(String member, String args) {
        return "/org/freedesktop/Notifications: org.freedesktop.Notifications." + member + " (" + args + ")";
    }

    @Test
    void aClickOnTheCheckInReminderOpensTheWindowOnTheCheckIn() {
        ask(new ReminderSettings(true, LocalTime.of(20, 0), false), Language.FRENCH);
        monitorLines = List.of(MONITOR_START, signal("ActionInvoked", "uint32 99, 'default'"),
                signal("ActionInvoked", "uint32 7, 'other'"), signal("ActionInvoked", "uint32 7, 'default'"));

        assertThat(remind(DAY.atTime(21, 0))).isEqualTo(Cli.OK);

        assertThat(shown.get(0)).as("the default action, in French")
                .contains("['default', 'Ouvrir Carnet']");
        assertThat(launched).hasSize(1);
        assertThat(launched.get(0)).endsWith("--data-dir", dataDir.toAbsolutePath().toString(), "--open", "checkin");
        assertThat(org.carnet.reminders.ReminderState.load(dataDir).shown(DAY, "checkin@" + DAY))
                .as("marked shown before the wait").isTrue();
    }

    @Test
    void aClickOnAPlannedDoseOpensTheIntakePage() {
        ask(new ReminderSettings(false, null, true), Language.ENGLISH);
        try (Services services = open(DAY.atTime(8, 0))) {
            Product magnesium = services.intake().saveProduct(new Product(null, "Mg citrate",
                    MagnesiumForm.CITRATE, 100.0, null, null, null, null));
            services.tracking().save(new Protocol(null, "Morning magnesium", DAY.minusDays(5), null,
                    List.of(new PlannedDose(magnesium.id(), 1, LocalTime.of(9, 0)))));
        }
        monitorLines = List.of(MONITOR_START, signal("ActionInvoked", "uint32 7, 'default'"));

        assertThat(remind(DAY.atTime(9, 30))).isEqualTo(Cli.OK);

        assertThat(launched).hasSize(1);
        assertThat(launched.get(0)).endsWith("--open", "intake");
    }

    @Test
    void aNotificationClosedOrNeverClickedOpensNothing() {
        ask(new ReminderSettings(true, LocalTime.of(20, 0), false), Language.ENGLISH);
        monitorLines = List.of(MONITOR_START, signal("NotificationClosed", "uint32 7, uint32 1"),
                signal("ActionInvoked", "uint32 7, 'default'"));

        assertThat(remind(DAY.atTime(21, 0))).isEqualTo(Cli.OK);
        assertThat(launched).as("closed before: the wait ended").isEmpty();

        monitorLines = List.of(MONITOR_START);
        assertThat(remind(DAY.plusDays(1).atTime(21, 0))).isEqualTo(Cli.OK);
        assertThat(launched).as("the monitor said nothing more").isEmpty();
    }

    @Test
    void aLockedJournalsReminderStillOpensTheCheckInAndSaysNothingOfHealth() {
        ask(new ReminderSettings(true, LocalTime.of(20, 0), true), Language.ENGLISH);
        Services.open(dataDir, clockAt(DAY.atTime(8, 0)), "a long secret".toCharArray()).close();
        monitorLines = List.of(MONITOR_START, signal("ActionInvoked", "uint32 7, 'default'"));

        assertThat(remind(DAY.atTime(20, 5))).isEqualTo(Cli.OK);

        assertThat(shown.get(0)).contains("'Carnet: today’s check-in'", "''", "['default', 'Open Carnet']");
        assertThat(launched.get(0)).endsWith("--open", "checkin");
    }
}
