package org.carnet.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.junit.jupiter.api.Test;

class RemindersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 2);
    private static final ReminderSettings CHECK_IN_AT_20 = new ReminderSettings(true, LocalTime.of(20, 0), false);
    private static final ReminderSettings DOSES = new ReminderSettings(false, null, true);
    private static final Product MAGNESIUM = new Product(1L, "Mg bisglycinate", MagnesiumForm.BISGLYCINATE, 100.0,
            null, null, null, null);
    private static final Product VITAMIN_D = new Product(2L, "D3", null, null, 25.0, null, null, null);
    private static final Medication LEVOTHYROXINE = new Medication(7L, "Levothyrox", MedicationClass.LEVOTHYROXINE);
    private static final Medication PARACETAMOL = new Medication(8L, "Doliprane", MedicationClass.OTHER);
    private static final Protocol PLAN = new Protocol(3L, "Evening magnesium", DAY.minusDays(10), null, List.of(
            new PlannedDose(1L, 2, LocalTime.of(9, 0)), new PlannedDose(2L, 1, LocalTime.of(12, 0))));

    private static LocalDateTime at(int hour, int minute) {
        return DAY.atTime(hour, minute);
    }

    private static Reminders.Logged logged(List<SupplementIntake> supplements, List<MedicationIntake> medications) {
        return new Reminders.Logged(false, Optional.of(PLAN), Map.of(1L, MAGNESIUM, 2L, VITAMIN_D), supplements,
                medications, Map.of(7L, LEVOTHYROXINE, 8L, PARACETAMOL));
    }

    @Test
    void theCheckInIsDueOnceTheChosenTimeHasPassedAndNotBefore() {
        assertThat(Reminders.due(at(19, 59), CHECK_IN_AT_20, Reminders.Logged.checkInOnly(false))).isEmpty();
        assertThat(Reminders.due(at(20, 0), CHECK_IN_AT_20, Reminders.Logged.checkInOnly(false)))
                .containsExactly(new Due.CheckIn(DAY, LocalTime.of(20, 0)));
    }

    @Test
    void nothingIsDueForADayAlreadyCheckedIn() {
        assertThat(Reminders.due(at(22, 0), CHECK_IN_AT_20, Reminders.Logged.checkInOnly(true))).isEmpty();
    }

    @Test
    void remindersTurnedOffShowNothingEvenWhenNothingIsLogged() {
        assertThat(Reminders.due(at(23, 0), ReminderSettings.OFF, logged(List.of(), List.of()))).isEmpty();
    }

    @Test
    void aPlannedDoseIsDueAfterItsTimeUntilLogged() {
        assertThat(Reminders.due(at(8, 59), DOSES, logged(List.of(), List.of()))).isEmpty();

        List<Due> due = Reminders.due(at(9, 30), DOSES, logged(List.of(), List.of()));

        assertThat(due).hasSize(1);
        Due.Dose dose = (Due.Dose) due.get(0);
        assertThat(dose.productName()).isEqualTo("Mg bisglycinate");
        assertThat(dose.units()).isEqualTo(2);
        assertThat(dose.planned()).isEqualTo(LocalTime.of(9, 0));
        assertThat(dose.spacing()).isNull();
    }

    @Test
    void aDoseLoggedWithinTheHourBeforeItsTimeOrLaterCountsAsTaken() {
        SupplementIntake early = new SupplementIntake(1L, at(8, 10), 1L, 2);
        SupplementIntake late = new SupplementIntake(2L, at(11, 0), 1L, 1);

        assertThat(Reminders.due(at(13, 0), DOSES, logged(List.of(early), List.of())))
                .extracting(Due::key).containsExactly("dose@2026-04-02@2@12:00");
        assertThat(Reminders.due(at(11, 30), DOSES, logged(List.of(late), List.of()))).isEmpty();
    }

    @Test
    void aDoseLoggedMoreThanAnHourBeforeItsTimeDoesNotCount() {
        SupplementIntake tooEarly = new SupplementIntake(1L, at(7, 30), 1L, 2);

        assertThat(Reminders.due(at(9, 30), DOSES, logged(List.of(tooEarly), List.of()))).hasSize(1);
    }

    @Test
    void aLateMagnesiumDoseCloseToLevothyroxineSaysWhenItCanBeTakenInstead() {
        MedicationIntake thyroid = new MedicationIntake(1L, at(8, 0), 7L);

        Due.Dose dose = (Due.Dose) Reminders.due(at(9, 30), DOSES, logged(List.of(), List.of(thyroid))).get(0);

        assertThat(dose.spacing()).isNotNull();
        assertThat(dose.spacing().medicationName()).isEqualTo("Levothyrox");
        assertThat(dose.spacing().notBefore()).isEqualTo(at(12, 0));
    }

    @Test
    void aLateMagnesiumDoseFourHoursAfterTheMedicationHasNoSpacingNote() {
        MedicationIntake thyroid = new MedicationIntake(1L, at(5, 30), 7L);

        Due.Dose dose = (Due.Dose) Reminders.due(at(9, 30), DOSES, logged(List.of(), List.of(thyroid))).get(0);

        assertThat(dose.spacing()).isNull();
    }

    @Test
    void onlyMagnesiumAndOnlyTheMedicationsToKeepApartAreSpaced() {
        List<MedicationIntake> medications = List.of(new MedicationIntake(1L, at(11, 30), 7L),
                new MedicationIntake(2L, at(12, 0), 8L));
        SupplementIntake magnesiumTaken = new SupplementIntake(1L, at(9, 0), 1L, 2);

        Due.Dose vitaminD = (Due.Dose) Reminders.due(at(12, 30), DOSES,
                logged(List.of(magnesiumTaken), medications)).get(0);
        assertThat(vitaminD.productId()).isEqualTo(2L);
        assertThat(vitaminD.spacing()).isNull();

        Reminders.Logged paracetamolOnly = logged(List.of(), List.of(new MedicationIntake(2L, at(9, 0), 8L)));
        assertThat(Reminders.spacing(at(9, 30), paracetamolOnly)).isEmpty();
    }

    @Test
    void theSuggestedTimeClearsEveryMedicationToKeepApart() {
        // Taken at 08:00 and a quinolone at 11:00: 12:00 is too close to the second, so 15:00.
        Medication quinolone = new Medication(9L, "Ciflox", MedicationClass.QUINOLONE);
        Reminders.Logged logged = new Reminders.Logged(false, Optional.of(PLAN), Map.of(1L, MAGNESIUM), List.of(),
                List.of(new MedicationIntake(1L, at(8, 0), 7L), new MedicationIntake(2L, at(11, 0), 9L)),
                Map.of(7L, LEVOTHYROXINE, 9L, quinolone));

        Due.Spacing spacing = Reminders.spacing(at(9, 30), logged).orElseThrow();

        assertThat(spacing.notBefore()).isEqualTo(at(15, 0));
        assertThat(spacing.medicationName()).isEqualTo("Ciflox");
    }

    @Test
    void noDoseIsDueOnTheDaysOfAnEndedProtocol() {
        Protocol ended = new Protocol(3L, "Ended", DAY.minusDays(20), DAY.minusDays(1), PLAN.plan());
        Reminders.Logged logged = new Reminders.Logged(false, Optional.of(ended), Map.of(1L, MAGNESIUM), List.of(),
                List.of(), Map.of());

        assertThat(Reminders.due(at(23, 0), DOSES, logged)).isEmpty();
    }
}
