package org.carnet.app;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.carnet.core.JournalLockedException;
import org.carnet.core.JournalPasswordException;
import org.carnet.core.StorageException;
import org.carnet.storage.Database;

/**
 * Opens the journal for a command: with no password when it has none; else from {@code --password-file} (its first
 * line), else typed at the terminal without echo. Also says in words why a journal could not be opened.
 */
final class CliJournal {
    /** Reads a password typed at the terminal; null when there is no terminal. */
    interface PasswordPrompt {
        char[] ask(Path dataDir);
    }

    static final PasswordPrompt CONSOLE = dataDir -> {
        Console console = System.console();
        return console == null ? null : console.readPassword("Password for the journal in %s: ", dataDir);
    };

    /** The file given with --password-file cannot be read. */
    private static final class PasswordFileUnreadable extends StorageException {
        PasswordFileUnreadable(Path file, IOException cause) {
            super("Cannot read the password file " + file, cause);
        }
    }

    /** The journal exists but cannot be opened: the newest backup that opens, if any, is offered. */
    private static final class JournalUnopenable extends StorageException {
        private final transient DamagedJournal damaged;

        JournalUnopenable(StorageException cause, DamagedJournal damaged) {
            super(cause.getMessage(), cause, cause.problem());
            this.damaged = damaged;
        }
    }

    private final Clock clock;
    private final Path passwordFile;
    private final PasswordPrompt prompt;

    CliJournal(Clock clock, Path passwordFile, PasswordPrompt prompt) {
        this.clock = clock;
        this.passwordFile = passwordFile;
        this.prompt = prompt;
    }

    /** Opens the journal in {@code dataDir}, asking for its password when it has one. */
    Services open(Path dataDir) {
        char[] password = null;
        try {
            if (Database.isEncrypted(dataDir)) {
                password = password(dataDir);
            }
            return Services.open(dataDir, clock, password);
        } catch (StorageException e) {
            if (e instanceof PasswordFileUnreadable || !DamagedJournal.applies(dataDir, e)) {
                throw e;
            }
            // The whole chain goes to carnet.log: the terminal gets words, the log the cause.
            throw new JournalUnopenable(e, DamagedJournal.examine(dataDir, e, password));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private char[] password(Path dataDir) {
        if (passwordFile != null) {
            try {
                String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                String line = end < 0 ? text : text.substring(0, end);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new PasswordFileUnreadable(passwordFile, e);
            }
        }
        char[] typed = prompt.ask(dataDir);
        if (typed == null || typed.length == 0) {
            throw new JournalPasswordException(dataDir, false, null);
        }
        return typed;
    }

    /** Why the journal could not be opened or written, for the terminal; starts with "carnet: ". */
    String describe(Path dataDir, StorageException e) {
        if (e instanceof JournalLockedException) {
            return "carnet: the journal in " + dataDir + " is in use by another Carnet (its window or a command "
                    + "still running); close that window or wait for the command to end, then try again.";
        }
        if (e instanceof JournalPasswordException password) {
            return password.wrongPassword()
                    ? "carnet: wrong password for the journal in " + dataDir + "."
                    : "carnet: the journal in " + dataDir + " is protected by a password: run the command in a "
                            + "terminal to type it, or give --password-file FILE (the password on its first line).";
        }
        if (e instanceof org.carnet.storage.UnusableFolderException) {
            return "carnet: the data folder " + dataDir + " cannot hold a journal: its path contains \";\", which "
                    + "the database reads as the start of its settings. Choose a folder without it (--data-dir).";
        }
        if (e instanceof JournalUnopenable unopenable) {
            String found = unopenable.damaged.backup().map(b -> " The newest automatic backup that opens is "
                    + b.backup().file().getFileName() + ", made on " + b.backup().createdAt().toLocalDate() + " at "
                    + b.backup().createdAt().toLocalTime().withNano(0) + ", holding " + b.days() + " day(s): open "
                    + "Carnet's window to restore it (the damaged file is kept aside, never overwritten).")
                    .orElse(" No automatic backup of it opens either.");
            return "carnet: the journal in " + dataDir + " exists but cannot be opened: its file is damaged or "
                    + "was not written by Carnet (the cause is in " + dataDir.resolve(Logging.FILE_NAME) + ")."
                    + found;
        }
        if (e instanceof PasswordFileUnreadable) {
            return "carnet: cannot read the password file " + passwordFile + ".";
        }
        return switch (e.problem()) {
            case DISK_FULL -> "carnet: the disk is full; nothing already saved was lost. Free some space and try again.";
            case READ_ONLY -> "carnet: the data folder " + dataDir + " is read-only; nothing can be saved to it.";
            case FOLDER_UNAVAILABLE -> "carnet: the data folder " + dataDir + " is missing or cannot be written to.";
            case JOURNAL_CLOSED, OTHER -> "carnet: the journal in " + dataDir + " could not be read or written "
                    + "(details in " + dataDir.resolve(Logging.FILE_NAME) + ").";
        };
    }
}
