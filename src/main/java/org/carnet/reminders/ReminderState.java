package org.carnet.reminders;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carnet.storage.AtomicFiles;

/**
 * The little the reminders keep beside the journal, in {@code reminders.properties}: which reminders were shown
 * today (each is shown once), and the day of the last check-in. The last is written by the app when a check-in is
 * saved, so that the command can remind of a journal protected by a password without opening it: it holds a date,
 * nothing of health.
 */
public final class ReminderState {
    public static final String FILE_NAME = "reminders.properties";
    private static final String LAST_CHECK_IN = "lastCheckIn";
    private static final String SHOWN_DAY = "shownDay";
    private static final String SHOWN = "shown.";
    private static final Logger LOG = Logger.getLogger(ReminderState.class.getName());

    private final Path file;
    private final Properties values = new Properties();

    private ReminderState(Path file) {
        this.file = file;
    }

    public static ReminderState load(Path dataDir) {
        ReminderState state = new ReminderState(dataDir.resolve(FILE_NAME));
        if (Files.isRegularFile(state.file)) {
            try (Reader reader = Files.newBufferedReader(state.file, StandardCharsets.UTF_8)) {
                state.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Reminder state unreadable, starting afresh", e);
            }
        }
        return state;
    }

    public Optional<LocalDate> lastCheckIn() {
        try {
            String text = values.getProperty(LAST_CHECK_IN);
            return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Keeps the latest day only: saving an older day does not move it back. */
    public void checkInSaved(LocalDate day) {
        if (lastCheckIn().map(last -> last.isBefore(day)).orElse(true)) {
            values.setProperty(LAST_CHECK_IN, day.toString());
        }
    }

    public boolean shown(LocalDate today, String key) {
        return today.toString().equals(values.getProperty(SHOWN_DAY)) && values.containsKey(SHOWN + key);
    }

    /** Marks a reminder shown today; the marks of earlier days are dropped. */
    public void markShown(LocalDate today, String key) {
        if (!today.toString().equals(values.getProperty(SHOWN_DAY))) {
            values.stringPropertyNames().stream().filter(k -> k.startsWith(SHOWN)).forEach(values::remove);
            values.setProperty(SHOWN_DAY, today.toString());
        }
        values.setProperty(SHOWN + key, "1");
    }

    /** Writes the file whole or not at all; a failure is logged (a reminder shown twice is no loss). */
    public void save() {
        try {
            AtomicFiles.createFolders(file.getParent());
            AtomicFiles.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(writer, "Carnet reminders: what was shown today, the day of the last check-in");
                writer.flush();
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save the reminder state", e);
        }
    }
}
