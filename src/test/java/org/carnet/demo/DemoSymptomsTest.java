package org.carnet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The demo's symptom model, drawn with the demo's seed: what the chart of the first run will show. */
class DemoSymptomsTest {
    private static final int FIRST = -13;
    private static final int LAST = DemoJournal.TODAY_PROTOCOL_DAY - 1;
    private final Map<Integer, DemoSymptoms.Day> days = DemoSymptoms.draw(DemoJournal.SYMPTOMS_SEED, FIRST, LAST);

    @Test
    void theSameSeedGivesTheSameDays() {
        assertThat(DemoSymptoms.draw(DemoJournal.SYMPTOMS_SEED, FIRST, LAST)).isEqualTo(days);
        assertThat(DemoSymptoms.draw(DemoJournal.SYMPTOMS_SEED + 1, FIRST, LAST)).isNotEqualTo(days);
    }

    @Test
    void improvementStartsWithTheProtocolAndIsMostlyThereAfterThreeWeeks() {
        assertThat(DemoSymptoms.progress(-5)).isZero();
        assertThat(DemoSymptoms.progress(1)).isZero();
        assertThat(DemoSymptoms.progress(8)).isBetween(0.5, 0.6);
        assertThat(DemoSymptoms.progress(21)).isBetween(0.9, 0.95);
        assertThat(DemoSymptoms.progress(34)).isLessThan(1);
    }

    @Test
    void theBaselineIsSteadyAndTheCrampsFallGraduallyWithoutVanishing() {
        ToDoubleFunction<DemoSymptoms.Day> cramps = day -> day.cramps().size();
        double baseline = mean(cramps, -13, 0);
        assertThat(baseline).isBetween(0.8, 1.1);
        // Both baseline weeks alike: the chart shows a level line before the start, not a peak.
        assertThat(mean(cramps, -13, -7)).isCloseTo(mean(cramps, -6, 0), org.assertj.core.data.Offset.offset(0.35));
        for (int day = 1; day <= LAST; day++) {
            double week = mean(cramps, day - 6, day);
            assertThat(week).as("7 days to day %d", day).isLessThanOrEqualTo(baseline + 0.1);
            if (day >= 22) {
                assertThat(week).as("7 days to day %d", day).isBetween(0.1, 0.5 * baseline);
            }
        }
        ToDoubleFunction<DemoSymptoms.Day> fatigue = DemoSymptoms.Day::fatigue;
        ToDoubleFunction<DemoSymptoms.Day> sleep = DemoSymptoms.Day::sleepQuality;
        assertThat(mean(fatigue, 28, LAST)).isLessThan(0.7 * mean(fatigue, -13, 0)).isGreaterThan(2);
        assertThat(mean(sleep, 28, LAST)).isGreaterThan(1.3 * mean(sleep, -13, 0)).isLessThan(4.5);
    }

    /** The mean over the days the demo logs (it skips {@link DemoJournal#DAYS_WITHOUT_ENTRIES}). */
    private double mean(ToDoubleFunction<DemoSymptoms.Day> value, int from, int to) {
        double sum = 0;
        int count = 0;
        for (int day = Math.max(from, FIRST); day <= to; day++) {
            if (!DemoJournal.DAYS_WITHOUT_ENTRIES.contains(day)) {
                sum += value.applyAsDouble(days.get(day));
                count++;
            }
        }
        return sum / count;
    }
}
