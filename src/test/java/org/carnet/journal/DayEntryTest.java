package org.carnet.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayEntryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 2, 14);

    private static CheckIn counts(Integer cramps, Integer palpitations) {
        return new CheckIn(DAY, cramps, null, null, null, null, palpitations, null, null, null, null, Set.of(), null);
    }

    private static CheckIn crampSeverity(Integer severity) {
        return new CheckIn(DAY, null, severity, null, null, null, null, null, null, null, null, Set.of(), null);
    }

    private static CheckIn flags(RedFlag... flags) {
        return new CheckIn(DAY, null, null, null, null, null, null, null, null, null, null,
                flags.length == 0 ? Set.of() : EnumSet.copyOf(List.of(flags)), null);
    }

    private static Episode cramp(int hour, Integer severity) {
        return new Episode((long) hour, DAY.atTime(hour, 0), EpisodeKind.CRAMP, 2, severity, null, null, Set.of());
    }

    private static Episode palpitation(int hour, Integer severity, RedFlag... flags) {
        return new Episode((long) (100 + hour), DAY.atTime(hour, 30), EpisodeKind.PALPITATION, 1, severity,
                Rhythm.REGULAR, null, flags.length == 0 ? Set.of() : EnumSet.copyOf(List.of(flags)));
    }

    private static List<Episode> cramps(int count) {
        return IntStream.range(0, count).mapToObj(i -> cramp(i, 3)).toList();
    }

    private static List<Episode> palpitations(int count) {
        return IntStream.range(0, count).mapToObj(i -> palpitation(i, 3)).toList();
    }

    @ParameterizedTest(name = "typed {0} + {1} episodes = {2}")
    @CsvSource(nullValues = "null", value = {
        "null, 0, null",
        "null, 2, 2",
        "0, 0, 0",
        "2, 3, 3",
        "5, 1, 5",
        "4, 4, 4",
        "0, 1, 1",
    })
    void crampCountIsTheTypedCountButNeverBelowTheLoggedEpisodes(Integer typed, int logged, Integer expected) {
        DayEntry entry = new DayEntry(DAY, Optional.of(counts(typed, null)), cramps(logged));

        assertThat(entry.crampCount()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "typed {0} + {1} episodes = {2}")
    @CsvSource(nullValues = "null", value = {
        "null, 0, null",
        "null, 1, 1",
        "0, 0, 0",
        "2, 3, 3",
        "5, 1, 5",
    })
    void palpitationCountIsTheTypedCountButNeverBelowTheLoggedEpisodes(Integer typed, int logged, Integer expected) {
        DayEntry entry = new DayEntry(DAY, Optional.of(counts(null, typed)), palpitations(logged));

        assertThat(entry.palpitationCount()).isEqualTo(expected);
    }

    @Test
    void noCheckInAndNoEpisodesMeansNothingRecorded() {
        DayEntry entry = new DayEntry(DAY, Optional.empty(), List.of());

        assertThat(entry.crampCount()).isNull();
        assertThat(entry.palpitationCount()).isNull();
        assertThat(entry.crampWorstSeverity()).isNull();
        assertThat(entry.redFlags()).isEmpty();
        assertThat(entry.episodes()).isEmpty();
    }

    @Test
    void episodesWithoutCheckInGiveTheCounts() {
        DayEntry entry = new DayEntry(DAY, Optional.empty(), List.of(cramp(1, 2), cramp(2, 4), palpitation(3, 1)));

        assertThat(entry.crampCount()).isEqualTo(2);
        assertThat(entry.palpitationCount()).isEqualTo(1);
    }

    @Test
    void eachKindOnlyCountsItsOwnEpisodes() {
        DayEntry entry = new DayEntry(DAY, Optional.of(counts(null, 0)), cramps(3));

        assertThat(entry.crampCount()).isEqualTo(3);
        assertThat(entry.palpitationCount()).isZero();
        assertThat(entry.episodeCount(EpisodeKind.CRAMP)).isEqualTo(3);
        assertThat(entry.episodeCount(EpisodeKind.PALPITATION)).isZero();
    }

    @Test
    void combinedCountIsNullOnlyWhenNothingWasTypedOrLogged() {
        assertThat(DayEntry.combinedCount(null, 0)).isNull();
        assertThat(DayEntry.combinedCount(0, 0)).isZero();
        assertThat(DayEntry.combinedCount(null, 7)).isEqualTo(7);
        assertThat(DayEntry.combinedCount(9, 7)).isEqualTo(9);
    }

    @ParameterizedTest(name = "check-in {0}, episodes {1} and {2} -> {3}")
    @CsvSource(nullValues = "null", value = {
        "null, null, null, null",
        "6, null, null, 6",
        "null, 4, null, 4",
        "null, 4, 8, 8",
        "6, 4, null, 6",
        "3, 4, 9, 9",
        "9, 4, 2, 9",
        "0, null, null, 0",
    })
    void worstCrampSeverityIsTheHighestOfCheckInAndCrampEpisodes(Integer typed, Integer first, Integer second,
            Integer expected) {
        DayEntry entry = new DayEntry(DAY, Optional.of(crampSeverity(typed)), List.of(cramp(1, first), cramp(2, second)));

        assertThat(entry.crampWorstSeverity()).isEqualTo(expected);
    }

    @Test
    void palpitationSeverityDoesNotCountAsACrampSeverity() {
        DayEntry entry = new DayEntry(DAY, Optional.of(crampSeverity(2)), List.of(palpitation(1, 10), cramp(2, 3)));

        assertThat(entry.crampWorstSeverity()).isEqualTo(3);
    }

    @Test
    void worstOfTwoUnknownSeveritiesIsUnknown() {
        assertThat(DayEntry.worst(null, null)).isNull();
        assertThat(DayEntry.worst(null, 0)).isZero();
        assertThat(DayEntry.worst(0, null)).isZero();
        assertThat(DayEntry.worst(7, 3)).isEqualTo(7);
    }

    @Test
    void redFlagsAreTheUnionOfTheDayAndItsEpisodes() {
        DayEntry entry = new DayEntry(DAY, Optional.of(flags(RedFlag.CHEST_PAIN)),
                List.of(palpitation(1, 3, RedFlag.FAINTING), palpitation(2, 3, RedFlag.CHEST_PAIN), cramp(3, 2)));

        assertThat(entry.redFlags()).containsExactlyInAnyOrder(RedFlag.CHEST_PAIN, RedFlag.FAINTING);
    }

    @Test
    void redFlagsOfEpisodesCountWithoutCheckIn() {
        DayEntry entry = new DayEntry(DAY, Optional.empty(), List.of(palpitation(1, 3, RedFlag.BREATHLESSNESS)));

        assertThat(entry.redFlags()).containsExactly(RedFlag.BREATHLESSNESS);
    }

    @Test
    void redFlagsOfTheCheckInCountWithoutEpisodes() {
        DayEntry entry = new DayEntry(DAY, Optional.of(flags(RedFlag.FAINTING, RedFlag.BREATHLESSNESS)), List.of());

        assertThat(entry.redFlags()).containsExactlyInAnyOrder(RedFlag.FAINTING, RedFlag.BREATHLESSNESS);
    }

    @Test
    void episodesAreSortedByTime() {
        Episode night = new Episode(1L, DAY.atTime(2, 15), EpisodeKind.CRAMP, null, null, null, null, null);
        Episode morning = new Episode(2L, DAY.atTime(8, 0), EpisodeKind.PALPITATION, null, null, null, null, null);
        Episode evening = new Episode(3L, DAY.atTime(LocalTime.of(21, 45)), EpisodeKind.CRAMP, null, null, null, null,
                null);
        List<Episode> shuffled = new ArrayList<>(List.of(evening, night, morning));

        DayEntry entry = new DayEntry(DAY, Optional.empty(), shuffled);

        assertThat(entry.episodes()).containsExactly(night, morning, evening);
    }

    @Test
    void theEntryDoesNotChangeWhenTheCallersListDoes() {
        List<Episode> episodes = new ArrayList<>(List.of(cramp(1, 1)));
        DayEntry entry = new DayEntry(DAY, Optional.empty(), episodes);

        episodes.add(cramp(2, 2));
        Collections.reverse(episodes);

        assertThat(entry.episodes()).containsExactly(cramp(1, 1));
        assertThat(entry.crampCount()).isEqualTo(1);
    }

    @Test
    void episodeTimesAreKeptToTheMinute() {
        Episode episode = new Episode(null, LocalDateTime.of(2026, 2, 14, 7, 12, 45, 123), EpisodeKind.CRAMP, null,
                null, null, null, null);

        assertThat(episode.occurredAt()).isEqualTo(LocalDateTime.of(2026, 2, 14, 7, 12));
        assertThat(episode.day()).isEqualTo(DAY);
        assertThat(episode.redFlags()).isEmpty();
    }
}
