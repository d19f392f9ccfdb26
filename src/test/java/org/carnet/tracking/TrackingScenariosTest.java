package org.carnet.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.tracking.TrackingJournal.Values.BASELINE;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.carnet.guidance.Fact;
import org.carnet.guidance.Finding;
import org.carnet.journal.RedFlag;
import org.carnet.tracking.TrackingJournal.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole journals, each read on days 20, 21, 28 and 56 of the protocol: the findings a person would see. */
class TrackingScenariosTest {
    private static final List<Symptom> TRACKED = List.of(Symptom.CRAMP_EPISODES, Symptom.SLEEP_QUALITY,
            Symptom.FATIGUE);

    enum Scenario {
        /** Cramps 4 → 1, sleep 2 → 4, fatigue 6 → 2 after the first week. */
        IMPROVEMENT(() -> TrackingJournal.withBaseline()
                .checkIns(1, 70, d -> d <= 7 ? new Values(3, 3, 5) : new Values(1, 4, 2))),
        NO_CHANGE(() -> TrackingJournal.withBaseline().checkIns(1, 70, d -> BASELINE)),
        /** Cramps 4 → 6, sleep 2 → 1, fatigue 6 → 9 after the first week. */
        WORSENING(() -> TrackingJournal.withBaseline()
                .checkIns(1, 70, d -> d <= 7 ? BASELINE : new Values(6, 1, 9))),
        /** Unchanged, but logged only every third day after the start: 2 or 3 days in any 7. */
        SPARSE(() -> TrackingJournal.withBaseline().checkIns(1, 70, d -> d % 3 == 1 ? BASELINE : null)),
        /**
         * Unchanged, with fainting and breathlessness 4 days before the start, chest pain on day 10 and a palpitation
         * with breathlessness on day 40.
         */
        RED_FLAGS(() -> TrackingJournal.withBaseline().checkIns(1, 70, d -> BASELINE)
                .redFlagInCheckIn(-3, RedFlag.FAINTING, RedFlag.BREATHLESSNESS)
                .redFlagInCheckIn(10, RedFlag.CHEST_PAIN)
                .palpitationEpisode(40, Set.of(RedFlag.BREATHLESSNESS))),
        /** Unchanged, the plan logged on odd days only. */
        LOW_ADHERENCE(() -> TrackingJournal.withBaseline().checkIns(1, 70, d -> BASELINE)
                .taken(1, 70, d -> d % 2 == 1));

        private final Supplier<TrackingJournal> journal;

        Scenario(Supplier<TrackingJournal> journal) {
            this.journal = journal;
        }

        TrackingReport on(int day) {
            return journal.get().on(day);
        }
    }

    private static final String P3W = TrackingFindings.PERSISTING_3W + "/CAUTION";
    private static final String P4W = TrackingFindings.PERSISTING_4W + "/WARNING";
    private static final String LOW_3W = TrackingFindings.PERSISTING_LOW_ADHERENCE + "/CAUTION";
    private static final String LOW_4W = TrackingFindings.PERSISTING_LOW_ADHERENCE + "/WARNING";
    private static final String UNJUDGED = TrackingFindings.NOT_ENOUGH_DATA + "/INFO";
    private static final String RED = TrackingFindings.RED_FLAG + "/WARNING";

    static Stream<Arguments> expectedFindings() {
        return Stream.of(
                Arguments.of(Scenario.IMPROVEMENT, 20, List.of()),
                Arguments.of(Scenario.IMPROVEMENT, 21, List.of()),
                Arguments.of(Scenario.IMPROVEMENT, 28, List.of()),
                Arguments.of(Scenario.IMPROVEMENT, 56, List.of()),
                Arguments.of(Scenario.NO_CHANGE, 20, List.of()),
                Arguments.of(Scenario.NO_CHANGE, 21, List.of(P3W)),
                Arguments.of(Scenario.NO_CHANGE, 28, List.of(P4W)),
                Arguments.of(Scenario.NO_CHANGE, 56, List.of(P4W)),
                Arguments.of(Scenario.WORSENING, 20, List.of()),
                Arguments.of(Scenario.WORSENING, 21, List.of(P3W)),
                Arguments.of(Scenario.WORSENING, 28, List.of(P4W)),
                Arguments.of(Scenario.WORSENING, 56, List.of(P4W)),
                Arguments.of(Scenario.SPARSE, 20, List.of()),
                Arguments.of(Scenario.SPARSE, 21, List.of(UNJUDGED)),
                Arguments.of(Scenario.SPARSE, 28, List.of(UNJUDGED)),
                Arguments.of(Scenario.SPARSE, 56, List.of(UNJUDGED)),
                Arguments.of(Scenario.RED_FLAGS, 20, List.of(RED, RED)),
                Arguments.of(Scenario.RED_FLAGS, 21, List.of(RED, RED, P3W)),
                Arguments.of(Scenario.RED_FLAGS, 28, List.of(RED, RED, P4W)),
                Arguments.of(Scenario.RED_FLAGS, 56, List.of(RED, RED, RED, P4W)),
                Arguments.of(Scenario.LOW_ADHERENCE, 20, List.of()),
                Arguments.of(Scenario.LOW_ADHERENCE, 21, List.of(LOW_3W)),
                Arguments.of(Scenario.LOW_ADHERENCE, 28, List.of(LOW_4W)),
                Arguments.of(Scenario.LOW_ADHERENCE, 56, List.of(LOW_4W)));
    }

    @ParameterizedTest(name = "{0} on day {1}: {2}")
    @MethodSource("expectedFindings")
    void eachJournalGivesItsFindingsOnDays20_21_28And56(Scenario scenario, int day, List<String> expected) {
        List<String> found = scenario.on(day).findings().stream()
                .map(f -> f.ruleId() + "/" + f.severity()).toList();
        assertThat(found).containsExactlyElementsOf(expected);
    }

    /**
     * The change word follows the protocol's effect estimate: a change that starts a week in makes the first weeks
     * look like a drift, so the words are checked once the range is clear (improvement from day 28, worsening by
     * day 56); constant days are "no clear change" from the first day they are judged.
     */
    static Stream<Arguments> expectedDirections() {
        return Stream.of(
                Arguments.of(Scenario.IMPROVEMENT, List.of(28, 56), Direction.BETTER),
                Arguments.of(Scenario.NO_CHANGE, List.of(20, 21, 28, 56), Direction.NO_CLEAR_CHANGE),
                Arguments.of(Scenario.WORSENING, List.of(56), Direction.WORSE),
                // Too few days for the last-7 mean, but by day 28 enough, all unchanged, for the estimate.
                Arguments.of(Scenario.SPARSE, List.of(28, 56), Direction.NO_CLEAR_CHANGE),
                Arguments.of(Scenario.RED_FLAGS, List.of(20, 21, 28, 56), Direction.NO_CLEAR_CHANGE),
                Arguments.of(Scenario.LOW_ADHERENCE, List.of(20, 21, 28, 56), Direction.NO_CLEAR_CHANGE));
    }

    @ParameterizedTest(name = "{0} on days {1}: {2}")
    @MethodSource("expectedDirections")
    void everyTrackedSymptomMovesTheWayTheJournalDoes(Scenario scenario, List<Integer> days, Direction expected) {
        for (int day : days) {
            TrackingReport report = scenario.on(day);
            for (Symptom symptom : TRACKED) {
                assertThat(report.summary(symptom).direction()).as(symptom + " on day " + day).isEqualTo(expected);
            }
            assertThat(report.summary(Symptom.TWITCHING).tracked()).isFalse();
        }
    }

    @Test
    void theWordIsNeverBetterBeforeTheEstimateSaysSo() {
        for (int day : new int[] {20, 21, 28}) {
            assertThat(Scenario.WORSENING.on(day).summary(Symptom.FATIGUE).direction())
                    .isIn(Direction.NO_CLEAR_CHANGE, Direction.WORSE);
        }
    }

    @Test
    void aClearImprovementIsMeasuredAgainstTheBaseline() {
        TrackingReport report = Scenario.IMPROVEMENT.on(28);
        SymptomSummary cramps = report.summary(Symptom.CRAMP_EPISODES);
        assertThat(cramps.baseline().mean()).isEqualTo(4.0);
        assertThat(cramps.baseline().recordedDays()).isEqualTo(14);
        assertThat(cramps.last7().mean()).isEqualTo(1.0);
        assertThat(cramps.changePercent()).isEqualTo(-75.0);
        assertThat(cramps.absoluteChange()).isEqualTo(-3.0);
        // Days 1–7 at 3, days 8–21 at 1.
        assertThat(cramps.weeks1to3().mean())
                .isCloseTo((7 * 3 + 14 * 1) / 21.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cramps.weeks4to8().recordedDays()).isEqualTo(7);
        SymptomSummary sleep = report.summary(Symptom.SLEEP_QUALITY);
        assertThat(sleep.changePercent()).isEqualTo(100.0);
        assertThat(sleep.persisting()).isFalse();
        assertThat(report.adherence().percent()).isEqualTo(100.0);
        assertThat(report.window()).isEqualTo(Window.WEEKS_4_8);
    }

    @Test
    void persistingFindingNamesTheSymptomsAndTheDaysOfMeasures() {
        Finding caution = Scenario.NO_CHANGE.on(21).findings().get(0);
        assertThat(caution.fact()).isEqualTo(Fact.PERSISTENCE_3_4W);
        assertThat(caution.day()).isEqualTo(TrackingJournal.date(21));
        // Nothing changed at all: no symptom is worse, all three show no clear change yet.
        assertThat(caution.args()).containsExactly(21, 3, 30, TRACKED, 0, 3, List.of(), TRACKED);
        Finding warning = Scenario.WORSENING.on(56).findings().get(0);
        assertThat(warning.args().subList(0, 4)).containsExactly(56, 3, 30, TRACKED);
        assertThat((int) warning.args().get(4) + (int) warning.args().get(5)).isEqualTo(3);
        assertThat(Scenario.WORSENING.on(56).summary(Symptom.FATIGUE).persisting()).isTrue();
    }

    @Test
    void lowAdherenceSaysHowOftenThePlanWasFollowed() {
        Finding day21 = Scenario.LOW_ADHERENCE.on(21).findings().get(0);
        // Odd days of 1–21: 11 of 21 days, 52 %.
        assertThat(day21.args()).containsExactly(21, 3, 30, 52, 11, 21, TRACKED, 0, 3, List.of(), TRACKED);
        Finding day28 = Scenario.LOW_ADHERENCE.on(28).findings().get(0);
        assertThat(day28.args()).containsExactly(28, 3, 30, 50, 14, 28, TRACKED, 0, 3, List.of(), TRACKED);
        assertThat(day28.fact()).isEqualTo(Fact.PERSISTENCE_3_4W);
    }

    @Test
    void redFlagsComeFirstWithTheirDatesAndFlags() {
        List<Finding> findings = Scenario.RED_FLAGS.on(56).findings();
        Finding baseline = findings.get(0);
        assertThat(baseline.day()).isEqualTo(TrackingJournal.date(-3));
        assertThat(baseline.fact()).isEqualTo(Fact.SEE_PRO_RED_FLAGS);
        assertThat(baseline.args()).containsExactly(-3, 2 + 4, 2, List.of(RedFlag.FAINTING, RedFlag.BREATHLESSNESS));
        assertThat(findings.get(1).day()).isEqualTo(TrackingJournal.date(10));
        assertThat(findings.get(1).args()).containsExactly(10, 1, 1, List.of(RedFlag.CHEST_PAIN));
        assertThat(findings.get(2).day()).isEqualTo(TrackingJournal.date(40));
        assertThat(findings.get(2).args()).containsExactly(40, 4, 1, List.of(RedFlag.BREATHLESSNESS));
        assertThat(Scenario.RED_FLAGS.on(56).hasRedFlags()).isTrue();
        assertThat(Scenario.NO_CHANGE.on(56).hasRedFlags()).isFalse();
    }

    @Test
    void sparseDataRaisesNoPersistenceButSaysWhichSymptomsCannotBeJudged() {
        TrackingReport report = Scenario.SPARSE.on(28);
        Finding info = report.findings().get(0);
        assertThat(info.args()).containsExactly(3, 4, 7, TRACKED);
        assertThat(report.summary(Symptom.CRAMP_EPISODES).last7().recordedDays()).isEqualTo(3);
        assertThat(report.summary(Symptom.CRAMP_EPISODES).last7().hasValue()).isFalse();
        assertThat(report.summary(Symptom.CRAMP_EPISODES).changePercent()).isNull();
        assertThat(report.symptoms()).noneMatch(SymptomSummary::persisting);
    }
}
