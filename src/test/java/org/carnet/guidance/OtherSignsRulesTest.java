package org.carnet.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carnet.guidance.DayIntake.TimedSupplement;
import org.carnet.intake.DailyTotals;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DayEntry;
import org.carnet.journal.Digestion;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SEE_PRO_OTHER_SIGNS rules on each side of Carnet's readings. */
class OtherSignsRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 30);
    private static final Product MAGNESIUM = new Product(null, "Mg", MagnesiumForm.CITRATE, 150.0, null, null, null,
            null);

    private static CheckIn checkIn(LocalDate day) {
        return CheckIn.empty(day);
    }

    private static DayIntake day(List<DayEntry> journal, boolean magnesium) {
        DayEntry today = journal.stream().filter(e -> e.day().equals(DAY)).findFirst().orElse(null);
        Digestion digestion = today == null ? null : today.checkIn().map(CheckIn::digestion).orElse(null);
        List<TimedSupplement> supplements = magnesium ? List.of(new TimedSupplement(LocalTime.of(21, 0), MAGNESIUM, 1))
                : List.of();
        List<DailyTotals.ProductDose> doses = supplements.stream()
                .map(s -> new DailyTotals.ProductDose(s.product(), s.units())).toList();
        return new DayIntake(DAY, supplements, List.of(), DailyTotals.of(List.of(), doses), digestion,
                Profile.empty(), journal);
    }

    private static List<String> ids(DayIntake day) {
        return GuidanceEngine.standard().evaluate(day).stream().map(Finding::ruleId).toList();
    }

    /** Diarrhoea on {@code days} days ending today (today included). */
    private static List<DayEntry> diarrhoea(int days, int span) {
        List<DayEntry> journal = new ArrayList<>();
        for (int i = 0; i < span; i++) {
            LocalDate d = DAY.minusDays(i);
            Digestion digestion = i < days ? Digestion.DIARRHOEA : Digestion.NORMAL;
            journal.add(new DayEntry(d, java.util.Optional.of(new CheckIn(d, null, null, null, null, null, null,
                    null, null, null, digestion, Set.of(), null)), List.of()));
        }
        return journal;
    }

    @ParameterizedTest(name = "diarrhoea on {0} of the last 7 days, magnesium {1}: warning {2}")
    @CsvSource({"2, true, false", "3, true, true", "7, true, true", "3, false, false"})
    void persistentDiarrhoeaIsThreeDaysOfSevenWithMagnesium(int days, boolean magnesium, boolean warned) {
        assertThat(SignThresholds.PERSISTENT_DIARRHOEA_DAYS).isEqualTo(3);
        DayIntake day = day(diarrhoea(days, 7), magnesium);
        assertThat(ids(day).contains(OtherSignsRules.PersistentDiarrhoea.ID)).isEqualTo(warned);
    }

    @Test
    void diarrhoeaDaysOutsideTheSpanDoNotCount() {
        List<DayEntry> journal = new ArrayList<>(diarrhoea(1, 1));
        // Two more days of diarrhoea, but 8 and 9 days ago: outside the 7 days.
        for (int ago : new int[] {8, 9}) {
            LocalDate d = DAY.minusDays(ago);
            journal.add(new DayEntry(d, java.util.Optional.of(new CheckIn(d, null, null, null, null, null, null,
                    null, null, null, Digestion.DIARRHOEA, Set.of(), null)), List.of()));
        }
        assertThat(ids(day(journal, true))).doesNotContain(OtherSignsRules.PersistentDiarrhoea.ID);
    }

    private static List<DayEntry> headaches(int days, int everyNthDay) {
        List<DayEntry> journal = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate d = DAY.minusDays((long) i * everyNthDay);
            journal.add(new DayEntry(d, java.util.Optional.of(checkIn(d).withSigns(true, 6, null, null)), List.of()));
        }
        return journal;
    }

    @ParameterizedTest(name = "{0} headache days, one every {1} days: warning {2}")
    @CsvSource({"3, 7, false", "4, 7, true", "4, 10, false", "5, 2, true"})
    void frequentMigrainesAreFourDaysInThirty(int days, int every, boolean warned) {
        Finding found = GuidanceEngine.standard().evaluate(day(headaches(days, every), false)).stream()
                .filter(f -> f.ruleId().equals(OtherSignsRules.FrequentHeadache.ID)).findFirst().orElse(null);
        assertThat(found != null).isEqualTo(warned);
        if (found != null) {
            assertThat(found.severity()).isEqualTo(Severity.WARNING);
            assertThat(found.fact()).isEqualTo(Fact.SEE_PRO_OTHER_SIGNS);
            assertThat(found.args()).containsExactly((long) days, 30, 4);
        }
    }

    @Test
    void aHeadacheFreeDayRaisesNothingHoweverManyBefore() {
        List<DayEntry> journal = new ArrayList<>(headaches(6, 2));
        journal.removeIf(e -> e.day().equals(DAY));
        journal.add(new DayEntry(DAY, java.util.Optional.of(checkIn(DAY).withSigns(false, null, null, null)),
                List.of()));
        assertThat(ids(day(journal, false))).doesNotContain(OtherSignsRules.FrequentHeadache.ID);
    }

    @Test
    void oneSpasmIsAWarningNoneIsNothing() {
        Episode spasm = new Episode(null, DAY.atTime(9, 30), EpisodeKind.SPASM, 2, 7, null, null, Set.of());
        Episode cramp = new Episode(null, DAY.atTime(3, 0), EpisodeKind.CRAMP, 2, 7, null, null, Set.of());
        assertThat(ids(day(List.of(new DayEntry(DAY, java.util.Optional.empty(), List.of(spasm))), false)))
                .contains(OtherSignsRules.Spasms.ID);
        assertThat(ids(day(List.of(new DayEntry(DAY, java.util.Optional.empty(), List.of(cramp))), false)))
                .doesNotContain(OtherSignsRules.Spasms.ID);
    }

    private static List<DayEntry> weights(double before, int daysAgo, double today) {
        LocalDate earlier = DAY.minusDays(daysAgo);
        return List.of(
                new DayEntry(earlier, java.util.Optional.of(checkIn(earlier).withSigns(null, null, null, before)),
                        List.of()),
                new DayEntry(DAY, java.util.Optional.of(checkIn(DAY).withSigns(null, null, null, today)), List.of()));
    }

    @ParameterizedTest(name = "{0} kg {1} days ago, {2} kg today: warning {3}")
    @CsvSource({"80.0, 20, 76.1, false", "80.0, 20, 76.0, true", "80.0, 29, 70.0, true", "80.0, 30, 70.0, false",
        "70.0, 10, 80.0, false"})
    void weightLossIsFivePercentWithinThirtyDays(double before, int daysAgo, double today, boolean warned) {
        assertThat(ids(day(weights(before, daysAgo, today), false)).contains(OtherSignsRules.WeightLoss.ID))
                .isEqualTo(warned);
    }

    @Test
    void nothingRecordedRaisesNoSign() {
        assertThat(ids(day(List.of(), true))).noneMatch(id -> id.startsWith("SEE_PRO_"));
    }
}
