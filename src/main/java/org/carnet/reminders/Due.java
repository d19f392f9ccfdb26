package org.carnet.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.carnet.intake.MedicationClass;

/** Something the person asked to be reminded of, due now and not logged yet. */
public sealed interface Due {
    /** The same reminder on the same day has the same key: it is shown once. */
    String key();

    /** Today's check-in is not done and the chosen time has passed. */
    record CheckIn(LocalDate day, LocalTime after) implements Due {
        @Override
        public String key() {
            return "checkin@" + day;
        }
    }

    /**
     * A planned dose of the current protocol whose time has passed with nothing of that product logged from an hour
     * before it. {@code spacing} is set when the product contains magnesium and taking it now would fall within
     * 4 h of a logged medication to keep apart from magnesium: it then says from when it can be taken.
     */
    record Dose(LocalDate day, long productId, String productName, double units, LocalTime planned,
                Spacing spacing) implements Due {
        @Override
        public String key() {
            return "dose@" + day + "@" + productId + "@" + planned;
        }
    }

    /** A logged medication too close to now for magnesium, and the first time magnesium is 4 h away from it. */
    record Spacing(String medicationName, MedicationClass medicationClass, LocalDateTime medicationTakenAt,
                   LocalDateTime notBefore) {
    }
}
