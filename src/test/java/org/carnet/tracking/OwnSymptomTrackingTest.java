package org.carnet.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DayEntry;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.junit.jupiter.api.Test;

/** The person's own symptoms are summarised, charted and compared like the built-in ones, and never in a finding. */
class OwnSymptomTrackingTest {
    private static final LocalDate START = LocalDate.of(2026, 2, 1);
    private static final OwnSymptom FOG = new OwnSymptom(1L, "Brain fog", OwnSymptomKind.SCALE, false, false);
    private static final OwnSymptom WALKED = new OwnSymptom(2L, "Walked", OwnSymptomKind.YES_NO, true, false);
    private static final OwnSymptom RETIRED = new OwnSymptom(3L, "Old one", OwnSymptomKind.COUNT, false, true);

    /** 14 baseline days with fog 8 and no walk, then 35 protocol days with fog 2 and a walk every day. */
    private static Map<LocalDate, DayEntry> journal() {
        Map<LocalDate, DayEntry> days = new TreeMap<>();
        for (LocalDate day = START.minusDays(14); day.isBefore(START.plusDays(35)); day = day.plusDays(1)) {
            boolean before = day.isBefore(START);
            int wobble = (int) (day.toEpochDay() % 2);
            // Fatigue stays high and unchanged: a built-in symptom that persists gets its finding.
            CheckIn checkIn = new CheckIn(day, null, null, null, null, null, null, 7, null, null, null, null, null)
                    .withOwnValues(Map.of(FOG.id(), before ? 8 - wobble : 2 + wobble, WALKED.id(), before ? 0 : 1));
            days.put(day, new DayEntry(day, Optional.of(checkIn), List.of()));
        }
        return days;
    }

    private static TrackingReport report(List<OwnSymptom> own) {
        Protocol protocol = new Protocol(1L, "Magnesium", START, null, List.of());
        return TrackingAnalysis.analyse(protocol, START.plusDays(34), journal(), Map.of(), Map.of(), own);
    }

    @Test
    void ownSymptomsAreSummarisedWithTheirOwnDirection() {
        TrackingReport report = report(List.of(FOG, WALKED, RETIRED));

        SymptomSummary fog = report.summary(new OwnTracked(FOG));
        assertThat(fog.tracked()).isTrue();
        assertThat(fog.baseline().mean()).isBetween(7.0, 8.0);
        assertThat(fog.last7().mean()).isBetween(2.0, 3.0);
        assertThat(fog.direction()).isEqualTo(Direction.BETTER);
        // A walk every day after none: a rise from 0, better because higher is better for it.
        SymptomSummary walked = report.summary(new OwnTracked(WALKED));
        assertThat(SymptomSummary.direction(walked.symptom(), 0.0, 1.0)).isEqualTo(Direction.BETTER);
        assertThat(walked.last7().mean()).isEqualTo(1.0);
        // A retired symptom with nothing logged is not tracked (nothing to show), but is in the report.
        assertThat(report.summary(new OwnTracked(RETIRED)).tracked()).isFalse();
    }

    @Test
    void ownSymptomsGetAnEffectEstimateLikeTheBuiltInOnes() {
        TrackingReport report = report(List.of(FOG));

        Effect fog = report.effect(new OwnTracked(FOG)).orElseThrow();
        assertThat(fog.hasEstimate()).isTrue();
        assertThat(fog.estimate()).isNegative();
        assertThat(fog.verdict()).isEqualTo(Verdict.BETTER);
        assertThat(fog.question().lagDays()).isZero();
        // One more comparison shown: the built-in ones' ranges are widened for it.
        assertThat(report.effect(Symptom.FATIGUE).orElseThrow().level())
                .isGreaterThan(report(List.of()).effect(Symptom.FATIGUE).orElseThrow().level());
    }

    @Test
    void ownSymptomsAreNeverNamedInAFinding() {
        // The same values read with "higher is better": a clear worsening, which a built-in symptom would flag.
        OwnSymptom worse = new OwnSymptom(FOG.id(), "Energy", OwnSymptomKind.SCALE, true, false);
        TrackingReport report = report(List.of(worse, WALKED));

        assertThat(report.summary(new OwnTracked(worse)).direction()).isEqualTo(Direction.WORSE);
        assertThat(report.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.args())
                .noneMatch(a -> a instanceof OwnTracked || String.valueOf(a).contains("OWN_")));
        assertThat(report.findings()).extracting(f -> f.args().toString())
                .isEqualTo(report(List.of()).findings().stream().map(f -> f.args().toString()).toList());
    }
}
