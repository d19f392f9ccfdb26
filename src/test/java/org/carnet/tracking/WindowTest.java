package org.carnet.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.carnet.guidance.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weeks 1–3 are days 1–21, weeks 4–8 days 22–56, as the sources' windows counted from day 1. */
class WindowTest {

    @ParameterizedTest(name = "day {0} is {1}")
    @CsvSource({
            "-30, BASELINE",
            "-13, BASELINE",
            "0, BASELINE",
            "1, WEEKS_1_3",
            "21, WEEKS_1_3",
            "22, WEEKS_4_8",
            "56, WEEKS_4_8",
            "57, AFTER",
            "400, AFTER"})
    void eachDayFallsInOneWindow(int day, Window window) {
        assertThat(Window.of(day)).isEqualTo(window);
    }

    @Test
    void windowsRestOnTheirFacts() {
        assertThat(Window.BASELINE.firstDay()).isEqualTo(-13);
        assertThat(Window.WEEKS_1_3.fact()).isEqualTo(Fact.WINDOW_IMPROVEMENT_1_3W);
        assertThat(Window.WEEKS_4_8.fact()).isEqualTo(Fact.WINDOW_STABILISATION_4_8W);
        assertThat(TrackingThresholds.PERSISTENCE_FACT).isEqualTo(Fact.PERSISTENCE_3_4W);
        assertThat(TrackingThresholds.PERSISTENCE_FIRST_DAY).isEqualTo(21);
        assertThat(TrackingThresholds.PERSISTENCE_SEE_DOCTOR_DAY).isEqualTo(28);
        assertThat(TrackingThresholds.WEEKS_4_8_LAST_DAY).isEqualTo(56);
    }

    @Test
    void aReportKnowsItsWindow() {
        TrackingJournal journal = TrackingJournal.withBaseline();
        assertThat(journal.on(21).window()).isEqualTo(Window.WEEKS_1_3);
        assertThat(journal.on(22).window()).isEqualTo(Window.WEEKS_4_8);
        assertThat(journal.on(57).window()).isEqualTo(Window.AFTER);
        assertThat(journal.on(57).dayNumber()).isEqualTo(57);
    }
}
