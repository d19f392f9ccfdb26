package org.carnet.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.carnet.guidance.Finding;
import org.carnet.tracking.TrackingJournal.Values;
import org.junit.jupiter.api.Test;

/**
 * The persistence flag's words never read softer than the days: a worsening that builds up after the start is
 * "worse" in the flag as soon as the recent days show it, even while the whole window's range is still wide.
 */
class PersistenceWordingTest {

    private static Finding persistence(TrackingReport report) {
        return report.findings().stream()
                .filter(f -> f.ruleId().startsWith("TRACKING_PERSISTING"))
                .findFirst().orElseThrow(() -> new AssertionError("no persistence finding in " + report.findings()));
    }

    @SuppressWarnings("unchecked")
    private static List<Symptom> worse(Finding finding) {
        // PERSISTING_3W/4W: {4} how many are worse, {6} which.
        return (List<Symptom>) finding.args().get(6);
    }

    @Test
    void aWorseningStartingInTheSecondWeekIsWorseInTheFlagAtThreeAndFourWeeks() {
        // Baseline (4, 2, 6) unchanged for a week, then cramps 8, sleep 1, fatigue 9: all clearly worse.
        TrackingJournal journal = TrackingJournal.withBaseline()
                .checkIns(1, 70, d -> d <= 7 ? Values.BASELINE : new Values(8, 1, 9));
        for (int day : new int[] {21, 28}) {
            Finding finding = persistence(journal.on(day));
            assertThat(worse(finding)).as("day " + day)
                    .containsExactlyInAnyOrder(Symptom.CRAMP_EPISODES, Symptom.SLEEP_QUALITY, Symptom.FATIGUE);
            assertThat(finding.args().get(4)).isEqualTo(3);
            assertThat(finding.args().get(5)).isEqualTo(0);
        }
    }

    @Test
    void aNoisyWorseningInTheSecondWeekIsWorseInTheFlagAtFourWeeks() {
        Random random = new Random(5);
        int[] noise = IntStream.range(0, 120).map(i -> random.nextInt(3) - 1).toArray();
        TrackingJournal journal = new TrackingJournal()
                .checkIns(-13, 0, d -> new Values(null, null, 4 + noise[d + 13]))
                .checkIns(1, 40, d -> new Values(null, null, (d <= 7 ? 4 : 8) + noise[d + 13]))
                .taken(1, 40, d -> true);
        assertThat(worse(persistence(journal.on(28)))).containsExactly(Symptom.FATIGUE);
    }

    @Test
    void unchangedDaysAreNotCalledWorse() {
        Finding finding = persistence(TrackingJournal.withBaseline().checkIns(1, 70, d -> Values.BASELINE).on(28));
        assertThat(worse(finding)).isEmpty();
        assertThat(finding.args().get(4)).isEqualTo(0);
    }

    @Test
    void anImprovementInTheLastWeekIsNotWorse() {
        // Sleep rises (better); nothing may be called worse.
        Finding finding = persistence(TrackingJournal.withBaseline()
                .checkIns(1, 70, d -> d <= 21 ? Values.BASELINE : new Values(4, 4, 6)).on(28));
        assertThat(worse(finding)).doesNotContain(Symptom.SLEEP_QUALITY);
    }

    @Test
    void onAr1JournalsWithoutEffectTheFlagRarelyCallsASymptomWorse() {
        Random random = new Random(2027);
        int journals = 200;
        int flagged = 0;
        int falseWorse = 0;
        for (int j = 0; j < journals; j++) {
            double phi = 0.2 + 0.5 * random.nextDouble();
            int n = 42;
            double[] z = new double[n];
            z[0] = random.nextGaussian();
            for (int t = 1; t < n; t++) {
                z[t] = phi * z[t - 1] + Math.sqrt(1 - phi * phi) * random.nextGaussian();
            }
            int[] fatigue = IntStream.range(0, n)
                    .map(t -> (int) Math.max(0, Math.min(10, Math.round(5 + 1.5 * z[t])))).toArray();
            TrackingReport report = new TrackingJournal()
                    .checkIns(-13, 28, d -> new Values(null, null, fatigue[d + 13])).taken(1, 28, d -> true).on(28);
            Finding finding = report.findings().stream()
                    .filter(f -> f.ruleId().startsWith("TRACKING_PERSISTING")).findFirst().orElse(null);
            if (finding != null) {
                flagged++;
                falseWorse += worse(finding).isEmpty() ? 0 : 1;
            }
        }
        assertThat(flagged).isGreaterThan(journals / 2);
        // Two comparisons (the window, the last week) each at 95 %: the words stay rarely "worse" without an effect.
        assertThat(falseWorse).as("false worse of %d journals", journals).isLessThanOrEqualTo(journals / 10);
    }
}
