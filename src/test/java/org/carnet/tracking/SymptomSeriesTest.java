package org.carnet.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.tracking.TrackingJournal.date;

import java.util.Arrays;
import org.carnet.tracking.TrackingJournal.Values;
import org.junit.jupiter.api.Test;

/** The chart's daily values and 7-day moving average. */
class SymptomSeriesTest {

    @Test
    void eachDayHasItsValueOrNullAndAMovingAverageOnceFourDaysAreRecorded() {
        // Fatigue 1, 2, 3, 4, 5 on days 1–5, nothing on day 6, 9 on day 7.
        TrackingJournal journal = new TrackingJournal()
                .checkIns(1, 5, d -> new Values(null, null, d))
                .checkIns(7, 7, d -> new Values(null, null, 9));
        SymptomSeries series = SymptomSeries.of(Symptom.FATIGUE, journal.days(), date(1), date(9));
        assertThat(series.days()).hasSize(9).startsWith(date(1)).endsWith(date(9));
        assertThat(series.values()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, null, 9.0, null, null);
        assertThat(series.movingAverages()).containsExactly(null, null, null, 2.5, 3.0, 3.0,
                (1 + 2 + 3 + 4 + 5 + 9) / 6.0,
                // Day 8: days 2–8 hold 2, 3, 4, 5, 9. Day 9: days 3–9 hold 3, 4, 5, 9.
                (2 + 3 + 4 + 5 + 9) / 5.0, (3 + 4 + 5 + 9) / 4.0);
    }

    @Test
    void theMovingAverageReachesBackBeforeTheFirstDayShown() {
        TrackingJournal journal = new TrackingJournal().checkIns(-5, 0, d -> new Values(2, null, null));
        SymptomSeries series = SymptomSeries.of(Symptom.CRAMP_EPISODES, journal.days(), date(1), date(3));
        assertThat(series.values()).containsOnlyNulls();
        // Day 1: days −5..1 hold six 2s; day 3: days −3..3 hold four; day 4 would hold three.
        assertThat(series.movingAverages()).containsExactly(2.0, 2.0, 2.0);
        assertThat(SymptomSeries.of(Symptom.CRAMP_EPISODES, journal.days(), date(4), date(4)).movingAverages())
                .containsOnlyNulls();
    }

    @Test
    void aSymptomNeverRecordedIsAllNulls() {
        TrackingJournal journal = TrackingJournal.withBaseline();
        SymptomSeries series = SymptomSeries.of(Symptom.TWITCHING, journal.days(), date(-13), date(0));
        assertThat(series.points()).hasSize(14);
        assertThat(series.values()).containsOnlyNulls();
        assertThat(series.movingAverages()).containsOnlyNulls();
        assertThat(Arrays.asList(series.symptom())).containsExactly(Symptom.TWITCHING);
    }
}
