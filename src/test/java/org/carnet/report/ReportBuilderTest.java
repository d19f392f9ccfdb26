package org.carnet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.carnet.guidance.Fact;
import org.carnet.guidance.Finding;
import org.carnet.guidance.Severity;
import org.carnet.intake.DailyTotals;
import org.carnet.intake.DayIntakeDetails;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DayEntry;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;
import org.carnet.profile.Profile;
import org.carnet.report.ReportData.ProtocolLine;
import org.carnet.report.ReportData.RedFlagDay;
import org.carnet.report.ReportData.SymptomRow;
import org.carnet.report.ReportData.TestToDiscuss;
import org.carnet.tracking.Adherence;
import org.carnet.tracking.Baseline;
import org.carnet.tracking.Direction;
import org.carnet.tracking.Measure;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.Symptom;
import org.carnet.tracking.SymptomSummary;
import org.carnet.tracking.TrackingFindings;
import org.carnet.tracking.TrackingReport;
import org.carnet.tracking.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The GP summary from small hand-built journals: each section on its own. */
class ReportBuilderTest {
    private static final double EPSILON = 1e-9;
    /** A 28-day period: day 1 = 1 March, day 28 = 28 March. */
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 28);
    private static final LocalDate PRINTED = LocalDate.of(2026, 3, 30);

    private static final Product MAGNESIUM = new Product(1L, "Mg bisglycinate", MagnesiumForm.BISGLYCINATE, 100.0,
            null, null, null, null);
    private static final Product VITAMIN_D = new Product(2L, "D3", null, null, 25.0, null, null, null);
    private static final Product CALCIUM = new Product(3L, "Calcium", null, null, null, null, null, 500.0);
    private static final Product K2 = new Product(4L, "K2 MK-7", null, null, null, 75.0, null, null);
    private static final Medication LEVOTHYROX = new Medication(9L, "Levothyrox", MedicationClass.LEVOTHYROXINE);

    private final Map<LocalDate, CheckIn> checkIns = new HashMap<>();
    private final Map<LocalDate, List<Episode>> episodes = new HashMap<>();
    private final Map<LocalDate, List<DayIntakeDetails.SupplementLine>> supplements = new HashMap<>();
    private final Map<LocalDate, List<DayIntakeDetails.MedicationLine>> medications = new HashMap<>();
    private Profile profile = Profile.empty();
    private TrackingReport tracking;
    private List<Finding> guidance = List.of();

    // Fixture

    private static LocalDate day(int n) {
        return FROM.plusDays(n - 1L);
    }

    private static CheckIn emptyCheckIn(LocalDate day) {
        return CheckIn.empty(day);
    }

    /** A check-in with one symptom recorded (and red flags). */
    private static CheckIn checkIn(LocalDate day, Symptom symptom, Integer value, RedFlag... flags) {
        Integer cramps = symptom == Symptom.CRAMP_EPISODES ? value : null;
        Integer severity = symptom == Symptom.CRAMP_SEVERITY ? value : null;
        Integer sleep = symptom == Symptom.SLEEP_QUALITY ? value : null;
        Integer palpitations = symptom == Symptom.PALPITATIONS ? value : null;
        Integer fatigue = symptom == Symptom.FATIGUE ? value : null;
        Integer twitching = symptom == Symptom.TWITCHING ? value : null;
        Integer irritability = symptom == Symptom.IRRITABILITY ? value : null;
        return new CheckIn(day, cramps, severity, null, sleep, null, palpitations, fatigue, twitching, irritability,
                null, flags(flags), null);
    }

    private static Set<RedFlag> flags(RedFlag... flags) {
        return flags.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(flags));
    }

    private static Episode palpitation(LocalDateTime at, Integer minutes, Rhythm rhythm, Trigger trigger,
                                       RedFlag... flags) {
        return new Episode(null, at, EpisodeKind.PALPITATION, minutes, null, rhythm, trigger, flags(flags));
    }

    private static Episode cramp(LocalDateTime at) {
        return new Episode(null, at, EpisodeKind.CRAMP, 2, 5, null, null, Set.of());
    }

    private ReportBuilderTest log(CheckIn checkIn) {
        checkIns.put(checkIn.day(), checkIn);
        return this;
    }

    private ReportBuilderTest log(Symptom symptom, int dayNumber, int value) {
        return log(checkIn(day(dayNumber), symptom, value));
    }

    private ReportBuilderTest episode(Episode episode) {
        episodes.computeIfAbsent(episode.day(), d -> new ArrayList<>()).add(episode);
        return this;
    }

    private ReportBuilderTest took(Product product, LocalDateTime at) {
        supplements.computeIfAbsent(at.toLocalDate(), d -> new ArrayList<>())
                .add(new DayIntakeDetails.SupplementLine(new SupplementIntake(null, at, product.id(), 1), product));
        return this;
    }

    private ReportBuilderTest took(Medication medication, LocalDateTime at) {
        medications.computeIfAbsent(at.toLocalDate(), d -> new ArrayList<>())
                .add(new DayIntakeDetails.MedicationLine(new MedicationIntake(null, at, medication.id()), medication));
        return this;
    }

    private Map<LocalDate, DayEntry> journal() {
        Map<LocalDate, DayEntry> days = new HashMap<>();
        Set<LocalDate> dates = new java.util.HashSet<>(checkIns.keySet());
        dates.addAll(episodes.keySet());
        for (LocalDate date : dates) {
            days.put(date, new DayEntry(date, Optional.ofNullable(checkIns.get(date)),
                    episodes.getOrDefault(date, List.of())));
        }
        return days;
    }

    private Map<LocalDate, DayIntakeDetails> intake() {
        Map<LocalDate, DayIntakeDetails> days = new HashMap<>();
        Set<LocalDate> dates = new java.util.HashSet<>(supplements.keySet());
        dates.addAll(medications.keySet());
        for (LocalDate date : dates) {
            days.put(date, new DayIntakeDetails(date, List.of(), supplements.getOrDefault(date, List.of()),
                    medications.getOrDefault(date, List.of()), DailyTotals.of(List.of(), List.of())));
        }
        return days;
    }

    private ReportData build() {
        return build(FROM, TO);
    }

    private ReportData build(LocalDate from, LocalDate to) {
        return ReportBuilder.build(new ReportBuilder.Inputs(profile, from, to, PRINTED, journal(), intake(),
                tracking, guidance));
    }

    private static Protocol protocol(LocalDate start, LocalDate end) {
        return new Protocol(1L, "Evening magnesium", start, end, List.of());
    }

    private static Measure measure(int recordedDays, Double mean) {
        return new Measure(FROM, TO, recordedDays, mean);
    }

    /** A tracking report whose numbers are set by hand: every symptom with the same summary. */
    private static TrackingReport report(Protocol protocol, int dayNumber, Adherence adherence,
                                         List<Finding> findings, SymptomSummary... summaries) {
        Map<org.carnet.tracking.Tracked, SymptomSummary> given = new HashMap<>();
        for (SymptomSummary s : summaries) {
            given.put(s.symptom(), s);
        }
        List<SymptomSummary> all = Stream.of(Symptom.values())
                .map(s -> given.getOrDefault(s, new SymptomSummary(s, measure(0, null), measure(0, null),
                        measure(0, null), measure(0, null), null, null, Direction.NOT_ENOUGH_DATA, false)))
                .toList();
        return new TrackingReport(protocol, TO, dayNumber, Window.of(dayNumber), dayNumber,
                new Baseline(protocol.start().minusDays(14), protocol.start().minusDays(1), 10), adherence, all,
                findings);
    }

    private static Finding finding(String id, Severity severity) {
        return new Finding(id, severity, TO, Fact.PERSISTENCE_3_4W, List.of());
    }

    private static SymptomRow row(ReportData data, Symptom symptom) {
        return data.symptoms().stream().filter(r -> r.symptom() == symptom).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + symptom));
    }

    // 1. Header

    @Test
    void theHeaderNamesThePersonThePeriodAndThePrintDay() {
        profile = new Profile("Claire Martin", 1971, Set.of());
        log(Symptom.FATIGUE, 1, 2);

        ReportData.Header header = build().header();

        assertThat(header).isEqualTo(new ReportData.Header("Claire Martin", 1971, FROM, TO, PRINTED));
    }

    @Test
    void anEmptyProfileLeavesNameAndYearUnknown() {
        profile = null;

        ReportData.Header header = build().header();

        assertThat(header.name()).isNull();
        assertThat(header.birthYear()).isNull();
        assertThat(header.from()).isEqualTo(FROM);
    }

    // 2. Red flags

    static Stream<Arguments> redFlagDays() {
        LocalDate d = day(5);
        return Stream.of(
                Arguments.of("flag on the check-in, nothing else",
                        checkIn(d, Symptom.FATIGUE, 3, RedFlag.CHEST_PAIN), List.of(),
                        Set.of(RedFlag.CHEST_PAIN), false),
                Arguments.of("flag on the check-in, palpitations counted 0",
                        checkIn(d, Symptom.PALPITATIONS, 0, RedFlag.BREATHLESSNESS), List.of(),
                        Set.of(RedFlag.BREATHLESSNESS), false),
                Arguments.of("flag on the check-in, palpitations counted 2",
                        checkIn(d, Symptom.PALPITATIONS, 2, RedFlag.FAINTING), List.of(),
                        Set.of(RedFlag.FAINTING), true),
                Arguments.of("flag on the check-in, a cramp episode only",
                        checkIn(d, Symptom.FATIGUE, 3, RedFlag.CHEST_PAIN), List.of(cramp(d.atTime(3, 0))),
                        Set.of(RedFlag.CHEST_PAIN), false),
                Arguments.of("flag on the check-in, a palpitation episode without flag",
                        checkIn(d, Symptom.FATIGUE, 3, RedFlag.CHEST_PAIN),
                        List.of(palpitation(d.atTime(9, 0), 5, Rhythm.REGULAR, null)),
                        Set.of(RedFlag.CHEST_PAIN), true),
                Arguments.of("flag on an episode, no check-in",
                        null, List.of(palpitation(d.atTime(9, 0), 5, Rhythm.IRREGULAR, null, RedFlag.FAINTING)),
                        Set.of(RedFlag.FAINTING), true),
                Arguments.of("flags on both are joined",
                        checkIn(d, Symptom.FATIGUE, 3, RedFlag.CHEST_PAIN),
                        List.of(palpitation(d.atTime(9, 0), 5, null, null, RedFlag.BREATHLESSNESS)),
                        Set.of(RedFlag.CHEST_PAIN, RedFlag.BREATHLESSNESS), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("redFlagDays")
    void aRedFlagDayCarriesItsFlagsAndWhetherPalpitationsWereLogged(String name, CheckIn checkIn,
                                                                     List<Episode> dayEpisodes,
                                                                     Set<RedFlag> expected, boolean withPalpitations) {
        if (checkIn != null) {
            log(checkIn);
        }
        dayEpisodes.forEach(this::episode);

        assertThat(build().redFlags()).containsExactly(new RedFlagDay(day(5), expected, withPalpitations));
    }

    @Test
    void redFlagDaysAreListedOldestFirstAndOnlyInsideThePeriod() {
        log(checkIn(day(20), Symptom.FATIGUE, 1, RedFlag.FAINTING));
        log(checkIn(day(3), Symptom.FATIGUE, 1, RedFlag.CHEST_PAIN));
        episode(palpitation(day(11).atTime(22, 0), 3, Rhythm.REGULAR, null, RedFlag.BREATHLESSNESS));
        log(checkIn(day(12), Symptom.FATIGUE, 4));
        log(checkIn(FROM.minusDays(1), Symptom.FATIGUE, 1, RedFlag.CHEST_PAIN));
        log(checkIn(TO.plusDays(1), Symptom.FATIGUE, 1, RedFlag.CHEST_PAIN));

        assertThat(build().redFlags()).extracting(RedFlagDay::day).containsExactly(day(3), day(11), day(20));
    }

    // 3. Protocol

    @Test
    void withoutATrackingReportThereIsNoProtocolLineAndNoBands() {
        log(Symptom.FATIGUE, 1, 2);

        ReportData data = build();

        assertThat(data.protocol()).isNull();
        assertThat(data.chart().protocolStart()).isNull();
        assertThat(data.chart().baselineFrom()).isNull();
        assertThat(data.chart().earlyEnd()).isNull();
        assertThat(data.chart().lateEnd()).isNull();
    }

    static Stream<Arguments> persistence() {
        return Stream.of(
                Arguments.of("no finding", List.of(), false, false),
                Arguments.of("no baseline is not persistence",
                        List.of(finding(TrackingFindings.NO_BASELINE, Severity.INFO)), false, false),
                Arguments.of("3 weeks", List.of(finding(TrackingFindings.PERSISTING_3W, Severity.CAUTION)), true,
                        false),
                Arguments.of("4 weeks", List.of(finding(TrackingFindings.PERSISTING_4W, Severity.WARNING)), true,
                        true),
                Arguments.of("low adherence, 3 weeks",
                        List.of(finding(TrackingFindings.PERSISTING_LOW_ADHERENCE, Severity.CAUTION)), true, false),
                Arguments.of("low adherence, 4 weeks",
                        List.of(finding(TrackingFindings.PERSISTING_LOW_ADHERENCE, Severity.WARNING)), true, true),
                Arguments.of("a red flag is not persistence",
                        List.of(finding(TrackingFindings.RED_FLAG, Severity.WARNING)), false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("persistence")
    void theProtocolLineSaysWhetherSymptomsPersistAndWhetherToSeeADoctor(String name, List<Finding> findings,
                                                                        boolean persisting, boolean seeDoctor) {
        log(Symptom.FATIGUE, 1, 2);
        tracking = report(protocol(day(-3), null), 32, new Adherence(true, 32, 24), findings);

        ProtocolLine line = build().protocol();

        assertThat(line).isEqualTo(new ProtocolLine("Evening magnesium", day(-3), 32, 75, persisting, seeDoctor));
    }

    @Test
    void anEmptyPlanHasNoAdherence() {
        log(Symptom.FATIGUE, 1, 2);
        tracking = report(protocol(day(10), null), 19, Adherence.notApplicable(), List.of());

        assertThat(build().protocol().adherencePercent()).isNull();
        assertThat(build().protocol().dayNumber()).isEqualTo(19);
    }

    @Test
    void theChartBandsFollowTheProtocolStart() {
        log(Symptom.FATIGUE, 1, 2);
        tracking = report(protocol(day(15), null), 14, Adherence.notApplicable(), List.of());

        ReportData.ChartSeries chart = build().chart();

        assertThat(chart.protocolStart()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(chart.baselineFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(chart.earlyEnd()).isEqualTo(LocalDate.of(2026, 4, 4));
        assertThat(chart.lateEnd()).isEqualTo(LocalDate.of(2026, 5, 9));
    }

    @ParameterizedTest(name = "protocol {0} – {1} overlaps 1–28 March: {2}")
    @CsvSource(nullValues = "null", value = {
        "2026-02-01, null, true",
        "2026-02-01, 2026-02-28, false",
        "2026-02-01, 2026-03-01, true",
        "2026-03-28, null, true",
        "2026-03-29, null, false",
        "2026-03-10, 2026-03-12, true",
    })
    void aProtocolOverlapsThePeriodWhenItRunsOnOneOfItsDays(LocalDate start, LocalDate end, boolean overlaps) {
        assertThat(ReportBuilder.overlaps(protocol(start, end), FROM, TO)).isEqualTo(overlaps);
    }

    // 4. Symptoms

    @Test
    void sleepQualityIsAffectedAtThreeOrLessAndItsWorstIsTheLowest() {
        log(Symptom.SLEEP_QUALITY, 1, 2);
        log(Symptom.SLEEP_QUALITY, 2, 3);
        log(Symptom.SLEEP_QUALITY, 3, 4);
        log(Symptom.SLEEP_QUALITY, 4, 5);
        log(Symptom.SLEEP_QUALITY, 5, 1);

        SymptomRow sleep = row(build(), Symptom.SLEEP_QUALITY);

        assertThat(sleep.daysRecorded()).isEqualTo(5);
        assertThat(sleep.daysAffected()).isEqualTo(3);
        assertThat(sleep.mean()).isCloseTo(3.0, within(EPSILON));
        assertThat(sleep.worst()).isCloseTo(1.0, within(EPSILON));
    }

    @Test
    void otherSymptomsAreAffectedAboveZeroAndTheirWorstIsTheHighest() {
        log(Symptom.FATIGUE, 1, 0);
        log(Symptom.FATIGUE, 2, 6);
        log(Symptom.FATIGUE, 3, 3);
        log(checkIn(day(4), Symptom.FATIGUE, null));

        SymptomRow fatigue = row(build(), Symptom.FATIGUE);

        assertThat(fatigue.daysRecorded()).isEqualTo(3);
        assertThat(fatigue.daysAffected()).isEqualTo(2);
        assertThat(fatigue.mean()).isCloseTo(3.0, within(EPSILON));
        assertThat(fatigue.worst()).isCloseTo(6.0, within(EPSILON));
    }

    @Test
    void crampEpisodesCountTheEpisodesOfDaysWithoutACheckIn() {
        episode(cramp(day(2).atTime(2, 0)));
        episode(cramp(day(2).atTime(4, 0)));
        log(Symptom.CRAMP_EPISODES, 3, 0);

        SymptomRow cramps = row(build(), Symptom.CRAMP_EPISODES);

        assertThat(cramps.daysRecorded()).isEqualTo(2);
        assertThat(cramps.daysAffected()).isEqualTo(1);
        assertThat(cramps.worst()).isCloseTo(2.0, within(EPSILON));
    }

    @Test
    void symptomsNeverRecordedInThePeriodHaveNoRow() {
        log(Symptom.TWITCHING, 1, 1);
        log(emptyCheckIn(day(2)));
        log(Symptom.IRRITABILITY, 40, 5);

        assertThat(build().symptoms()).extracting(SymptomRow::symptom).containsExactly(Symptom.TWITCHING);
    }

    @ParameterizedTest(name = "{0} recorded days in the first 7, {1} in the last 7")
    @CsvSource(nullValues = "null", value = {
        // first-7 days, last-7 days, baseline mean, last-7 mean, change %
        "3, 3, null, null, null",
        "4, 3, 4.0, null, null",
        "3, 4, null, 1.0, null",
        "4, 4, 4.0, 1.0, -75.0",
        "7, 7, 4.0, 1.0, -75.0",
    })
    void withoutAProtocolBaselineAndLast7AreTheFirstAndLastWeekOfThePeriod(int firstDays, int lastDays,
                                                                          Double baseline, Double last7,
                                                                          Double change) {
        for (int d = 1; d <= firstDays; d++) {
            log(Symptom.FATIGUE, d, 4);
        }
        for (int d = 8; d <= 21; d++) {
            log(Symptom.FATIGUE, d, 9); // the middle of the period counts in neither mean
        }
        for (int d = 28; d > 28 - lastDays; d--) {
            log(Symptom.FATIGUE, d, 1);
        }

        SymptomRow fatigue = row(build(), Symptom.FATIGUE);

        assertThat(fatigue.daysRecorded()).isEqualTo(firstDays + 14 + lastDays);
        assertDouble(fatigue.baselineMean(), baseline);
        assertDouble(fatigue.last7Mean(), last7);
        assertDouble(fatigue.changePercent(), change);
    }

    @Test
    void withoutAProtocolABaselineOfZeroHasNoPercentage() {
        for (int d = 1; d <= 7; d++) {
            log(Symptom.CRAMP_EPISODES, d, 0);
        }
        for (int d = 22; d <= 28; d++) {
            log(Symptom.CRAMP_EPISODES, d, 2);
        }

        SymptomRow cramps = row(build(), Symptom.CRAMP_EPISODES);

        assertThat(cramps.baselineMean()).isCloseTo(0.0, within(EPSILON));
        assertThat(cramps.last7Mean()).isCloseTo(2.0, within(EPSILON));
        assertThat(cramps.changePercent()).isNull();
    }

    @Test
    void withAProtocolBaselineAndLast7ComeFromTheTrackingReport() {
        for (int d = 1; d <= 28; d++) {
            log(Symptom.FATIGUE, d, 4); // the period alone would give 4.0 and 4.0
        }
        SymptomSummary summary = new SymptomSummary(Symptom.FATIGUE, measure(10, 6.0), measure(0, null),
                measure(0, null), measure(7, 3.0), -50.0, -3.0, Direction.BETTER, false);
        tracking = report(protocol(day(10), null), 19, Adherence.notApplicable(), List.of(), summary);

        SymptomRow fatigue = row(build(), Symptom.FATIGUE);

        assertThat(fatigue.baselineMean()).isEqualTo(6.0);
        assertThat(fatigue.last7Mean()).isEqualTo(3.0);
        assertThat(fatigue.changePercent()).isEqualTo(-50.0);
        assertThat(fatigue.mean()).isCloseTo(4.0, within(EPSILON));
    }

    private static void assertDouble(Double actual, Double expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isCloseTo(expected, within(EPSILON));
        }
    }

    // 5. Chart

    @Test
    void theChartHasEveryDayOfThePeriodWithNullsWhereNothingWasRecorded() {
        log(Symptom.SLEEP_QUALITY, 1, 4);
        log(Symptom.FATIGUE, 3, 7);
        episode(palpitation(day(3).atTime(8, 0), 2, Rhythm.REGULAR, null));

        ReportData.ChartSeries chart = build().chart();

        assertThat(chart.days()).hasSize(28).startsWith(FROM).endsWith(TO);
        assertThat(chart.values()).containsOnlyKeys(Symptom.CRAMP_EPISODES, Symptom.SLEEP_QUALITY,
                Symptom.PALPITATIONS, Symptom.FATIGUE);
        assertThat(chart.values().get(Symptom.SLEEP_QUALITY)).hasSize(28).startsWith(4.0, null, null);
        assertThat(chart.values().get(Symptom.FATIGUE)).startsWith(null, null, 7.0);
        assertThat(chart.values().get(Symptom.PALPITATIONS)).startsWith(null, null, 1.0);
        assertThat(chart.values().get(Symptom.CRAMP_EPISODES)).containsOnlyNulls();
    }

    // 6. Palpitations

    @Test
    void palpitationsGiveMediansRhythmsAndTriggers() {
        episode(palpitation(day(2).atTime(21, 0), 10, Rhythm.REGULAR, Trigger.CAFFEINE));
        episode(palpitation(day(2).atTime(23, 0), null, Rhythm.IRREGULAR, Trigger.STRESS));
        episode(palpitation(day(5).atTime(7, 30), 2, Rhythm.IRREGULAR, Trigger.CAFFEINE));
        episode(palpitation(day(9).atTime(22, 15), 30, null, null));
        episode(palpitation(day(12).atTime(22, 45), 5, Rhythm.IRREGULAR, null));
        episode(cramp(day(12).atTime(3, 0)));
        log(checkIn(day(20), Symptom.PALPITATIONS, 3)); // counted, no episode: a day, not an episode
        log(checkIn(day(21), Symptom.PALPITATIONS, 0));

        ReportData.Palpitations palpitations = build().palpitations();

        assertThat(palpitations.episodes()).isEqualTo(5);
        assertThat(palpitations.daysWithPalpitations()).isEqualTo(5);
        assertThat(palpitations.typicalTime()).isEqualTo(LocalTime.of(22, 15));
        // known durations 2, 5, 10, 30: the middle of 5 and 10, rounded half up
        assertThat(palpitations.typicalDurationMinutes()).isEqualTo(8);
        assertThat(palpitations.regular()).isEqualTo(1);
        assertThat(palpitations.irregular()).isEqualTo(3);
        assertThat(palpitations.count(Rhythm.IRREGULAR)).isEqualTo(3);
        assertThat(palpitations.triggers()).isEqualTo(Map.of(Trigger.CAFFEINE, 2, Trigger.STRESS, 1));
    }

    @Test
    void withoutPalpitationsCountsAreZeroAndTimesUnknown() {
        episode(cramp(day(2).atTime(3, 0)));
        log(checkIn(day(3), Symptom.PALPITATIONS, 0));

        ReportData.Palpitations palpitations = build().palpitations();

        assertThat(palpitations).isEqualTo(new ReportData.Palpitations(0, 0, 0, null, null, 0, 0, Map.of()));
    }

    @ParameterizedTest(name = "median of {0} = {1}")
    @CsvSource(nullValues = "null", value = {
        "'', null",
        "'08:00', 08:00",
        "'22:00 08:00 21:00', 21:00",
        "'08:00 09:00', 08:30",
        "'08:00 08:01', 08:00",
        "'23:00 20:00 21:00 22:00', 21:30",
    })
    void theTypicalTimeIsTheMedian(String times, LocalTime expected) {
        List<LocalTime> parsed = times.isBlank() ? List.of()
                : Stream.of(times.split(" ")).map(LocalTime::parse).toList();

        assertThat(ReportBuilder.medianTime(parsed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "median of {0} = {1}")
    @CsvSource(nullValues = "null", value = {
        "'', null",
        "'7', 7",
        "'30 1 4', 4",
        "'1 2', 2",
        "'2 4', 3",
        "'1 10 2 3', 3",
    })
    void theTypicalDurationIsTheMedian(String minutes, Integer expected) {
        List<Integer> parsed = minutes.isBlank() ? List.of()
                : Stream.of(minutes.split(" ")).map(Integer::valueOf).toList();

        assertThat(ReportBuilder.medianMinutes(parsed)).isEqualTo(expected);
    }

    // 7. Supplements and medications

    @Test
    void aSupplementLineGivesTheProductItsUsualTimeAndHowManyDaysItWasTaken() {
        took(MAGNESIUM, day(3).atTime(20, 0));
        took(MAGNESIUM, day(4).atTime(21, 0));
        took(MAGNESIUM, day(4).atTime(8, 0)); // a second intake the same day: still one day
        took(MAGNESIUM, day(9).atTime(22, 0));
        took(MAGNESIUM, FROM.minusDays(1).atTime(6, 0)); // before the period: ignored
        took(VITAMIN_D, day(2).atTime(12, 0));

        List<ReportData.SupplementLine> lines = build().supplements();

        assertThat(lines).containsExactly(
                new ReportData.SupplementLine("D3", null, null, 25.0, null, null, LocalTime.of(12, 0), day(2), 1, 28),
                new ReportData.SupplementLine("Mg bisglycinate", MagnesiumForm.BISGLYCINATE, 100.0, null, null, null,
                        LocalTime.of(20, 30), day(3), 3, 28));
    }

    @Test
    void aMedicationLineGivesItsClassUsualTimeAndFirstDay() {
        took(LEVOTHYROX, day(6).atTime(7, 0));
        took(LEVOTHYROX, day(7).atTime(7, 30));
        took(LEVOTHYROX, day(8).atTime(6, 30));

        assertThat(build().medications()).containsExactly(new ReportData.MedicationLine("Levothyrox",
                MedicationClass.LEVOTHYROXINE, LocalTime.of(7, 0), day(6), 3));
    }

    @Test
    void theDaysInThePeriodCountBothEnds() {
        took(VITAMIN_D, day(1).atTime(12, 0));

        assertThat(build(FROM, FROM).supplements()).singleElement()
                .satisfies(line -> assertThat(line.daysInPeriod()).isEqualTo(1));
    }

    // 8. Findings

    @Test
    void findingsJoinGuidanceAndTrackingWarningsFirst() {
        Finding guidanceInfo = new Finding("G_INFO", Severity.INFO, day(2), Fact.MG_FORMS, List.of());
        Finding guidanceWarning = new Finding("G_WARN", Severity.WARNING, day(3), Fact.MG_FORMS, List.of());
        Finding trackingRedFlag = finding(TrackingFindings.RED_FLAG, Severity.WARNING);
        Finding trackingCaution = finding(TrackingFindings.PERSISTING_3W, Severity.CAUTION);
        guidance = List.of(guidanceInfo, guidanceWarning);
        tracking = report(protocol(day(1), null), 28, Adherence.notApplicable(),
                List.of(trackingRedFlag, trackingCaution));
        log(Symptom.FATIGUE, 1, 1);

        assertThat(build().findings()).containsExactly(guidanceWarning, trackingRedFlag, trackingCaution,
                guidanceInfo);
    }

    @Test
    void findingsByRuleKeepTheirMostSeriousDay() {
        guidance = List.of(
                new Finding("MG_SUPPLEMENT_CEILING", Severity.WARNING, day(2), Fact.MG_SUPPLEMENT_CEILING_250,
                        List.of(400.0, 250.0)),
                new Finding("MG_SUPPLEMENT_CEILING", Severity.WARNING, day(9), Fact.MG_SUPPLEMENT_CEILING_250,
                        List.of(260.0, 250.0)),
                new Finding("MG_SPACING", Severity.WARNING, day(2), Fact.MG_SPACING_2_4H,
                        List.of("Levothyrox", "Mg", 60L, 2L, 4L)),
                new Finding("MG_SPACING", Severity.CAUTION, day(9), Fact.MG_SPACING_2_4H,
                        List.of("Levothyrox", "Mg", 180L, 2L, 4L)));

        List<org.carnet.guidance.PeriodFinding> byRule = build().findingsByRule();

        assertThat(byRule).hasSize(2);
        assertThat(byRule).allSatisfy(g -> {
            assertThat(g.severity()).isEqualTo(Severity.WARNING);
            assertThat(g.worstDay()).isEqualTo(day(2));
            assertThat(g.days()).containsExactly(day(2), day(9));
        });
        assertThat(byRule).extracting(g -> g.worst().args().get(0)).contains(400.0);
    }

    // 9. To discuss

    record Case(String name, Consumer<ReportBuilderTest> journal, List<TestToDiscuss> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<TestToDiscuss> BLOOD = List.of(TestToDiscuss.RED_CELL_MAGNESIUM,
            TestToDiscuss.POTASSIUM_AND_CALCIUM);

    static Stream<Case> toDiscussCases() {
        LocalDateTime evening = day(4).atTime(20, 0);
        return Stream.of(
                new Case("sleep and irritability only", t -> t.log(Symptom.SLEEP_QUALITY, 1, 2)
                        .log(checkIn(day(2), Symptom.IRRITABILITY, 8)), List.of()),
                new Case("cramps, twitching, fatigue all at 0", t -> t.log(Symptom.CRAMP_EPISODES, 1, 0)
                        .log(Symptom.TWITCHING, 2, 0).log(Symptom.FATIGUE, 3, 0), List.of()),
                new Case("a cramp counted", t -> t.log(Symptom.CRAMP_EPISODES, 1, 1), BLOOD),
                new Case("a cramp episode", t -> t.episode(cramp(day(2).atTime(3, 0))), BLOOD),
                new Case("twitching", t -> t.log(Symptom.TWITCHING, 5, 2), BLOOD),
                new Case("fatigue", t -> t.log(Symptom.FATIGUE, 5, 1), BLOOD),
                new Case("fatigue after the period", t -> t.log(Symptom.FATIGUE, 29, 6), List.of()),
                new Case("palpitations counted", t -> t.log(Symptom.PALPITATIONS, 5, 1),
                        List.of(TestToDiscuss.RED_CELL_MAGNESIUM, TestToDiscuss.POTASSIUM_AND_CALCIUM,
                                TestToDiscuss.ECG)),
                new Case("a palpitation episode", t -> t.episode(palpitation(evening, 3, Rhythm.REGULAR, null)),
                        List.of(TestToDiscuss.RED_CELL_MAGNESIUM, TestToDiscuss.POTASSIUM_AND_CALCIUM,
                                TestToDiscuss.ECG)),
                new Case("palpitations counted 0", t -> t.log(Symptom.PALPITATIONS, 5, 0), List.of()),
                new Case("a magnesium supplement", t -> t.took(MAGNESIUM, evening), BLOOD),
                new Case("vitamin D only", t -> t.took(VITAMIN_D, evening), List.of()),
                new Case("a calcium supplement", t -> t.took(CALCIUM, evening), List.of(TestToDiscuss.CTX_MARKER)),
                new Case("a K2 supplement", t -> t.took(K2, evening), List.of(TestToDiscuss.CTX_MARKER)),
                new Case("a levothyroxine only", t -> t.took(LEVOTHYROX, evening), List.of()),
                new Case("everything", t -> t.took(MAGNESIUM, evening).took(K2, evening)
                        .log(Symptom.PALPITATIONS, 3, 2), List.of(TestToDiscuss.values())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("toDiscussCases")
    void testsToDiscussFollowWhatWasLogged(Case c) {
        c.journal().accept(this);

        assertThat(build().toDiscuss()).containsExactlyElementsOf(c.expected());
    }
}
