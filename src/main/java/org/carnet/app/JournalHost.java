package org.carnet.app;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Consumer;
import org.carnet.core.JournalPasswordException;
import org.carnet.demo.DemoJournal;
import org.carnet.storage.Backups;
import org.carnet.storage.Database;
import org.carnet.storage.Encryption;
import org.carnet.ui.Language;
import org.carnet.ui.TaskRunner;

/**
 * Owns the open journal for the window: opens it (asking for the password when it has one), and closes and reopens
 * it around work on its files — restoring a backup, setting or removing the password. All file work runs on the
 * background runner; the window shows "opening" meanwhile and is filled again afterwards.
 */
final class JournalHost {
    /** Work on the closed journal's files, given its current password; returns the outcome and the password now. */
    @FunctionalInterface
    interface ClosedWork<T> {
        Outcome<T> run(char[] password) throws Exception;
    }

    record Outcome<T>(T value, char[] password) {
    }

    static final String DEMO_FOLDER = "demo";

    /** The journal open again after work on closed files: which one, its password, the work's value or failure. */
    private record Reopened<T>(Services services, char[] password, boolean demo, T value, Throwable failure) {
    }

    private final Path dataDir;
    private final Clock clock;
    private final TaskRunner runner;
    private final MainWindow window;
    private Services services;
    private char[] password;
    private Runnable onReady = () -> { };
    private boolean demo;

    JournalHost(Path dataDir, Clock clock, TaskRunner runner, MainWindow window) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.runner = runner;
        this.window = window;
        window.setHost(this);
    }

    /** Runs once the journal is open for the first time (the startup benchmark's hook). */
    void setOnReady(Runnable action) {
        this.onReady = action;
    }

    /** The folder of the demo journal: beside the real one, never the same database. */
    Path demoDir() {
        return dataDir.resolve(DEMO_FOLDER);
    }

    /** True while the window shows the demo journal rather than the person's own. */
    boolean inDemo() {
        return demo;
    }

    /** Opens a fresh demo journal filled with sample data; the person's journal is closed meanwhile, untouched. */
    void openDemo(Consumer<Throwable> onFailed) {
        switchTo(true, onFailed);
    }

    /** Leaves the demo journal for the person's own (its password is still known from the start). */
    void backToJournal(Consumer<Throwable> onFailed) {
        switchTo(false, onFailed);
    }

    private void switchTo(boolean toDemo, Consumer<Throwable> onFailed) {
        boolean wasDemo = demo;
        char[] current = password;
        // The demo's product and protocol names are written in the window's language, read here on the FX thread.
        DemoJournal.Names names = window.messages().language() == Language.FRENCH
                ? DemoJournal.Names.FRENCH : DemoJournal.Names.ENGLISH;
        closeAndReopen(toDemo ? "demo.opening" : "app.opening", () -> {
            try {
                Services opened;
                if (toDemo) {
                    Database.resetDemo(demoDir());
                    opened = Services.open(demoDir(), clock, null);
                    try {
                        DemoJournal.fill(opened.journal(), opened.intake(), opened.tracking(), opened.profiles(),
                                opened.labs(), clock, names);
                    } catch (RuntimeException e) {
                        opened.close();
                        throw e;
                    }
                } else {
                    opened = Services.open(dataDir, clock, current);
                }
                return new Reopened<>(opened, current, toDemo, null, null);
            } catch (RuntimeException e) {
                Services previous = Services.open(wasDemo ? demoDir() : dataDir, clock, wasDemo ? null : current);
                return new Reopened<>(previous, current, wasDemo, null, e);
            }
        }, ignored -> { }, onFailed);
    }

    /** Opens the journal, or asks for its password first when it has one. */
    void start() {
        start(null);
    }

    /**
     * The same, taking the journal the launcher began opening ({@code early}, null when it did not): it holds the
     * open journal, or null when the journal has a password to ask for, or the failure to report.
     */
    void start(java.util.concurrent.CompletableFuture<Services> early) {
        if (early != null) {
            runner.run(() -> {
                try {
                    return java.util.Optional.ofNullable(early.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }, opened -> {
                if (opened.isEmpty()) {
                    window.askPassword(this::unlock, false);
                } else {
                    opened(opened.get(), null);
                }
            }, error -> openFailed(error, null));
            return;
        }
        runner.run(() -> Database.isEncrypted(dataDir),
                encrypted -> {
                    if (encrypted) {
                        window.askPassword(this::unlock, false);
                    } else {
                        open(null);
                    }
                }, error -> openFailed(error, null));
    }

    /** Tries the password typed in the window; a wrong one asks again. */
    void unlock(char[] typed) {
        open(typed);
    }

    private void open(char[] typed) {
        runner.run(() -> Services.open(dataDir, clock, typed), opened -> opened(opened, typed), error -> {
            if (error instanceof JournalPasswordException wrong) {
                window.askPassword(this::unlock, wrong.wrongPassword());
            } else {
                openFailed(error, typed);
            }
            if (typed != null) {
                Arrays.fill(typed, '\0');
            }
        });
    }

    /**
     * The journal did not open: when its file cannot be read, the page that says so and offers the newest backup
     * that opens (looked for in the background, with {@code typed}, the password, for encrypted backups); else the
     * usual message, and the app closes.
     */
    private void openFailed(Throwable error, char[] typed) {
        if (!DamagedJournal.applies(dataDir, error)) {
            window.openFailed(error);
            return;
        }
        char[] kept = typed == null ? null : typed.clone();
        runner.run(() -> DamagedJournal.examine(dataDir, error, kept), damaged -> {
            CannotOpenView[] view = new CannotOpenView[1];
            view[0] = new CannotOpenView(window.messages(), damaged, () -> restoreOverDamaged(damaged, kept, view[0]),
                    window::requestClose);
            window.showInstead(view[0].createView());
        }, window::openFailed);
    }

    /** The file under the journal's name is damaged: put the backup offered in its place, keep it aside, open. */
    private void restoreOverDamaged(DamagedJournal damaged, char[] typed, CannotOpenView view) {
        Backups.Backup backup = damaged.backup().orElseThrow().backup();
        record Restored(Services services, Path kept) {
        }
        runner.run(() -> {
            Path kept = Backups.restoreOverDamaged(dataDir, backup.file(), clock, typed);
            return new Restored(Services.open(dataDir, clock, typed), kept);
        }, restored -> {
            opened(restored.services(), typed);
            window.notifySuccess(window.messages().get("damaged.done.header"), window.messages().get("damaged.done",
                    RestoreDialog.when(window.messages(), backup), restored.kept()));
        }, error -> view.restoreFailed(org.carnet.ui.DialogService.describe(window.messages(), error)));
    }

    /**
     * The journal is open for the first time: fill the window; once the person has what they came for (the window's
     * {@code whenSettled}), make the day's automatic backup and read the food table, in the background, so neither
     * delays the person. A food searched before then is answered from the table read on demand.
     */
    private void opened(Services opened, char[] typed) {
        services = opened;
        password = typed == null ? null : typed.clone();
        if (typed != null) {
            Arrays.fill(typed, '\0');
        }
        window.attach(opened);
        window.whenSettled(() -> {
            Thread foods = new Thread(opened.intake()::preloadFoods, "carnet-food-table");
            foods.setDaemon(true);
            foods.setPriority(Thread.MIN_PRIORITY);
            foods.start();
            runner.run(() -> {
                opened.backupAtStart();
                return null;
            }, ignored -> { }, ignored -> { });
        });
        onReady.run();
    }

    Services services() {
        return services;
    }

    Path dataDir() {
        return dataDir;
    }

    boolean encrypted() {
        return password != null;
    }

    /** True when {@code typed} is the password the journal was opened with (compared in constant time). */
    boolean isCurrentPassword(char[] typed) {
        if (password == null || typed == null) {
            return false;
        }
        return MessageDigest.isEqual(bytes(password), bytes(typed));
    }

    private static byte[] bytes(char[] chars) {
        var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** Sets, changes ({@code next} not empty) or removes ({@code next} null) the password of the journal. */
    void changePassword(char[] next, Consumer<Encryption.Outcome> onDone, Consumer<Throwable> onFailed) {
        char[] kept = next == null ? null : next.clone();
        whileClosed("password.working", current -> new Outcome<>(Encryption.change(dataDir, current, kept), kept),
                onDone, onFailed);
    }

    /** Replaces the journal by a backup, after a safety copy of the current state (whose file is handed back). */
    void restore(Path backup, Consumer<Path> onDone, Consumer<Throwable> onFailed) {
        whileClosed("restore.working", current -> new Outcome<>(Backups.restore(dataDir, backup, clock, current),
                current), onDone, onFailed);
    }

    /**
     * Closes the journal, runs {@code work} on its files, then opens it again — with the password the work returns,
     * or, when the work failed, as it was — and fills the window again before reporting.
     */
    <T> void whileClosed(String workingKey, ClosedWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        char[] current = password;
        boolean inDemo = demo;
        closeAndReopen(workingKey, () -> {
            T value = null;
            char[] after = current;
            Throwable failure = null;
            try {
                Outcome<T> outcome = work.run(current);
                value = outcome.value();
                after = outcome.password();
            } catch (Exception e) {
                failure = e;
            }
            return new Reopened<>(Services.open(dataDir, clock, after), after, inDemo, value, failure);
        }, onDone, onFailed);
    }

    /**
     * Closes the open journal and shows {@code workingKey}'s words; on the background thread, runs {@code reopen}
     * (which opens a journal again, whatever happened); then fills the window with it and reports.
     */
    private <T> void closeAndReopen(String workingKey, java.util.concurrent.Callable<Reopened<T>> reopen,
                                    Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Services closing = services;
        services = null;
        window.detach(workingKey);
        runner.run(() -> {
            closing.close();
            return reopen.call();
        }, reopened -> {
            services = reopened.services();
            password = reopened.password();
            demo = reopened.demo();
            window.setDemo(demo);
            window.attach(reopened.services());
            if (reopened.failure() != null) {
                onFailed.accept(reopened.failure());
            } else {
                onDone.accept(reopened.value());
            }
        }, window::openFailed);
    }

    /** Closes the journal when the app ends. */
    void close() {
        if (services != null) {
            services.close();
            services = null;
        }
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }
}
