package org.carnet.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;
import org.carnet.core.ValidationException;
import org.junit.jupiter.api.Test;

class JournalServiceTest {
    /** 23:30 in Paris on 10 March 2026 is already the 11th there, still the 10th in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T23:30:00Z"), ZoneId.of("Europe/Paris"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10).plusDays(1);

    private final FakeRepository repository = new FakeRepository();
    private final JournalService service = new JournalService(repository, CLOCK);

    private static CheckIn checkIn(LocalDate day, Integer crampCount) {
        return new CheckIn(day, crampCount, null, null, null, null, null, null, null, null, null, Set.of(), null);
    }

    @Test
    void todayAndNowComeFromTheClockInItsZone() {
        assertThat(service.today()).isEqualTo(TODAY);
        assertThat(service.now()).isEqualTo(LocalDateTime.of(2026, 3, 11, 0, 30));
    }

    @Test
    void saveStoresAValidCheckInAndReturnsTheDay() {
        repository.saveEpisode(new Episode(null, TODAY.atTime(0, 5), EpisodeKind.CRAMP, 1, 4, null, null, Set.of()));

        DayEntry saved = service.save(checkIn(TODAY, 0));

        assertThat(repository.checkIns).containsEntry(TODAY, checkIn(TODAY, 0));
        assertThat(saved.day()).isEqualTo(TODAY);
        assertThat(saved.checkIn()).contains(checkIn(TODAY, 0));
        assertThat(saved.crampCount()).isEqualTo(1);
        assertThat(service.hasCheckIn(TODAY)).isTrue();
    }

    @Test
    void saveRefusesAnOutOfRangeCheckInAndStoresNothing() {
        assertThatThrownBy(() -> service.save(checkIn(TODAY, JournalLimits.MAX_EPISODES_PER_DAY + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("crampCount", NumberInput.OUT_OF_RANGE, 0, JournalLimits.MAX_EPISODES_PER_DAY)));

        assertThat(repository.checkIns).isEmpty();
        assertThat(repository.writes).isZero();
    }

    @Test
    void saveRefusesAFutureDayInTheClocksZone() {
        assertThatThrownBy(() -> service.save(checkIn(TODAY.plusDays(1), 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("day", JournalValidator.FUTURE_DATE)));

        assertThat(repository.writes).isZero();
        assertThat(service.hasCheckIn(TODAY.plusDays(1))).isFalse();
    }

    @Test
    void aRefusedSaveLeavesTheStoredCheckInUnchanged() {
        service.save(checkIn(TODAY, 3));

        assertThatThrownBy(() -> service.save(checkIn(TODAY, -1))).isInstanceOf(ValidationException.class);

        assertThat(repository.checkIns.get(TODAY)).isEqualTo(checkIn(TODAY, 3));
        assertThat(repository.writes).isEqualTo(1);
    }

    @Test
    void logEpisodeStoresAValidEpisodeWithItsId() {
        Episode logged = service.logEpisode(
                new Episode(null, service.now(), EpisodeKind.PALPITATION, 2, 5, Rhythm.IRREGULAR, null, Set.of()));

        assertThat(logged.id()).isNotNull();
        assertThat(service.load(TODAY).episodes()).containsExactly(logged);
    }

    @Test
    void logEpisodeRefusesAnEpisodeInTheFutureAndStoresNothing() {
        Episode later = new Episode(null, service.now().plusMinutes(2), EpisodeKind.CRAMP, 1, 3, null, null, Set.of());

        assertThatThrownBy(() -> service.logEpisode(later))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("occurredAt"));
        assertThat(repository.episodes).isEmpty();
        assertThat(repository.writes).isZero();
    }

    @Test
    void logEpisodeRefusesACrampWithRedFlags() {
        Episode cramp = new Episode(null, service.now(), EpisodeKind.CRAMP, 1, 3, null, null,
                Set.of(RedFlag.CHEST_PAIN));

        assertThatThrownBy(() -> service.logEpisode(cramp)).isInstanceOf(ValidationException.class);
        assertThat(repository.episodes).isEmpty();
    }

    @Test
    void recentRedFlagsAsksForTheLastSevenDaysIncludingToday() {
        service.recentRedFlags();

        assertThat(repository.redFlagQueries).containsExactly(List.of(TODAY.minusDays(6), TODAY));
        assertThat(JournalService.RED_FLAG_REMINDER_DAYS).isEqualTo(7);
    }

    @Test
    void recentRedFlagsReturnsTheRepositorysDaysFromTheLastWeekOnly() {
        repository.checkIns.put(TODAY, flagged(TODAY));
        repository.checkIns.put(TODAY.minusDays(6), flagged(TODAY.minusDays(6)));
        repository.checkIns.put(TODAY.minusDays(7), flagged(TODAY.minusDays(7)));
        repository.checkIns.put(TODAY.minusDays(2), checkIn(TODAY.minusDays(2), 1));

        assertThat(service.recentRedFlags()).extracting(DayEntry::day).containsExactly(TODAY, TODAY.minusDays(6));
    }

    @Test
    void deleteDayRemovesTheDay() {
        service.save(checkIn(TODAY, 2));

        service.deleteDay(TODAY);

        assertThat(service.hasCheckIn(TODAY)).isFalse();
        assertThat(service.load(TODAY).checkIn()).isEmpty();
    }

    private static CheckIn flagged(LocalDate day) {
        return new CheckIn(day, null, null, null, null, null, null, null, null, null, null,
                Set.of(RedFlag.BREATHLESSNESS), null);
    }

    /** Keeps everything in maps and records what it was asked. */
    @Test
    void theDaysMissedSinceTheLastCheckInAreOfferedUpToYesterday() {
        repository.saveCheckIn(checkIn(TODAY.minusDays(4), 0));
        repository.saveCheckIn(checkIn(TODAY.minusDays(2), 1));

        assertThat(service.missedDays()).containsExactly(TODAY.minusDays(1));

        repository.checkIns.remove(TODAY.minusDays(2));
        assertThat(service.missedDays()).containsExactly(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1));
        assertThat(repository.listings).as("one look-up, not the list of every day").isZero();
    }

    @Test
    void aNewJournalOrOneCheckedInYesterdayMissesNothingAndOldGapsAreCapped() {
        assertThat(service.missedDays()).isEmpty();

        repository.saveCheckIn(checkIn(TODAY.minusDays(40), 0));
        assertThat(service.missedDays()).hasSize(JournalService.BACKFILL_MAX_DAYS)
                .startsWith(TODAY.minusDays(JournalService.BACKFILL_MAX_DAYS)).endsWith(TODAY.minusDays(1));

        repository.saveCheckIn(checkIn(TODAY.minusDays(1), 0));
        assertThat(service.missedDays()).isEmpty();
    }

    @Test
    void backFillingStoresAllTheDaysOrNoneWhenOneIsInvalid() {
        List<CheckIn> days = List.of(checkIn(TODAY.minusDays(2), 1), checkIn(TODAY.minusDays(1), -3));

        assertThatThrownBy(() -> service.saveAll(days)).isInstanceOf(ValidationException.class);
        assertThat(repository.checkIns).isEmpty();

        service.saveAll(List.of(checkIn(TODAY.minusDays(2), 1), checkIn(TODAY.minusDays(1), 2)));
        assertThat(repository.checkIns).containsOnlyKeys(TODAY.minusDays(2), TODAY.minusDays(1));
    }

    private static final class FakeRepository implements JournalRepository {
        final Map<LocalDate, CheckIn> checkIns = new TreeMap<>();
        final Map<Long, Episode> episodes = new LinkedHashMap<>();
        final List<List<LocalDate>> redFlagQueries = new ArrayList<>();
        int writes;
        int listings;
        private long nextId = 1;

        @Override
        public Optional<CheckIn> findCheckIn(LocalDate day) {
            return Optional.ofNullable(checkIns.get(day));
        }

        @Override
        public void saveCheckIn(CheckIn checkIn) {
            writes++;
            checkIns.put(checkIn.day(), checkIn);
        }

        @Override
        public void deleteDay(LocalDate day) {
            writes++;
            checkIns.remove(day);
            episodes.values().removeIf(e -> e.day().equals(day));
        }

        @Override
        public List<Episode> findEpisodes(LocalDate day) {
            return episodes.values().stream().filter(e -> e.day().equals(day)).toList();
        }

        @Override
        public Episode saveEpisode(Episode episode) {
            writes++;
            Episode stored = episode.id() == null ? episode.withId(nextId++) : episode;
            episodes.put(stored.id(), stored);
            return stored;
        }

        @Override
        public void deleteEpisode(long id) {
            writes++;
            episodes.remove(id);
        }

        @Override
        public Optional<LocalDate> lastCheckInBefore(LocalDate day) {
            return checkIns.keySet().stream().filter(other -> other.isBefore(day)).max(LocalDate::compareTo);
        }

        @Override
        public List<DaySummary> listDays() {
            listings++;
            return checkIns.keySet().stream().sorted(java.util.Comparator.reverseOrder())
                    .map(day -> new DaySummary(day, true, null, null, null, null, null, null, 0, Set.of(), null, null, 0, null)).toList();
        }

        @Override
        public List<DayEntry> findDaysWithRedFlags(LocalDate from, LocalDate to) {
            redFlagQueries.add(List.of(from, to));
            return from.datesUntil(to.plusDays(1))
                    .map(day -> new DayEntry(day, findCheckIn(day), findEpisodes(day)))
                    .filter(entry -> !entry.redFlags().isEmpty())
                    .sorted(Comparator.comparing(DayEntry::day).reversed())
                    .toList();
        }

        @Override
        public int countCheckIns() {
            return checkIns.size();
        }

        @Override
        public java.util.Map<LocalDate, DayEntry> findDays(LocalDate from, LocalDate to) {
            java.util.Map<LocalDate, DayEntry> days = new java.util.TreeMap<>();
            from.datesUntil(to.plusDays(1))
                    .map(day -> new DayEntry(day, findCheckIn(day), findEpisodes(day)))
                    .filter(entry -> entry.checkIn().isPresent() || !entry.episodes().isEmpty())
                    .forEach(entry -> days.put(entry.day(), entry));
            return days;
        }
    }
}
