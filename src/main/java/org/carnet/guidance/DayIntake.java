package org.carnet.guidance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.carnet.intake.DailyTotals;
import org.carnet.intake.Medication;
import org.carnet.intake.Product;
import org.carnet.journal.Digestion;
import org.carnet.profile.Profile;

/**
 * Everything the rules look at for one day: what was taken and when, the day's totals, the digestion logged in the
 * check-in (null if not recorded) and the person's profile.
 */
public record DayIntake(LocalDate day, List<TimedSupplement> supplements, List<TimedMedication> medications,
                        DailyTotals totals, Digestion digestion, Profile profile) {

    public DayIntake {
        supplements = List.copyOf(supplements);
        medications = List.copyOf(medications);
        profile = profile == null ? Profile.empty() : profile;
    }

    /** A supplement taken at a time of day. */
    public record TimedSupplement(LocalTime time, Product product, double units) {
        public double magnesiumMg() {
            return product.magnesiumMg() == null ? 0 : product.magnesiumMg() * units;
        }
    }

    /** A medication taken at a time of day. */
    public record TimedMedication(LocalTime time, Medication medication) {
    }
}
