package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.carnet.core.JournalLockedException;
import org.carnet.core.StorageException;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DayEntry;
import org.carnet.journal.DaySummary;
import org.carnet.journal.Digestion;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;
import org.h2.util.DateTimeUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcJournalRepositoryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 20);

    @TempDir
    Path dataDir;

    private Database database;
    private JdbcJournalRepository repository;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        repository = new JdbcJournalRepository(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private void reopen() {
        database.close();
        database = null;
        database = Database.open(dataDir);
        repository = new JdbcJournalRepository(database);
    }

    private static CheckIn everyField(LocalDate day) {
        return new CheckIn(day, 3, 7, true, 4, 7.25, 2, 6, 1, 8, Digestion.DIARRHOEA,
                EnumSet.of(RedFlag.CHEST_PAIN, RedFlag.BREATHLESSNESS), "Crampe au mollet gauche, réveillée à 3 h 🙁");
    }

    private static CheckIn counts(LocalDate day, Integer cramps, Integer palpitations) {
        return new CheckIn(day, cramps, null, null, null, null, palpitations, null, null, null, null, Set.of(), null);
    }

    private static CheckIn flagged(LocalDate day, RedFlag flag) {
        return new CheckIn(day, null, null, null, null, null, null, null, null, null, null, Set.of(flag), null);
    }

    private static Episode cramp(LocalDateTime at, Integer severity) {
        return new Episode(null, at, EpisodeKind.CRAMP, 2, severity, null, null, Set.of());
    }

    private static Episode palpitation(LocalDateTime at, RedFlag... flags) {
        return new Episode(null, at, EpisodeKind.PALPITATION, 5, 4, Rhythm.IRREGULAR, Trigger.CAFFEINE,
                flags.length == 0 ? Set.of() : EnumSet.copyOf(List.of(flags)));
    }

    @Test
    void theLastCheckInBeforeADayIgnoresThatDayLaterDaysAndDaysWithEpisodesOnly() {
        assertThat(repository.lastCheckInBefore(DAY)).isEmpty();
        repository.saveCheckIn(CheckIn.empty(DAY.minusDays(5)));
        repository.saveCheckIn(CheckIn.empty(DAY));
        repository.saveCheckIn(CheckIn.empty(DAY.plusDays(2)));
        repository.saveEpisode(cramp(DAY.minusDays(1).atTime(9, 0), 4));

        assertThat(repository.lastCheckInBefore(DAY)).contains(DAY.minusDays(5));
        assertThat(repository.lastCheckInBefore(DAY.plusDays(1))).contains(DAY);
        assertThat(repository.lastCheckInBefore(DAY.minusDays(5))).isEmpty();
        // The same answer as the list of every day it replaces.
        assertThat(repository.listDays().stream().filter(d -> d.hasCheckIn() && d.day().isBefore(DAY))
                .map(d -> d.day()).max(LocalDate::compareTo)).isEqualTo(repository.lastCheckInBefore(DAY));
    }

    @Test
    void aCheckInWithEveryFieldReadsBackUnchanged() {
        repository.saveCheckIn(everyField(DAY));

        assertThat(repository.findCheckIn(DAY)).contains(everyField(DAY));
    }

    @Test
    void aCheckInWithNothingRecordedReadsBackWithNullsNotZeros() {
        repository.saveCheckIn(CheckIn.empty(DAY));

        CheckIn read = repository.findCheckIn(DAY).orElseThrow();

        assertThat(read).isEqualTo(CheckIn.empty(DAY));
        assertThat(read.crampCount()).isNull();
        assertThat(read.crampsAtNight()).isNull();
        assertThat(read.sleepHours()).isNull();
        assertThat(read.digestion()).isNull();
        assertThat(read.redFlags()).isEmpty();
        assertThat(read.notes()).isNull();
    }

    @Test
    void zerosAndFalseAreKeptApartFromNotRecorded() {
        CheckIn zeros = new CheckIn(DAY, 0, 0, false, 1, 0.0, 0, 0, 0, 0, Digestion.NORMAL, Set.of(), null);

        repository.saveCheckIn(zeros);

        assertThat(repository.findCheckIn(DAY)).contains(zeros);
    }

    @Test
    void aDayWithoutCheckInHasNone() {
        assertThat(repository.findCheckIn(DAY)).isEmpty();
        assertThat(repository.findEpisodes(DAY)).isEmpty();
        assertThat(repository.countCheckIns()).isZero();
    }

    @Test
    void savingTheSameDayAgainReplacesItsCheckIn() {
        repository.saveCheckIn(everyField(DAY));
        CheckIn replacement = new CheckIn(DAY, 1, null, false, null, 6.5, null, null, null, null, Digestion.NORMAL,
                Set.of(RedFlag.FAINTING), null);

        repository.saveCheckIn(replacement);

        assertThat(repository.findCheckIn(DAY)).contains(replacement);
        assertThat(repository.countCheckIns()).isEqualTo(1);
    }

    @Test
    void sleepHoursKeepTwoDecimals() {
        CheckIn checkIn = new CheckIn(DAY, null, null, null, null, 23.75, null, null, null, null, null, Set.of(),
                null);

        repository.saveCheckIn(checkIn);

        assertThat(repository.findCheckIn(DAY).orElseThrow().sleepHours()).isEqualTo(23.75);
    }

    @Test
    void newEpisodesGetTheirIdsAndReadBackInTimeOrder() {
        Episode late = repository.saveEpisode(palpitation(DAY.atTime(22, 10), RedFlag.FAINTING, RedFlag.CHEST_PAIN));
        Episode early = repository.saveEpisode(cramp(DAY.atTime(3, 5), 8));

        assertThat(late.id()).isNotNull();
        assertThat(early.id()).isNotNull().isNotEqualTo(late.id());
        assertThat(repository.findEpisodes(DAY)).containsExactly(early, late);
        assertThat(repository.findEpisodes(DAY.plusDays(1))).isEmpty();
    }

    @Test
    void anEpisodeWithNothingOptionalReadsBackWithNulls() {
        Episode bare = repository.saveEpisode(
                new Episode(null, DAY.atTime(9, 0), EpisodeKind.PALPITATION, null, null, null, null, Set.of()));

        Episode read = repository.findEpisodes(DAY).get(0);

        assertThat(read).isEqualTo(bare);
        assertThat(read.durationMinutes()).isNull();
        assertThat(read.severity()).isNull();
    }

    @Test
    void savingAnEpisodeWithItsIdUpdatesIt() {
        Episode stored = repository.saveEpisode(cramp(DAY.atTime(3, 5), 8));
        Episode changed = new Episode(stored.id(), DAY.atTime(4, 20), EpisodeKind.CRAMP, 10, 9, null, null, Set.of());

        Episode saved = repository.saveEpisode(changed);

        assertThat(saved).isEqualTo(changed);
        assertThat(repository.findEpisodes(DAY)).containsExactly(changed);
    }

    @Test
    void anEpisodeMovedToAnotherDayIsListedUnderThatDay() {
        Episode stored = repository.saveEpisode(cramp(DAY.atTime(3, 5), 8));
        Episode moved = new Episode(stored.id(), DAY.minusDays(1).atTime(23, 50), EpisodeKind.CRAMP, 2, 8, null,
                null, Set.of());

        repository.saveEpisode(moved);

        assertThat(repository.findEpisodes(DAY)).isEmpty();
        assertThat(repository.findEpisodes(DAY.minusDays(1))).containsExactly(moved);
    }

    @Test
    void updatingAnEpisodeThatIsGoneFails() {
        Episode ghost = cramp(DAY.atTime(3, 5), 8).withId(999_999);

        assertThatThrownBy(() -> repository.saveEpisode(ghost)).isInstanceOf(StorageException.class);
        assertThat(repository.findEpisodes(DAY)).isEmpty();
    }

    @Test
    void deletingAnEpisodeKeepsTheOthers() {
        Episode first = repository.saveEpisode(cramp(DAY.atTime(3, 5), 8));
        Episode second = repository.saveEpisode(cramp(DAY.atTime(5, 0), 2));

        repository.deleteEpisode(first.id());

        assertThat(repository.findEpisodes(DAY)).containsExactly(second);
    }

    @Test
    void deleteDayRemovesTheCheckInAndTheEpisodesOfThatDayOnly() {
        repository.saveCheckIn(everyField(DAY));
        repository.saveEpisode(cramp(DAY.atTime(1, 0), 3));
        repository.saveEpisode(palpitation(DAY.atTime(2, 0)));
        LocalDate other = DAY.minusDays(1);
        repository.saveCheckIn(everyField(other));
        Episode kept = repository.saveEpisode(cramp(other.atTime(23, 59), 4));

        repository.deleteDay(DAY);

        assertThat(repository.findCheckIn(DAY)).isEmpty();
        assertThat(repository.findEpisodes(DAY)).isEmpty();
        assertThat(repository.findCheckIn(other)).contains(everyField(other));
        assertThat(repository.findEpisodes(other)).containsExactly(kept);
        assertThat(repository.listDays()).extracting(DaySummary::day).containsExactly(other);
    }

    @Test
    void listDaysIsNewestFirstAndIncludesDaysWithOnlyEpisodes() {
        LocalDate checkInOnly = DAY.minusDays(2);
        LocalDate episodesOnly = DAY.minusDays(1);
        repository.saveCheckIn(counts(checkInOnly, 1, null));
        repository.saveEpisode(cramp(episodesOnly.atTime(6, 0), 5));
        repository.saveEpisode(palpitation(episodesOnly.atTime(7, 0)));
        repository.saveCheckIn(counts(DAY, 0, 0));

        List<DaySummary> days = repository.listDays();

        assertThat(days).extracting(DaySummary::day).containsExactly(DAY, episodesOnly, checkInOnly);
        DaySummary onlyEpisodes = days.get(1);
        assertThat(onlyEpisodes.hasCheckIn()).isFalse();
        assertThat(onlyEpisodes.crampCount()).isEqualTo(1);
        assertThat(onlyEpisodes.palpitationCount()).isEqualTo(1);
        assertThat(onlyEpisodes.crampWorstSeverity()).isEqualTo(5);
        assertThat(onlyEpisodes.episodeCount()).isEqualTo(2);
        assertThat(onlyEpisodes.sleepQuality()).isNull();
        assertThat(onlyEpisodes.sleepHours()).isNull();
        assertThat(onlyEpisodes.fatigue()).isNull();
        DaySummary onlyCheckIn = days.get(2);
        assertThat(onlyCheckIn.hasCheckIn()).isTrue();
        assertThat(onlyCheckIn.crampCount()).isEqualTo(1);
        assertThat(onlyCheckIn.palpitationCount()).as("not recorded stays null").isNull();
        assertThat(onlyCheckIn.crampWorstSeverity()).isNull();
        assertThat(onlyCheckIn.episodeCount()).isZero();
        DaySummary zeros = days.get(0);
        assertThat(zeros.crampCount()).isZero();
        assertThat(zeros.palpitationCount()).isZero();
    }

    @Test
    void listDaysCombinesTypedCountsWithLoggedEpisodes() {
        repository.saveCheckIn(new CheckIn(DAY, 2, 9, true, 3, 6.5, 5, 7, null, null, null,
                Set.of(RedFlag.CHEST_PAIN), null));
        repository.saveEpisode(cramp(DAY.atTime(1, 0), 4));
        repository.saveEpisode(cramp(DAY.atTime(2, 0), 10));
        repository.saveEpisode(cramp(DAY.atTime(3, 0), null));
        repository.saveEpisode(palpitation(DAY.atTime(4, 0), RedFlag.FAINTING));

        DaySummary day = repository.listDays().get(0);

        assertThat(day.day()).isEqualTo(DAY);
        assertThat(day.hasCheckIn()).isTrue();
        assertThat(day.crampCount()).as("typed 2, 3 logged").isEqualTo(3);
        assertThat(day.palpitationCount()).as("typed 5, 1 logged").isEqualTo(5);
        assertThat(day.crampWorstSeverity()).isEqualTo(10);
        assertThat(day.sleepQuality()).isEqualTo(3);
        assertThat(day.sleepHours()).isEqualTo(6.5);
        assertThat(day.fatigue()).isEqualTo(7);
        assertThat(day.episodeCount()).isEqualTo(4);
        assertThat(day.redFlags()).containsExactlyInAnyOrder(RedFlag.CHEST_PAIN, RedFlag.FAINTING);
    }

    @Test
    void listDaysAgreesWithTheDayEntry() {
        repository.saveCheckIn(new CheckIn(DAY, 4, 3, null, null, null, 0, null, null, null, null, Set.of(), null));
        repository.saveEpisode(cramp(DAY.atTime(1, 0), 6));
        repository.saveEpisode(palpitation(DAY.atTime(2, 0), RedFlag.BREATHLESSNESS));

        DaySummary summary = repository.listDays().get(0);
        DayEntry entry = new DayEntry(DAY, repository.findCheckIn(DAY), repository.findEpisodes(DAY));

        assertThat(summary.crampCount()).isEqualTo(entry.crampCount()).isEqualTo(4);
        assertThat(summary.palpitationCount()).isEqualTo(entry.palpitationCount()).isEqualTo(1);
        assertThat(summary.crampWorstSeverity()).isEqualTo(entry.crampWorstSeverity()).isEqualTo(6);
        assertThat(summary.redFlags()).isEqualTo(entry.redFlags());
    }

    @Test
    void redFlagDaysComeFromCheckInsAndEpisodesWithinTheRangeOnly() {
        LocalDate from = DAY.minusDays(6);
        repository.saveCheckIn(flagged(from.minusDays(1), RedFlag.FAINTING));
        repository.saveEpisode(palpitation(from.minusDays(1).atTime(23, 59), RedFlag.CHEST_PAIN));
        repository.saveCheckIn(flagged(from, RedFlag.BREATHLESSNESS));
        repository.saveCheckIn(counts(from.plusDays(1), 3, 1));
        repository.saveEpisode(palpitation(from.plusDays(1).atTime(12, 0)));
        repository.saveEpisode(palpitation(from.plusDays(3).atTime(0, 0), RedFlag.FAINTING));
        repository.saveCheckIn(counts(from.plusDays(3), 0, 0));
        repository.saveCheckIn(flagged(DAY, RedFlag.CHEST_PAIN));
        repository.saveEpisode(palpitation(DAY.atTime(8, 0), RedFlag.CHEST_PAIN));
        repository.saveCheckIn(flagged(DAY.plusDays(1), RedFlag.FAINTING));
        repository.saveEpisode(palpitation(DAY.plusDays(1).atTime(0, 0), RedFlag.FAINTING));

        List<DayEntry> days = repository.findDaysWithRedFlags(from, DAY);

        assertThat(days).extracting(DayEntry::day).containsExactly(DAY, from.plusDays(3), from);
        assertThat(days.get(0).redFlags()).containsExactly(RedFlag.CHEST_PAIN);
        assertThat(days.get(0).episodes()).hasSize(1);
        assertThat(days.get(1).checkIn()).contains(counts(from.plusDays(3), 0, 0));
        assertThat(days.get(1).redFlags()).containsExactly(RedFlag.FAINTING);
        assertThat(days.get(2).redFlags()).containsExactly(RedFlag.BREATHLESSNESS);
        assertThat(days.get(2).episodes()).isEmpty();
    }

    @Test
    void noRedFlagsMeansNoDays() {
        repository.saveCheckIn(counts(DAY, 1, 1));
        repository.saveEpisode(palpitation(DAY.atTime(5, 0)));

        assertThat(repository.findDaysWithRedFlags(DAY.minusDays(6), DAY)).isEmpty();
    }

    @Test
    void dataSurviveClosingAndReopening() {
        repository.saveCheckIn(everyField(DAY));
        Episode episode = repository.saveEpisode(palpitation(DAY.atTime(10, 15), RedFlag.CHEST_PAIN));

        reopen();

        assertThat(repository.findCheckIn(DAY)).contains(everyField(DAY));
        assertThat(repository.findEpisodes(DAY)).containsExactly(episode);
        Episode next = repository.saveEpisode(cramp(DAY.atTime(11, 0), 1));
        assertThat(next.id()).isNotEqualTo(episode.id());
    }

    @Test
    void anEpisodeKeepsItsTimeInTheHourSkippedBySummerTime() {
        // 29 March 2026, Paris: clocks jump from 02:00 to 03:00. The journal stores wall-clock times
        // (LocalDateTime), so what was typed must come back whatever the computer's time zone.
        TimeZone before = TimeZone.getDefault();
        LocalDateTime typed = LocalDateTime.of(2026, 3, 29, 2, 30);
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
            DateTimeUtils.resetCalendar();
            reopen();

            Episode stored = repository.saveEpisode(cramp(typed, 6));

            assertThat(repository.findEpisodes(typed.toLocalDate()))
                    .extracting(Episode::occurredAt).containsExactly(typed);
            assertThat(stored.occurredAt()).isEqualTo(typed);
        } finally {
            if (database != null) {
                database.close();
                database = null;
            }
            TimeZone.setDefault(before);
            DateTimeUtils.resetCalendar();
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedWhileTheFirstIsOpen() {
        repository.saveCheckIn(everyField(DAY));

        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOfSatisfying(JournalLockedException.class,
                        e -> assertThat(e.dataDir()).isEqualTo(dataDir));

        assertThat(repository.findCheckIn(DAY)).as("the first stays usable").contains(everyField(DAY));
    }

    @Test
    void theFolderCanBeOpenedAgainOnceClosed() {
        assertThatThrownBy(() -> Database.open(dataDir)).isInstanceOf(JournalLockedException.class);

        reopen();

        assertThat(repository.countCheckIns()).isZero();
    }

    @Test
    void anOutOfRangeCheckInIsRefusedByTheDatabaseAndTheDayIsUnchanged() {
        repository.saveCheckIn(everyField(DAY));
        CheckIn tooMany = new CheckIn(DAY, 51, 7, true, 4, 7.25, 2, 6, 1, 8, Digestion.NORMAL, Set.of(), "changed");

        assertThatThrownBy(() -> repository.saveCheckIn(tooMany)).isInstanceOf(StorageException.class)
                .hasMessageNotContaining("CHECK").hasMessageNotContaining("SELECT");

        assertThat(repository.findCheckIn(DAY)).contains(everyField(DAY));
    }

    @Test
    void anOutOfRangeNewCheckInIsNotStored() {
        CheckIn badSleep = new CheckIn(DAY, null, null, null, 6, null, null, null, null, null, null, Set.of(), null);

        assertThatThrownBy(() -> repository.saveCheckIn(badSleep)).isInstanceOf(StorageException.class);

        assertThat(repository.findCheckIn(DAY)).isEmpty();
        assertThat(repository.countCheckIns()).isZero();
    }

    @Test
    void anOutOfRangeEpisodeIsRefusedByTheDatabaseAndTheStoredOneIsUnchanged() {
        Episode stored = repository.saveEpisode(cramp(DAY.atTime(3, 0), 5));
        Episode tooSevere = new Episode(stored.id(), DAY.atTime(3, 0), EpisodeKind.CRAMP, 2, 11, null, null,
                Set.of());
        Episode tooLong = new Episode(null, DAY.atTime(4, 0), EpisodeKind.CRAMP, 1441, 5, null, null, Set.of());

        assertThatThrownBy(() -> repository.saveEpisode(tooSevere)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> repository.saveEpisode(tooLong)).isInstanceOf(StorageException.class);

        assertThat(repository.findEpisodes(DAY)).containsExactly(stored);
    }

    @Test
    void theDaysCountedAreThoseWithACheckInOrAnEpisodeEachOnce() {
        assertThat(repository.countDays()).isEqualTo(new org.carnet.journal.DayCount(0, null));
        LocalDate first = LocalDate.of(2026, 2, 1);
        repository.saveCheckIn(counts(first, 1, null));
        repository.saveEpisode(cramp(first.atTime(8, 0), 2));
        repository.saveEpisode(cramp(first.plusDays(1).atTime(8, 0), 2));
        repository.saveEpisode(palpitation(first.plusDays(1).atTime(20, 0)));
        repository.saveCheckIn(counts(first.plusDays(2), null, 1));
        assertThat(repository.countDays()).isEqualTo(new org.carnet.journal.DayCount(3, first.plusDays(2)));
        repository.saveEpisode(cramp(first.plusDays(9).atTime(8, 0), 2));
        assertThat(repository.countDays()).as("the latest day has only an episode")
                .isEqualTo(new org.carnet.journal.DayCount(4, first.plusDays(9)));
    }
}
