package org.carnet.app;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Function;
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
    private final org.carnet.ui.Messages words;

    CliJournal(Clock clock, Path passwordFile, PasswordPrompt prompt) {
        this(clock, passwordFile, prompt, new org.carnet.ui.Messages(org.carnet.ui.Language.ENGLISH));
    }

    /** Says why a journal could not be opened in {@code words}' language. */
    CliJournal(Clock clock, Path passwordFile, PasswordPrompt prompt, org.carnet.ui.Messages words) {
        this.clock = clock;
        this.passwordFile = passwordFile;
        this.prompt = prompt;
        this.words = words;
    }

    /** Opens the journal in {@code dataDir}, asking for its password when it has one. */
    Services open(Path dataDir) {
        return open(dataDir, password -> Services.open(dataDir, clock, password));
    }

    /**
     * The same for a command that only reads the journal ({@code report}): opened read-only when its schema is
     * current ({@link Database#openToRead}), so that the command neither writes to the file nor compacts it on close.
     */
    Services openToRead(Path dataDir) {
        return open(dataDir, password -> Services.openToRead(dataDir, clock, password));
    }

    /**
     * Opens only the journal's database (created or upgraded as by {@link #open}), read-only when its schema is
     * current ({@link Database#openToRead}), for a command that reads it and needs none of the services
     * ({@code status}, {@code export}): their classes (the guidance rules, the food catalogue, the repositories) cost
     * a cold JVM about a hundred class loads.
     */
    Database openDatabaseToRead(Path dataDir) {
        return open(dataDir, password -> Database.openToRead(dataDir, password));
    }

    private <T> T open(Path dataDir, Function<char[], T> opener) {
        char[] password = null;
        try {
            if (Database.isEncrypted(dataDir)) {
                password = password(dataDir);
            }
            return opener.apply(password);
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
        String folder = dataDir.toString();
        String log = dataDir.resolve(Logging.FILE_NAME).toString();
        if (e instanceof JournalLockedException) {
            return "carnet: " + words.get("cli.journal.locked", folder);
        }
        if (e instanceof JournalPasswordException password) {
            return "carnet: " + words.get(password.wrongPassword() ? "cli.journal.wrongPassword"
                    : "cli.journal.needsPassword", folder);
        }
        if (e instanceof JournalUnopenable unopenable) {
            String found = unopenable.damaged.backup().map(b -> words.get("cli.journal.damaged.backup",
                    b.backup().file().getFileName().toString(), b.backup().createdAt().toLocalDate().toString(),
                    b.backup().createdAt().toLocalTime().withNano(0).toString(), b.days()))
                    .orElse(words.get("cli.journal.damaged.noBackup"));
            return "carnet: " + words.get("cli.journal.damaged", folder, log) + " " + found;
        }
        if (e instanceof PasswordFileUnreadable) {
            return "carnet: " + words.get("cli.journal.passwordFileUnreadable", String.valueOf(passwordFile));
        }
        return "carnet: " + switch (e.problem()) {
            case DISK_FULL -> words.get("cli.journal.diskFull");
            case READ_ONLY -> words.get("cli.journal.readOnly", folder);
            case FOLDER_UNAVAILABLE -> words.get("cli.journal.folderUnavailable", folder);
            case UNUSABLE_PATH -> words.get("cli.journal.semicolon", folder);
            case JOURNAL_CLOSED, OTHER -> words.get("cli.journal.other", folder, log);
        };
    }
}
