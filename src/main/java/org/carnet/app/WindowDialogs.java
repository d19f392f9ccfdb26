package org.carnet.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.carnet.journal.CheckIn;
import org.carnet.journal.ui.BackfillDialog;
import org.carnet.journal.ui.OwnSymptomsDialog;
import org.carnet.reminders.ReminderSettings;
import org.carnet.reminders.Schedule;
import org.carnet.ui.DataKind;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.Notifier;
import org.carnet.ui.TaskRunner;

/**
 * The dialogs the main window's menus and first start open, and what follows their answer: restore, password,
 * preferences, the first-run wizard, the missed days, one's own symptoms, the data folder, the welcome, the guide
 * and About. They act on the journal the window has open when they are answered.
 */
final class WindowDialogs {
    private static final Logger LOG = Logger.getLogger(WindowDialogs.class.getName());

    private final MainWindow window;
    private final Stage stage;
    private final AppSettings settings;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    /** Where the reminder schedule goes; tests keep it in their temporary folder. */
    private Function<Path, Schedule> schedules = org.carnet.reminders.Schedules::forThisSystem;

    WindowDialogs(MainWindow window, Stage stage, AppSettings settings, TaskRunner runner, DialogService dialogs,
                  Notifier notifier) {
        this.window = window;
        this.stage = stage;
        this.settings = settings;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
    }

    private Messages messages() {
        return window.messages();
    }

    private Services services() {
        return window.services();
    }

    void setSchedules(Function<Path, Schedule> schedules) {
        this.schedules = schedules;
    }

    /** File › Restore a backup…: choose a copy, confirm, then the journal is closed, replaced and opened again. */
    void restoreBackup() {
        JournalHost host = window.host();
        window.whenChangesHandled(() -> {
            Messages messages = messages();
            RestoreDialog dialog = new RestoreDialog(stage, messages, services().backups());
            dialog.ask().ifPresent(backup -> {
                String when = RestoreDialog.when(messages, backup);
                if (!dialogs.confirm(messages.get("restore.confirm.header"),
                        messages.get("restore.confirm", when), messages.get("restore.action"))) {
                    return;
                }
                host.restore(backup.file(), safety -> notifier.success(messages.get("restore.done.header"),
                        messages.get("restore.done", when, safety.getFileName())),
                        error -> dialogs.showError("action.restore", error));
            });
        });
    }

    /** File › Password…: set, change or remove the password; the journal is re-encrypted with its backups. */
    void changePassword() {
        JournalHost host = window.host();
        window.whenChangesHandled(() -> {
            Messages messages = messages();
            new PasswordDialog(stage, messages, host.encrypted(), host::isCurrentPassword).ask()
                    .ifPresent(choice -> host.changePassword(choice.newPassword(), outcome -> {
                        String key = choice.removes() ? "password.done.removed" : "password.done.set";
                        notifier.success(messages.get("password.done.header"),
                                messages.get(key, outcome.backupsChanged(), outcome.backupsRemoved()));
                    }, error -> dialogs.showError("action.password", error)));
        });
    }

    /**
     * On opening a journal: the first-run steps for a journal that holds nothing yet, else the missed days. Decided
     * from the journal itself, not only from the settings: a journal filled by {@code import} from the command line,
     * or copied from another computer, has days but no settings, and is not a first run.
     */
    void afterOpening() {
        if (settings.welcomeShown()) {
            // Looked for once the person has what they came for: it reads the journal, they do not wait for it.
            window.whenSettled(this::offerBackfill);
            return;
        }
        Services opened = services();
        runner.run(opened::holdsRecords, holds -> {
            if (opened != services()) {
                return;
            }
            if (holds) {
                settings.setWelcomeShown(true);
                settings.save();
                offerBackfill();
            } else {
                javafx.application.Platform.runLater(this::showFirstRun);
            }
        }, error -> {
            LOG.log(Level.WARNING, "Could not look whether the journal holds anything", error);
            javafx.application.Platform.runLater(this::showFirstRun);
        });
    }

    /** The first start: language, disclaimer, optional profile and password, then the journal or the demo. */
    void showFirstRun() {
        FirstRunWizard wizard = new FirstRunWizard(stage, messages(), window::switchLanguage,
                services().profiles().thisYear(), settings.reminders());
        // Not showAndWait: the window may be closed while the wizard is open, and quitting from inside a nested
        // event loop crashes GTK's glass.
        wizard.setOnHidden(e -> {
            settings.setWelcomeShown(true);
            settings.save();
            if (wizard.getResult() != null) {
                applyFirstRun(wizard.getResult());
            }
        });
        wizard.show();
    }

    /**
     * Saves the profile, then sets the password, then keeps the reminders chosen (and their schedule), then opens
     * the demo: each step once the one before is done.
     */
    private void applyFirstRun(FirstRunWizard.Result result) {
        Path ownJournal = services().dataDir();
        Runnable explore = () -> {
            if (result.reminders().any()) {
                remind(result.reminders(), ownJournal);
            } else {
                // Asked, and left off: no schedule to write, nothing to say.
                settings.setRemindersAsked(true);
                settings.save();
            }
            if (result.exploreDemo()) {
                window.exploreDemo();
            }
        };
        Runnable protect = () -> {
            JournalHost host = window.host();
            if (result.password() != null && host != null) {
                host.changePassword(result.password(), outcome -> explore.run(),
                        error -> dialogs.showError("action.password", error));
                Arrays.fill(result.password(), '\0');
            } else {
                explore.run();
            }
        };
        if (result.profile() == null) {
            protect.run();
            return;
        }
        JournalPages journal = window.journal();
        runner.run(() -> {
            journal.services.profiles().save(result.profile());
            return Boolean.TRUE;
        }, saved -> {
            // Its own page reads it again; the others follow the signal.
            journal.profile.load(e -> dialogs.showError("action.loadJournal", e));
            journal.changes.publish(DataKind.PROFILE);
            protect.run();
        }, error -> dialogs.showError("action.saveProfile", error));
    }

    /** File › Preferences… (Ctrl+,): the reminders. */
    void showPreferences() {
        Services services = services();
        PreferencesDialog dialog = new PreferencesDialog(stage, messages(), settings.reminders(), services.encrypted());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                remind(dialog.getResult(), services.dataDir());
            }
        });
        dialog.show();
    }

    /** Keeps the reminders chosen for the journal in {@code dataDir} and writes (or removes) their schedule. */
    private void remind(ReminderSettings chosen, Path dataDir) {
        Messages messages = messages();
        new ReminderPreferences(settings, runner, schedules).apply(chosen, dataDir,
                kind -> notifier.success(messages.get("preferences.done.header"), kind == null
                        ? messages.get("preferences.done.removed") : messages.get("preferences.done.set", kind)),
                error -> dialogs.showError("action.preferences", error));
    }

    /** On opening: the days missed since the last check-in, offered to fill in at once. */
    void offerBackfill() {
        Services opened = services();
        runner.run(() -> opened.journal().missedDays(), days -> {
            if (days.isEmpty() || opened != services()) {
                return;
            }
            Messages messages = messages();
            notifier.offer(messages.get("backfill.title"), messages.get("backfill.header",
                    days.size()), new Notifier.Action(messages.get("backfill.open"), () -> showBackfill(days)));
        }, error -> LOG.log(Level.WARNING, "Could not look for missed days", error));
    }

    void showBackfill(List<LocalDate> days) {
        JournalPages journal = window.journal();
        Messages messages = messages();
        BackfillDialog dialog = new BackfillDialog(stage, messages, days);
        dialog.setOnHidden(e -> {
            List<CheckIn> filled = dialog.getResult();
            if (filled == null || filled.isEmpty()) {
                return;
            }
            runner.run(() -> {
                journal.services.journal().saveAll(filled);
                return filled.size();
            }, count -> {
                journal.changes.changed();
                notifier.success(messages.get("backfill.title"), messages.get("backfill.saved", count));
            }, error -> dialogs.showError("action.backfill", error));
        });
        dialog.show();
    }

    /** "My symptoms": the person's own symptoms, added, changed or retired; the pages follow at once. */
    void showOwnSymptoms() {
        JournalPages journal = window.journal();
        if (journal == null) {
            return;
        }
        journal.ownSymptoms.select(null);
        journal.ownSymptoms.load(e -> dialogs.showError("action.loadJournal", e));
        new OwnSymptomsDialog(stage, messages(), journal.ownSymptoms,
                e -> dialogs.showError("action.saveOwnSymptom", e)).showAndWait();
    }

    /** The sidebar's "Data folder": where the journal lives, in a field the person can select and copy. */
    void showDataFolder() {
        Messages messages = messages();
        TextField path = new TextField(services().dataDir().toString());
        path.setId("data-folder-path");
        path.setEditable(false);
        path.setPrefColumnCount(40);
        Label explained = new Label(messages.get("nav.dataFolder.content"));
        explained.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("nav.dataFolder.header"));
        alert.getDialogPane().setContent(new VBox(8, explained, path));
        alert.setResizable(true);
        alert.setOnShown(e -> path.selectAll());
        alert.show();
    }

    /** Help › Welcome. */
    void showWelcome() {
        WelcomeDialog welcome = new WelcomeDialog(stage, messages());
        welcome.setOnHidden(e -> {
            settings.setWelcomeShown(true);
            settings.save();
        });
        welcome.show();
    }

    /** Help › User guide: the guide in the window's language, offline. Not modal: it can stay open beside. */
    void showUserGuide() {
        new UserGuideDialog(stage, messages()).show();
    }

    /** Help › About and sources (F1). */
    void showAbout() {
        Services services = services();
        new AboutDialog(stage, messages(), services == null ? null : services.dataDir()).showAndWait();
    }
}
