package org.carnet.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where check-ins and episodes are kept. Implementations throw {@link org.carnet.core.StorageException}. */
public interface JournalRepository {
    Optional<CheckIn> findCheckIn(LocalDate day);

    /** Inserts or replaces the check-in of its day. */
    void saveCheckIn(CheckIn checkIn);

    /** Deletes the day's check-in and its episodes together. */
    void deleteDay(LocalDate day);

    List<Episode> findEpisodes(LocalDate day);

    /** Inserts a new episode (id null) or updates an existing one; returns it with its id. */
    Episode saveEpisode(Episode episode);

    void deleteEpisode(long id);

    /** Every day with a check-in or an episode, newest first. */
    List<DaySummary> listDays();

    /** The number of days {@link #listDays()} would list and the newest, without reading them. */
    default DayCount countDays() {
        List<DaySummary> days = listDays();
        return new DayCount(days.size(), days.isEmpty() ? null : days.get(0).day());
    }

    /** The newest day before {@code day} with a check-in (days with episodes only do not count), if any. */
    default Optional<LocalDate> lastCheckInBefore(LocalDate day) {
        return listDays().stream().filter(DaySummary::hasCheckIn).map(DaySummary::day)
                .filter(other -> other.isBefore(day)).max(LocalDate::compareTo);
    }

    /** Days from {@code from} to {@code to} (inclusive) with a red flag on the day or on an episode. */
    List<DayEntry> findDaysWithRedFlags(LocalDate from, LocalDate to);

    int countCheckIns();

    /** Every day from {@code from} to {@code to} (inclusive) with a check-in or an episode. */
    java.util.Map<LocalDate, DayEntry> findDays(LocalDate from, LocalDate to);
}
