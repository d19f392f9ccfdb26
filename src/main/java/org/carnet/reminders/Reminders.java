package org.carnet.reminders;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carnet.guidance.Fact;
import org.carnet.guidance.MagnesiumSpacingRule;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;

/**
 * Decides what is due at a moment: a pure function of what was logged, so the command, the window and the tests
 * agree. A planned dose counts as logged when an intake of its product was logged from an hour before its time.
 */
public final class Reminders {
    /** A dose logged this long before its planned time still counts for it. */
    public static final Duration DOSE_WINDOW = Duration.ofHours(1);
    /**
     * A late magnesium dose is not suggested before this long after a medication to keep apart from it: the high
     * end of "2–4 hours apart" (fact MG_SPACING_2_4H), the same bound the spacing rule uses.
     */
    public static final Duration SPACING = MagnesiumSpacingRule.CAUTION_BELOW;
    public static final Fact SPACING_FACT = Fact.MG_SPACING_2_4H;

    private Reminders() {
    }

    /** What the journal says about a day, as the reminders need it. */
    public record Logged(boolean checkInDone, Optional<Protocol> protocol, Map<Long, Product> products,
                         List<SupplementIntake> supplements, List<MedicationIntake> medications,
                         Map<Long, Medication> medicationsById) {
        public static Logged checkInOnly(boolean checkInDone) {
            return new Logged(checkInDone, Optional.empty(), Map.of(), List.of(), List.of(), Map.of());
        }
    }

    public static List<Due> due(LocalDateTime now, ReminderSettings settings, Logged logged) {
        List<Due> due = new ArrayList<>();
        LocalDate today = now.toLocalDate();
        if (settings.checkIn() && !logged.checkInDone() && !now.toLocalTime().isBefore(settings.checkInTime())) {
            due.add(new Due.CheckIn(today, settings.checkInTime()));
        }
        if (settings.doses() && logged.protocol().isPresent() && logged.protocol().get().planDay(today)) {
            List<PlannedDose> plan = logged.protocol().get().plan().stream()
                    .sorted(Comparator.comparing(PlannedDose::time)).toList();
            for (PlannedDose dose : plan) {
                if (dose.time() == null || now.toLocalTime().isBefore(dose.time()) || logged(dose, today, logged)) {
                    continue;
                }
                Product product = logged.products().get(dose.productId());
                String name = product == null ? "" : product.name();
                Due.Spacing spacing = product != null && product.containsMagnesium()
                        ? spacing(now, logged).orElse(null) : null;
                due.add(new Due.Dose(today, dose.productId(), name, dose.units(), dose.time(), spacing));
            }
        }
        return due;
    }

    private static boolean logged(PlannedDose dose, LocalDate today, Logged logged) {
        LocalDateTime from = today.atTime(dose.time()).minus(DOSE_WINDOW);
        return logged.supplements().stream().anyMatch(s -> s.productId() == dose.productId()
                && s.takenAt().toLocalDate().equals(today) && !s.takenAt().isBefore(from));
    }

    /**
     * Whether taking magnesium at {@code now} would fall within {@link #SPACING} of a logged medication to keep
     * apart from it, and then the first moment that is at least that far from every such medication.
     */
    public static Optional<Due.Spacing> spacing(LocalDateTime now, Logged logged) {
        List<MedicationIntake> toSpace = logged.medications().stream()
                .filter(m -> m.takenAt() != null)
                .filter(m -> {
                    Medication medication = logged.medicationsById().get(m.medicationId());
                    return medication != null && medication.medicationClass() != null
                            && medication.medicationClass().needsSpacingFromMagnesium();
                })
                .sorted(Comparator.comparing(MedicationIntake::takenAt))
                .toList();
        LocalDateTime candidate = now;
        MedicationIntake blocking = null;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (MedicationIntake intake : toSpace) {
                if (Duration.between(intake.takenAt(), candidate).abs().compareTo(SPACING) < 0) {
                    candidate = intake.takenAt().plus(SPACING);
                    blocking = intake;
                    moved = true;
                }
            }
        }
        if (blocking == null) {
            return Optional.empty();
        }
        Medication medication = logged.medicationsById().get(blocking.medicationId());
        return Optional.of(new Due.Spacing(medication.name(), medication.medicationClass(), blocking.takenAt(),
                candidate));
    }
}
