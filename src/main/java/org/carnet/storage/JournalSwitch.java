package org.carnet.storage;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Replaces the journal's whole file in one step that a crash cannot cut in half. The new state is built in a copy
 * beside the journal ({@value #NEXT}{@code .mv.db}, same folder, so a rename is atomic; encrypted with the journal's
 * own key, never plain), forced to the disk with its folder. Then a small marker is written (what is switching, the
 * names, whether the file is encrypted), the journal is renamed aside ({@value #PREVIOUS}{@code .mv.db}), the copy is
 * renamed to the journal's name, the marker is removed, and only then the old file is deleted.
 *
 * <p>A start ({@link #recover}, from {@link StartRecovery}) reads what a crash left: without a marker, a copy is a
 * half-built state and is deleted (the journal is the state before); with a marker, the copy is whole and the switch
 * is finished (the state after) — unless the copy is not what the marker says (a plain file for an encrypted journal),
 * then it is undone. Each action is logged.
 */
final class JournalSwitch {
    private static final Logger LOG = Logger.getLogger(JournalSwitch.class.getName());
    /** The base name of the new state being built beside the journal. */
    static final String NEXT = "carnet-next";
    /** The base name of the journal set aside during the switch. */
    static final String PREVIOUS = "carnet-previous";
    /** Written once the new file is whole: a start that finds it finishes the switch. */
    static final String MARKER = "carnet-switch.properties";

    /** Builds the new state in the copy, through the app's usual code. */
    @FunctionalInterface
    interface Build<T> {
        T apply(Database copy);
    }

    /** Prepares the new file at {@code next} (the journal is closed). */
    @FunctionalInterface
    interface Prepare<T> {
        T prepare(Path next) throws IOException, java.sql.SQLException;
    }

    /** Prepares the new file at {@code next} and the backups that switch with it ({@code beside}). */
    @FunctionalInterface
    interface PrepareWithBackups<T> {
        T prepare(Path next, Beside beside) throws IOException, java.sql.SQLException;
    }

    /** The ending of a backup's new version, written beside it and renamed over it by the switch. */
    static final String BESIDE = ".next";

    /**
     * The backups that switch together with the journal (a password change writes each one again): a new version
     * beside a backup ({@link #replacing}) is renamed over it, a backup {@link #removing removed} is deleted, both only
     * once the journal itself has switched; a switch undone deletes the new versions.
     */
    static final class Beside {
        private final java.util.List<String> removed = new java.util.ArrayList<>();

        /** Where the new version of {@code backup} is to be written. */
        Path replacing(Path backup) {
            return backup.resolveSibling(backup.getFileName() + BESIDE);
        }

        /** {@code backup} is deleted by the switch. */
        void removing(Path backup) {
            removed.add(backup.getFileName().toString());
        }
    }

    /** How long the close of a copy whose build failed may take (it is deleted after). */
    static final long FAILED_COPY_CLOSE_MILLIS = 2_000;

    private JournalSwitch() {
    }

    /**
     * Rewrites the open {@code journal}: a consistent copy (H2's {@code BACKUP}, taken while it stays open) is made
     * beside it, {@code build} runs on the copy, and the copy replaces the journal, whose pool is closed for the
     * renames and opened again. When {@code build} fails, the copy is deleted and the journal is untouched.
     */
    static <T> T rewrite(Database journal, String operation, Build<T> build) {
        Path dataDir = journal.dataDir();
        Path next = file(dataDir, NEXT);
        Path zip = dataDir.resolve(NEXT + ".zip" + AtomicFiles.PART);
        T result;
        try {
            deleteCopy(dataDir);
            FilePermissions.createPrivateFile(zip);
            journal.backupTo(zip);
            Encryption.unzipDatabase(zip, next);
            Files.delete(zip);
            char[] password = journal.password();
            Database copy = Database.openCopy(dataDir, NEXT, password);
            try {
                result = build.apply(copy);
            } catch (RuntimeException | Error e) {
                // The copy is deleted: its close need not complete (after a full disk it can spin in H2).
                copy.closeWithin(FAILED_COPY_CLOSE_MILLIS);
                throw e;
            } finally {
                if (password != null) {
                    java.util.Arrays.fill(password, '\0');
                }
            }
            if (!copy.closeWithin(Database.CLOSE_MILLIS)) {
                throw new IOException("The new state of the journal could not be closed whole on the disk ("
                        + next + ")", copy.closeFailure());
            }
            AtomicFiles.force(next);
            AtomicFiles.forceFolder(dataDir);
            journal.switchFile(() -> {
                try {
                    switchIn(dataDir, operation, journal.encrypted(), java.util.List.of());
                } catch (IOException | RuntimeException e) {
                    // Never reopen on a journal renamed aside: finish the switch (or undo it) as a start would.
                    if (!recover(dataDir)) {
                        throw e;
                    }
                    LOG.log(Level.WARNING, "The switch of the journal failed after its new state was whole; "
                            + "finished by the recovery", e);
                }
            });
        } catch (IOException e) {
            deleteQuietly(zip);
            deleteCopyQuietly(dataDir);
            throw StorageFailures.wrap("Cannot " + operation + " (the journal is unchanged)", e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(zip);
            deleteCopyQuietly(dataDir);
            throw e;
        }
        return result;
    }

    /**
     * Replaces the closed journal in {@code dataDir} by the file {@code prepare} writes beside it; {@code encrypted}
     * says what that file must be. When {@code prepare} fails, the copy is deleted and the journal is untouched.
     */
    static <T> T replaceClosed(Path dataDir, String operation, boolean encrypted, Prepare<T> prepare)
            throws IOException, java.sql.SQLException {
        return replaceClosed(dataDir, operation, encrypted, (next, beside) -> prepare.prepare(next));
    }

    /**
     * The same, with backups switched together with the journal: what {@code prepare} writes beside them replaces
     * them (and what it removes goes) in the same switch, so that a crash leaves all of them before or all after.
     */
    static <T> T replaceClosed(Path dataDir, String operation, boolean encrypted, PrepareWithBackups<T> prepare)
            throws IOException, java.sql.SQLException {
        Path next = file(dataDir, NEXT);
        Beside beside = new Beside();
        T result;
        try {
            deleteCopy(dataDir);
            result = prepare.prepare(next, beside);
            AtomicFiles.force(next);
            deleteStaging(dataDir);
            AtomicFiles.forceFolder(dataDir);
            AtomicFiles.forceFolder(Backups.folder(dataDir));
        } catch (IOException | java.sql.SQLException | RuntimeException | Error e) {
            deleteCopyQuietly(dataDir);
            throw e;
        }
        switchIn(dataDir, operation, encrypted, beside.removed);
        return result;
    }

    /** The switch itself, the journal closed and its new file whole at {@value #NEXT}{@code .mv.db}. */
    private static void switchIn(Path dataDir, String operation, boolean encrypted, java.util.List<String> removed)
            throws IOException {
        Path journal = Database.databaseFile(dataDir);
        Path next = file(dataDir, NEXT);
        Path previous = file(dataDir, PREVIOUS);
        Properties marker = new Properties();
        marker.setProperty("operation", operation);
        marker.setProperty("journal", journal.getFileName().toString());
        marker.setProperty("next", next.getFileName().toString());
        marker.setProperty("previous", previous.getFileName().toString());
        marker.setProperty("encrypted", String.valueOf(encrypted));
        marker.setProperty("started", Instant.now().toString());
        marker.setProperty("backups.removed", String.join("/", removed));
        StringWriter text = new StringWriter();
        marker.store(text, "Carnet: a journal switch in progress; the next start finishes it");
        AtomicFiles.write(dataDir.resolve(MARKER), text.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (Files.exists(journal)) {
            move(journal, previous);
        }
        move(next, journal);
        FilePermissions.ownerOnlyFile(journal);
        switchBackups(dataDir, removed);
        Files.delete(dataDir.resolve(MARKER));
        AtomicFiles.forceFolder(dataDir);
        Files.deleteIfExists(previous);
        LOG.info(() -> "Switched the journal in " + dataDir + " to its new state (" + operation + ")");
    }

    /**
     * Finishes or undoes a switch a crash interrupted, and deletes a half-built copy; the journal is closed. Returns
     * true when the journal holds the new state of the last switch (finished here, or completed before), false when
     * it holds the state before (a copy deleted, a switch undone) or when nothing could be done.
     */
    static boolean recover(Path dataDir) {
        Path journal = Database.databaseFile(dataDir);
        Path next = file(dataDir, NEXT);
        Path previous = file(dataDir, PREVIOUS);
        Path markerFile = dataDir.resolve(MARKER);
        boolean after = !Files.exists(next);
        try {
            if (Files.exists(markerFile)) {
                Properties marker = new Properties();
                marker.load(new StringReader(Files.readString(markerFile, StandardCharsets.ISO_8859_1)));
                String operation = marker.getProperty("operation", "a switch");
                boolean encrypted = Boolean.parseBoolean(marker.getProperty("encrypted"));
                String removed = marker.getProperty("backups.removed", "");
                java.util.List<String> removals = removed.isEmpty() ? java.util.List.of()
                        : java.util.List.of(removed.split("/"));
                if (!Files.exists(next) && Files.exists(journal)) {
                    after = true; // the new file was renamed in: only the marker and the old file were left
                    int backups = switchBackups(dataDir, removals);
                    LOG.warning(() -> "Start-up recovery: completed the switch of the journal (" + operation + ")"
                            + (backups > 0 ? " and of " + backups + " backup(s)" : ""));
                } else if (Files.isRegularFile(next) && Files.size(next) > 0
                        && Database.startsWithCipherHeader(next) == encrypted) {
                    if (Files.exists(journal)) {
                        move(journal, previous);
                    }
                    move(next, journal);
                    FilePermissions.ownerOnlyFile(journal);
                    after = true;
                    int backups = switchBackups(dataDir, removals);
                    LOG.warning(() -> "Start-up recovery: finished the interrupted switch of the journal ("
                            + operation + "): the journal now holds its new state"
                            + (backups > 0 ? ", and so do " + backups + " backup(s)" : ""));
                } else {
                    after = false;
                    if (!Files.exists(journal) && Files.exists(previous)) {
                        move(previous, journal);
                    }
                    LOG.warning(() -> "Start-up recovery: undid the interrupted switch of the journal (" + operation
                            + "): its new file was missing or not " + (encrypted ? "encrypted" : "plain")
                            + "; the journal holds its state before");
                }
                Files.delete(markerFile);
                AtomicFiles.forceFolder(dataDir);
            } else if (Files.exists(previous) && !Files.exists(journal)) {
                // No marker and no journal: only a hand could do this; the previous file is the journal.
                move(previous, journal);
                LOG.warning(() -> "Start-up recovery: put back the journal set aside as " + previous);
            }
            if (Files.exists(previous)) {
                Files.delete(previous);
                LOG.warning(() -> "Start-up recovery: deleted " + previous + ", the journal's state before a switch "
                        + "that had completed");
            }
            if (deleteCopy(dataDir)) {
                LOG.warning(() -> "Start-up recovery: deleted the half-built copy " + next + " (and the backups "
                        + "written beside it) of an interrupted import, restore or password change (the journal "
                        + "and its backups are the state before it)");
            }
            return after;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Start-up recovery: cannot finish or undo the journal switch in " + dataDir, e);
            return false;
        }
    }

    static Path file(Path dataDir, String baseName) {
        return dataDir.resolve(baseName + ".mv.db");
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        AtomicFiles.forceFolder(from.getParent());
    }

    /**
     * Renames each backup's new version over it and deletes the backups listed as {@code removed}: the backups' part
     * of a switch, once the journal has switched. Returns how many backups changed.
     */
    private static int switchBackups(Path dataDir, java.util.List<String> removed) throws IOException {
        Path folder = Backups.folder(dataDir);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int changed = 0;
        for (Path version : list(folder, name -> name.endsWith(BESIDE))) {
            String name = version.getFileName().toString();
            move(version, folder.resolve(name.substring(0, name.length() - BESIDE.length())));
            changed++;
        }
        for (String name : removed) {
            if (Files.deleteIfExists(folder.resolve(Path.of(name).getFileName().toString()))) {
                changed++;
            }
        }
        AtomicFiles.forceFolder(folder);
        return changed;
    }

    /**
     * Deletes every file of the copy ({@value #NEXT}{@code .*} and {@value #NEXT}{@code -*}: the database, what was
     * staged for it, H2's temporary files) and the backups' new versions beside them; true if any.
     */
    private static boolean deleteCopy(Path dataDir) throws IOException {
        boolean any = deleteStaging(dataDir);
        for (Path f : list(dataDir, name -> name.startsWith(NEXT + "."))) {
            any |= Files.deleteIfExists(f);
        }
        Path folder = Backups.folder(dataDir);
        if (Files.isDirectory(folder)) {
            for (Path f : list(folder, name -> name.endsWith(BESIDE) || name.endsWith(BESIDE + AtomicFiles.PART))) {
                any |= Files.deleteIfExists(f);
            }
        }
        return any;
    }

    /** Deletes what was staged for the copy ({@value #NEXT}{@code -*}, e.g. a backup unpacked); true if any. */
    private static boolean deleteStaging(Path dataDir) throws IOException {
        boolean any = false;
        for (Path f : list(dataDir, name -> name.startsWith(NEXT + "-"))) {
            any |= Files.deleteIfExists(f);
        }
        return any;
    }

    private static java.util.List<Path> list(Path folder, java.util.function.Predicate<String> name)
            throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> name.test(f.getFileName().toString())).toList();
        }
    }

    private static void deleteCopyQuietly(Path dataDir) {
        try {
            deleteCopy(dataDir);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the copy beside the journal in " + dataDir, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot delete " + file, e);
        }
    }
}
