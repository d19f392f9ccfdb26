package org.carnet.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carnet.reminders.ReminderSettings;
import org.carnet.ui.Language;
import org.carnet.ui.Theme;

/**
 * Interface preferences (language, theme, window place, welcome seen) in {@code settings.properties} beside the
 * database. They are read before the database opens, so the first screen is already in the person's language.
 */
public final class AppSettings {
    static final String FILE_NAME = "settings.properties";
    private static final Logger LOG = Logger.getLogger(AppSettings.class.getName());

    private final Path file;
    private final Properties values = new Properties();
    /** The language asked for on the command line ({@code carnet --lang fr}): this run's, never saved. */
    private Language runLanguage;

    private AppSettings(Path file) {
        this.file = file;
    }

    public static AppSettings load(Path dataDir) {
        AppSettings settings = new AppSettings(dataDir.resolve(FILE_NAME));
        if (Files.isRegularFile(settings.file)) {
            try (Reader reader = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Settings unreadable, using defaults", e);
            }
        }
        return settings;
    }

    /**
     * The language chosen in the window, else the system's as the command line reads it: French when LANG (or
     * LC_ALL, LC_MESSAGES) says so, even where that locale is not installed and Java fell back to English.
     */
    public Language language() {
        return language(Cli.systemLanguage(System.getenv()));
    }

    /**
     * The language asked for on this run's command line, else the one chosen in the window, else {@code fallback}.
     */
    public Language language(Language fallback) {
        return runLanguage != null ? runLanguage : Language.fromCode(values.getProperty("language"), fallback);
    }

    /** The language chosen in the window: saved with the settings; it also ends this run's command-line choice. */
    public void setLanguage(Language language) {
        values.setProperty("language", language.code());
        runLanguage = null;
    }

    /**
     * The window speaks {@code language} for this run only ({@code carnet --lang fr}); the saved choice is kept for
     * the next start.
     */
    public void useLanguageThisRun(Language language) {
        runLanguage = language;
    }

    public Theme theme() {
        return Theme.fromName(values.getProperty("theme"));
    }

    public void setTheme(Theme theme) {
        values.setProperty("theme", theme.name());
    }

    public boolean welcomeShown() {
        return Boolean.parseBoolean(values.getProperty("welcomeShown"));
    }

    public void setWelcomeShown(boolean shown) {
        values.setProperty("welcomeShown", Boolean.toString(shown));
    }

    /** Whether the person was asked about reminders (at the first start, or in Preferences). */
    public boolean remindersAsked() {
        return Boolean.parseBoolean(values.getProperty("reminders.asked"));
    }

    public void setRemindersAsked(boolean asked) {
        values.setProperty("reminders.asked", Boolean.toString(asked));
    }

    /** The reminders asked for; all off until the person turns them on. */
    public ReminderSettings reminders() {
        LocalTime time;
        try {
            time = LocalTime.parse(values.getProperty("reminders.checkInTime", "20:00"));
        } catch (DateTimeParseException e) {
            time = ReminderSettings.DEFAULT_CHECK_IN_TIME;
        }
        return new ReminderSettings(Boolean.parseBoolean(values.getProperty("reminders.checkIn")), time,
                Boolean.parseBoolean(values.getProperty("reminders.doses")));
    }

    public void setReminders(ReminderSettings reminders) {
        values.setProperty("reminders.checkIn", Boolean.toString(reminders.checkIn()));
        values.setProperty("reminders.checkInTime", reminders.checkInTime().toString());
        values.setProperty("reminders.doses", Boolean.toString(reminders.doses()));
    }

    /** The last window bounds, or null before the first close. */
    public double[] windowBounds() {
        String text = values.getProperty("window");
        if (text == null) {
            return null;
        }
        try {
            String[] parts = text.split(",");
            if (parts.length != 4) {
                return null;
            }
            double[] bounds = new double[4];
            for (int i = 0; i < 4; i++) {
                bounds[i] = Double.parseDouble(parts[i]);
            }
            return bounds[2] > 200 && bounds[3] > 200 ? bounds : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void setWindowBounds(double x, double y, double width, double height) {
        values.setProperty("window", String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f", x, y, width, height));
    }

    /** The folder a file was last chosen in (a backup, a summary, a chart), or null before the first. */
    public String lastFolder() {
        return values.getProperty("files.lastFolder");
    }

    public void setLastFolder(String folder) {
        values.setProperty("files.lastFolder", folder);
    }

    /** Writes the file whole or not at all. */
    public void save() {
        try {
            org.carnet.storage.AtomicFiles.createFolders(file.getParent());
            org.carnet.storage.AtomicFiles.write(file, out -> {
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(writer, "Carnet interface settings");
                writer.flush();
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save settings", e);
        }
    }
}
