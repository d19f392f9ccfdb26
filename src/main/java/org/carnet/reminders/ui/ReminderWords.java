package org.carnet.reminders.ui;

import org.carnet.reminders.Due;
import org.carnet.reminders.Notification;
import org.carnet.reminders.Reminders;
import org.carnet.ui.Messages;

/** The words of a reminder, in the person's language; for a locked journal, nothing health-related. */
public final class ReminderWords {
    private ReminderWords() {
    }

    /** The notification of {@code due}; a click on it ("Open Carnet") opens the app on the page of what is due. */
    public static Notification notification(Due due, Messages words, boolean locked) {
        String open = words.get("remind.open");
        if (due instanceof Due.CheckIn) {
            return new Notification(words.get("remind.checkIn.summary"),
                    locked ? "" : words.get("remind.checkIn.body"), open);
        }
        Due.Dose dose = (Due.Dose) due;
        if (locked) {
            return new Notification(words.get("remind.locked.summary"), "", open);
        }
        return new Notification(words.get("remind.dose.summary", dose.productName(), dose.units(),
                time(words, dose.planned())), dose.spacing() == null ? words.get("remind.dose.body")
                : spacing(dose.spacing(), words), open);
    }

    /** "Not before 12:00: …levothyroxine logged at 08:00… Source: …": never "take it now". */
    public static String spacing(Due.Spacing spacing, Messages words) {
        return spacingText(spacing, words) + " " + words.source(Reminders.SPACING_FACT);
    }

    /** The same without the source, for a screen that shows the source on its own line. */
    public static String spacingText(Due.Spacing spacing, Messages words) {
        String day = spacing.notBefore().toLocalDate().equals(spacing.medicationTakenAt().toLocalDate())
                ? "" : words.get("remind.spacing.tomorrow") + " ";
        return words.get("remind.spacing", day + time(words, spacing.notBefore().toLocalTime()),
                spacing.medicationName(), time(words, spacing.medicationTakenAt().toLocalTime()),
                Reminders.SPACING.toHours());
    }

    /** The intake page's line for a late planned dose; its source, if any, goes on a line of its own. */
    public static String lateDose(Due.Dose dose, Messages words) {
        String head = words.get("remind.dose.summary", dose.productName(), dose.units(), time(words, dose.planned()));
        return dose.spacing() == null ? head + " — " + words.get("remind.dose.body")
                : head + " — " + spacingText(dose.spacing(), words);
    }

    private static String time(Messages words, java.time.LocalTime time) {
        return words.time(java.time.LocalDate.EPOCH.atTime(time));
    }
}
