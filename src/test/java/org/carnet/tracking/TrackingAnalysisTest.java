package org.carnet.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.tracking.TrackingJournal.Values.BASELINE;
import static org.carnet.tracking.TrackingJournal.date;

import java.util.List;
import java.util.Map;
import org.carnet.guidance.Fact;
import org.carnet.guidance.Finding;
import org.carnet.guidance.Severity;
import org.carnet.journal.RedFlag;
import org.carnet.tracking.TrackingJournal.Values;
import org.junit.jupiter.api.Test;

/** Edge cases of one report: baseline size, minimum recorded days, end dates, zero baselines, ordering. */
class TrackingAnalysisTest {

    private static List<String> ids(TrackingReport report) {
        return report.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void sixLoggedBaselineDaysAreNotEnoughAndNothingIsJudged() {
        // Six logged days among the 14; an unchanged journal that would persist with a baseline.
        TrackingJournal journal = new TrackingJournal().checkIns(-13, 0, d -> d % 2 == 0 ? BASELINE : null)
                .checkIns(1, 60, d -> BASELINE).taken(1, 60, d -> true);
        assertThat(journal.on(28).baseline().loggedDays()).isEqualTo(7);
        TrackingJournal six = new TrackingJournal().checkIns(-11, 0, d -> d % 2 == 0 ? BASELINE : null)
                .checkIns(1, 60, d -> BASELINE).taken(1, 60, d -> true);
        TrackingReport report = six.on(28);
        assertThat(report.baseline().loggedDays()).isEqualTo(6);
        assertThat(report.baseline().enough()).isFalse();
        assertThat(ids(report)).containsExactly(TrackingFindings.NO_BASELINE);
        assertThat(report.findings().get(0).args()).containsExactly(6, 7, 14);
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.INFO);
        SymptomSummary cramps = report.summary(Symptom.CRAMP_EPISODES);
        assertThat(cramps.baseline().recordedDays()).isEqualTo(6);
        assertThat(cramps.baseline().hasValue()).isFalse();
        assertThat(cramps.direction()).isEqualTo(Direction.NOT_ENOUGH_DATA);
        assertThat(cramps.persisting()).isFalse();
        assertThat(cramps.last7().mean()).isEqualTo(4.0);
    }

    @Test
    void sevenLoggedBaselineDaysAreEnough() {
        TrackingJournal journal = new TrackingJournal().checkIns(-12, 0, d -> d % 2 == 0 ? BASELINE : null)
                .checkIns(1, 60, d -> BASELINE).taken(1, 60, d -> true);
        TrackingReport report = journal.on(28);
        assertThat(report.baseline().loggedDays()).isEqualTo(7);
        assertThat(report.baseline().enough()).isTrue();
        assertThat(ids(report)).containsExactly(TrackingFindings.PERSISTING_4W);
    }

    @Test
    void aDayWithOnlyAnEpisodeCountsAsLoggedButAnEmptyMapDayDoesNot() {
        TrackingJournal journal = new TrackingJournal().checkIns(-13, -8, d -> BASELINE)
                .palpitationEpisode(-1, java.util.Set.of());
        assertThat(journal.on(1).baseline().loggedDays()).isEqualTo(7);
        TrackingJournal emptyCheckIn = new TrackingJournal().checkIns(-13, -8, d -> BASELINE).emptyCheckIn(-2);
        TrackingReport report = emptyCheckIn.on(1);
        assertThat(report.baseline().loggedDays()).isEqualTo(7);
        // Logged, but with no value: the symptom still has only 6 recorded days.
        assertThat(report.summary(Symptom.FATIGUE).baseline().recordedDays()).isEqualTo(6);
    }

    @Test
    void baselineDaysOutsideTheFourteenBeforeTheStartAreIgnored() {
        TrackingJournal journal = new TrackingJournal().checkIns(-30, -14, d -> BASELINE)
                .checkIns(-13, -8, d -> new Values(2, 3, 3));
        TrackingReport report = journal.on(1);
        assertThat(report.baseline().from()).isEqualTo(date(-13));
        assertThat(report.baseline().to()).isEqualTo(date(0));
        assertThat(report.baseline().loggedDays()).isEqualTo(6);
    }

    @Test
    void exactlyFourRecordedDaysGiveANumberAndThreeDoNot() {
        TrackingJournal four = TrackingJournal.withBaseline()
                .checkIns(1, 30, d -> d >= 27 ? new Values(1, 4, 2) : null);
        SymptomSummary cramps = four.on(30).summary(Symptom.CRAMP_EPISODES);
        assertThat(cramps.last7().recordedDays()).isEqualTo(4);
        assertThat(cramps.last7().mean()).isEqualTo(1.0);
        // The means say 75 % lower, but 4 days are too few for an estimate: the word says so.
        assertThat(SymptomSummary.direction(Symptom.CRAMP_EPISODES, cramps.baseline().mean(), cramps.last7().mean()))
                .isEqualTo(Direction.BETTER);
        assertThat(cramps.direction()).isEqualTo(Direction.NOT_ENOUGH_DATA);
        assertThat(cramps.weeks4to8().recordedDays()).isEqualTo(4);
        assertThat(cramps.weeks4to8().hasValue()).isTrue();
        assertThat(cramps.weeks1to3().recordedDays()).isZero();
        assertThat(cramps.weeks1to3().started()).isTrue();
        assertThat(cramps.weeks1to3().hasValue()).isFalse();

        TrackingJournal three = TrackingJournal.withBaseline()
                .checkIns(1, 30, d -> d >= 28 ? new Values(1, 4, 2) : null);
        SymptomSummary fewer = three.on(30).summary(Symptom.CRAMP_EPISODES);
        assertThat(fewer.last7().recordedDays()).isEqualTo(3);
        assertThat(fewer.last7().mean()).isNull();
        assertThat(fewer.direction()).isEqualTo(Direction.NOT_ENOUGH_DATA);
    }

    @Test
    void fourRecordedBaselineDaysGiveABaselineMean() {
        // 7 logged days, of which only 4 record cramps (values 2 and 4 alternating → mean 3).
        TrackingJournal journal = new TrackingJournal()
                .checkIns(-6, 0, d -> new Values(d >= -3 ? (d % 2 == 0 ? 2 : 4) : null, 2, 6));
        SymptomSummary cramps = journal.on(1).summary(Symptom.CRAMP_EPISODES);
        assertThat(cramps.baseline().recordedDays()).isEqualTo(4);
        assertThat(cramps.baseline().mean()).isEqualTo(3.0);
    }

    @Test
    void theLastSevenDaysNeverReachBeforeTheStart() {
        TrackingReport report = TrackingJournal.withBaseline().checkIns(1, 10, d -> BASELINE).on(3);
        SymptomSummary fatigue = report.summary(Symptom.FATIGUE);
        assertThat(fatigue.last7().from()).isEqualTo(date(1));
        assertThat(fatigue.last7().recordedDays()).isEqualTo(3);
        assertThat(fatigue.last7().hasValue()).isFalse();
        assertThat(fatigue.weeks4to8().started()).isFalse();
    }

    @Test
    void beforeTheStartTheReportIsInTheBaselineWindow() {
        TrackingJournal journal = new TrackingJournal().checkIns(-13, -3, d -> BASELINE)
                .redFlagInCheckIn(-5, RedFlag.CHEST_PAIN);
        TrackingReport report = journal.on(-2);
        assertThat(report.window()).isEqualTo(Window.BASELINE);
        assertThat(report.dayNumber()).isEqualTo(-2);
        assertThat(report.daysOfMeasures()).isZero();
        assertThat(report.adherence().daysCounted()).isZero();
        assertThat(report.adherence().percent()).isNull();
        assertThat(report.summary(Symptom.FATIGUE).last7().started()).isFalse();
        assertThat(report.summary(Symptom.FATIGUE).baseline().mean()).isEqualTo(6.0);
        assertThat(ids(report)).containsExactly(TrackingFindings.RED_FLAG);
    }

    @Test
    void aProtocolWithAnEndDateCountsItsDaysUpToTheEnd() {
        // Ended on day 25; read on day 40 with symptoms unchanged.
        TrackingJournal journal = TrackingJournal.withBaseline().checkIns(1, 60, d -> BASELINE).endingOn(25);
        TrackingReport report = journal.on(40);
        assertThat(report.dayNumber()).isEqualTo(40);
        assertThat(report.window()).isEqualTo(Window.WEEKS_4_8);
        assertThat(report.daysOfMeasures()).isEqualTo(25);
        assertThat(report.adherence().daysCounted()).isEqualTo(25);
        assertThat(report.adherence().daysAdherent()).isEqualTo(25);
        SymptomSummary cramps = report.summary(Symptom.CRAMP_EPISODES);
        assertThat(cramps.weeks4to8().to()).isEqualTo(date(25));
        assertThat(cramps.weeks4to8().recordedDays()).isEqualTo(4);
        assertThat(cramps.last7().from()).isEqualTo(date(34));
        // 25 days of measures: past 3 weeks, not 4.
        assertThat(ids(report)).containsExactly(TrackingFindings.PERSISTING_3W);
        assertThat(report.findings().get(0).args().get(0)).isEqualTo(25);
    }

    @Test
    void aProtocolThatEndedBeforeThreeWeeksRaisesNoPersistence() {
        TrackingJournal journal = TrackingJournal.withBaseline().checkIns(1, 60, d -> BASELINE).endingOn(14);
        TrackingReport report = journal.on(40);
        assertThat(report.daysOfMeasures()).isEqualTo(14);
        assertThat(report.summary(Symptom.CRAMP_EPISODES).persisting()).isTrue();
        assertThat(report.summary(Symptom.CRAMP_EPISODES).weeks4to8().started()).isFalse();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void anEmptyPlanHasNoAdherenceAndPersistenceStillPointsToAProfessional() {
        TrackingJournal journal = TrackingJournal.withBaseline().checkIns(1, 60, d -> BASELINE)
                .protocol(new Protocol(2L, "Food only", TrackingJournal.START, null, List.of()));
        TrackingReport report = journal.on(30);
        assertThat(report.adherence().applicable()).isFalse();
        assertThat(report.adherence().percent()).isNull();
        assertThat(report.adherence().low()).isFalse();
        assertThat(ids(report)).containsExactly(TrackingFindings.PERSISTING_4W);
    }

    @Test
    void adherenceOfExactlyEightyPercentIsWellConductedAndBelowItIsNot() {
        // Every day but multiples of 5: 24 of 30 days, 80 %.
        TrackingReport eighty = TrackingJournal.withBaseline().checkIns(1, 60, d -> BASELINE)
                .taken(1, 60, d -> d % 5 != 0).on(30);
        assertThat(eighty.adherence().daysAdherent()).isEqualTo(24);
        assertThat(eighty.adherence().percent()).isEqualTo(80.0);
        assertThat(ids(eighty)).containsExactly(TrackingFindings.PERSISTING_4W);
        // One day fewer: 23 of 30 days, 76.7 % shown as 77.
        TrackingReport under = TrackingJournal.withBaseline().checkIns(1, 60, d -> BASELINE)
                .taken(1, 60, d -> d % 5 != 0 && d != 1).on(30);
        assertThat(under.adherence().roundedPercent()).isEqualTo(77);
        assertThat(ids(under)).containsExactly(TrackingFindings.PERSISTING_LOW_ADHERENCE);
        assertThat(under.findings().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void noCrampsAtBaselineAndNoneSinceIsNoChangeAndNotPersisting() {
        TrackingJournal journal = new TrackingJournal().checkIns(-13, 0, d -> new Values(0, 4, 1))
                .checkIns(1, 40, d -> new Values(0, 4, 1)).taken(1, 40, d -> true);
        TrackingReport report = journal.on(28);
        SymptomSummary cramps = report.summary(Symptom.CRAMP_EPISODES);
        assertThat(cramps.baseline().mean()).isZero();
        assertThat(cramps.changePercent()).isNull();
        assertThat(cramps.absoluteChange()).isZero();
        assertThat(cramps.direction()).isEqualTo(Direction.NO_CLEAR_CHANGE);
        assertThat(cramps.persisting()).isFalse();
        // Fatigue 1 all along: present and unchanged; sleep 4 is not poor sleep.
        assertThat(report.summary(Symptom.FATIGUE).persisting()).isTrue();
        assertThat(report.summary(Symptom.SLEEP_QUALITY).persisting()).isFalse();
        assertThat(report.findings().get(0).args().get(3)).isEqualTo(List.of(Symptom.FATIGUE));
    }

    @Test
    void crampsThatAppearAfterANoneBaselineAreWorseAndPersist() {
        TrackingJournal journal = new TrackingJournal().checkIns(-13, 0, d -> new Values(0, 4, 0))
                .checkIns(1, 40, d -> d == 1 ? new Values(0, 4, 0) : new Values(1, 4, 0)).taken(1, 40, d -> true);
        // Day 1's entry tells of the night before the first dose: no cramp yet.
        TrackingReport report = journal.on(21);
        SymptomSummary cramps = report.summary(Symptom.CRAMP_EPISODES);
        assertThat(cramps.changePercent()).isNull();
        assertThat(cramps.absoluteChange()).isEqualTo(1.0);
        assertThat(cramps.direction()).isEqualTo(Direction.WORSE);
        assertThat(cramps.persisting()).isTrue();
        assertThat(ids(report)).containsExactly(TrackingFindings.PERSISTING_3W);
        assertThat(report.findings().get(0).args().get(3)).isEqualTo(List.of(Symptom.CRAMP_EPISODES));
    }

    @Test
    void findingsAreOrderedRedFlagsFirstThenWarningsCautionsAndInformation() {
        // No baseline (INFO) plus a red flag: the flag comes first even though it was logged later.
        TrackingJournal journal = new TrackingJournal().checkIns(1, 10, d -> BASELINE)
                .redFlagInCheckIn(9, RedFlag.CHEST_PAIN, RedFlag.FAINTING, RedFlag.BREATHLESSNESS);
        TrackingReport report = journal.on(10);
        assertThat(ids(report)).containsExactly(TrackingFindings.RED_FLAG, TrackingFindings.NO_BASELINE);
        assertThat(report.findings().get(0).args()).containsExactly(9, 7, 3,
                List.of(RedFlag.CHEST_PAIN, RedFlag.FAINTING, RedFlag.BREATHLESSNESS));

        List<Finding> mixed = new java.util.ArrayList<>(List.of(
                new Finding("X_INFO", Severity.INFO, date(1), Fact.PERSISTENCE_3_4W, List.of()),
                new Finding(TrackingFindings.PERSISTING_3W, Severity.CAUTION, date(1), Fact.PERSISTENCE_3_4W,
                        List.of()),
                new Finding("X_WARNING", Severity.WARNING, date(1), Fact.PERSISTENCE_3_4W, List.of()),
                new Finding(TrackingFindings.RED_FLAG, Severity.WARNING, date(2), Fact.SEE_PRO_RED_FLAGS,
                        List.of())));
        mixed.sort(TrackingFindings.ORDER);
        assertThat(mixed).extracting(Finding::ruleId).containsExactly(TrackingFindings.RED_FLAG, "X_WARNING",
                TrackingFindings.PERSISTING_3W, "X_INFO");
    }

    @Test
    void daysAfterTheAsOfDateChangeNothing() {
        TrackingJournal plain = TrackingJournal.withBaseline().checkIns(1, 20, d -> BASELINE);
        TrackingJournal withFuture = TrackingJournal.withBaseline().checkIns(1, 20, d -> BASELINE)
                .checkIns(21, 60, d -> new Values(9, 1, 10)).redFlagInCheckIn(25, RedFlag.FAINTING);
        assertThat(withFuture.on(20)).isEqualTo(plain.on(20));
    }

    @Test
    void theRedFlagMaskHasOneBitPerFlag() {
        // The TRACKING_RED_FLAG message spells out the 7 combinations of 3 flags.
        assertThat(RedFlag.values()).hasSize(3);
        assertThat(TrackingFindings.flagMask(java.util.EnumSet.allOf(RedFlag.class))).isEqualTo(7);
        assertThat(TrackingFindings.flagMask(java.util.Set.of(RedFlag.FAINTING))).isEqualTo(2);
    }

    @Test
    void emptyJournalGivesNoBaselineAndNothingElse() {
        TrackingReport report = TrackingAnalysis.analyse(new TrackingJournal().protocol(), date(30), Map.of(),
                Map.of());
        assertThat(ids(report)).containsExactly(TrackingFindings.NO_BASELINE);
        assertThat(report.adherence().percent()).isZero();
        assertThat(report.symptoms()).hasSize(Symptom.values().length).noneMatch(SymptomSummary::tracked);
    }
}
