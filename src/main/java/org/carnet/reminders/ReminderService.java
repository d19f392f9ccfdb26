package org.carnet.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carnet.intake.DayIntakeDetails;
import org.carnet.intake.IntakeService;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.JournalService;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.TrackingService;

/**
 * Reads what the reminders need, and only that: whether today has a check-in, and for dose reminders the current
 * protocol with today's and yesterday's intakes (yesterday's for a medication taken late in the evening).
 */
public class ReminderService {
    private final JournalService journal;
    private final IntakeService intake;
    private final TrackingService tracking;

    public ReminderService(JournalService journal, IntakeService intake, TrackingService tracking) {
        this.journal = journal;
        this.intake = intake;
        this.tracking = tracking;
    }

    public List<Due> due(LocalDateTime now, ReminderSettings settings) {
        LocalDate today = now.toLocalDate();
        boolean checkInDone = settings.checkIn() && journal.hasCheckIn(today);
        if (!settings.doses()) {
            return Reminders.due(now, settings, Reminders.Logged.checkInOnly(checkInDone));
        }
        Optional<Protocol> protocol = tracking.current();
        if (protocol.isEmpty() || !protocol.get().planDay(today)) {
            return Reminders.due(now, settings, new Reminders.Logged(checkInDone, protocol, Map.of(), List.of(),
                    List.of(), Map.of()));
        }
        Map<Long, Product> products = new HashMap<>();
        tracking.products().forEach(p -> products.put(p.id(), p));
        List<SupplementIntake> supplements = new ArrayList<>();
        List<MedicationIntake> medications = new ArrayList<>();
        Map<Long, Medication> medicationsById = new HashMap<>();
        for (DayIntakeDetails day : intake.days(today.minusDays(1), today).values()) {
            for (DayIntakeDetails.SupplementLine line : day.supplements()) {
                supplements.add(line.intake());
                products.putIfAbsent(line.product().id(), line.product());
            }
            for (DayIntakeDetails.MedicationLine line : day.medications()) {
                medications.add(line.intake());
                medicationsById.put(line.medication().id(), line.medication());
            }
        }
        return Reminders.due(now, settings, new Reminders.Logged(checkInDone, protocol, products, supplements,
                medications, medicationsById));
    }

    /** The late doses of the current protocol now, reminders or not: what the intake page shows. */
    public List<Due.Dose> lateDoses(LocalDateTime now) {
        return due(now, new ReminderSettings(false, null, true)).stream()
                .filter(Due.Dose.class::isInstance).map(Due.Dose.class::cast).toList();
    }
}
