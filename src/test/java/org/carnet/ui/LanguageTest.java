package org.carnet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void frenchCalendarsStartTheWeekOnMondayWhateverTheSystem() {
        for (Locale system : new Locale[] {Locale.US, Locale.ENGLISH, Locale.FRENCH, Locale.CANADA_FRENCH}) {
            Locale calendar = Language.FRENCH.calendarLocale(system);
            assertThat(calendar.getLanguage()).isEqualTo("fr");
            if (system != Locale.CANADA_FRENCH) {
                assertThat(WeekFields.of(calendar).getFirstDayOfWeek()).as("%s", system).isEqualTo(DayOfWeek.MONDAY);
            }
        }
    }

    @Test
    void englishKeepsAnEnglishSystemsCalendar() {
        assertThat(Language.ENGLISH.calendarLocale(Locale.US)).isEqualTo(Locale.US);
        assertThat(Language.ENGLISH.calendarLocale(Locale.FRANCE).getLanguage()).isEqualTo("en");
    }
}
