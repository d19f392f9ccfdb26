package org.carnet.tracking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DayEntry;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.RedFlag;

/**
 * A generated journal around one protocol, addressed by protocol day number (day 1 = start, 0 = the day before).
 * Check-ins record cramps (count), sleep quality and fatigue; the other symptoms stay unrecorded.
 */
final class TrackingJournal {
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final long MAGNESIUM = 7L;
    static final long VITAMIN_D = 8L;
    /** The plan: 2 tablets of magnesium a day, as two doses of 1. */
    static final List<PlannedDose> PLAN = List.of(new PlannedDose(MAGNESIUM, 1, LocalTime.of(12, 0)),
            new PlannedDose(MAGNESIUM, 1, LocalTime.of(20, 0)));

    /** One day's check-in values; null = not recorded. */
    record Values(Integer cramps, Integer sleep, Integer fatigue) {
        static final Values BASELINE = new Values(4, 2, 6);
    }

    private final Map<LocalDate, DayEntry> days = new HashMap<>();
    private final Map<LocalDate, List<SupplementIntake>> intakes = new HashMap<>();
    private Protocol protocol = new Protocol(1L, "Magnesium", START, null, PLAN);

    static LocalDate date(int dayNumber) {
        return START.plusDays(dayNumber - 1L);
    }

    /** The usual shape: a full baseline (days −13 to 0) of {@link Values#BASELINE}, the plan taken every day. */
    static TrackingJournal withBaseline() {
        return new TrackingJournal().checkIns(-13, 0, d -> Values.BASELINE).taken(1, 70, d -> true);
    }

    TrackingJournal protocol(Protocol replacement) {
        this.protocol = replacement;
        return this;
    }

    TrackingJournal endingOn(int dayNumber) {
        return protocol(new Protocol(1L, "Magnesium", START, date(dayNumber), protocol.plan()));
    }

    /** A check-in on every day from {@code from} to {@code to} for which {@code values} is not null. */
    TrackingJournal checkIns(int from, int to, IntFunction<Values> values) {
        for (int d = from; d <= to; d++) {
            Values v = values.apply(d);
            if (v != null) {
                LocalDate day = date(d);
                CheckIn checkIn = new CheckIn(day, v.cramps(), null, null, v.sleep(), null, null, v.fatigue(), null,
                        null, null, Set.of(), null);
                DayEntry old = days.get(day);
                days.put(day, new DayEntry(day, Optional.of(checkIn), old == null ? List.of() : old.episodes()));
            }
        }
        return this;
    }

    /** An empty check-in: the day is logged, no symptom recorded. */
    TrackingJournal emptyCheckIn(int dayNumber) {
        LocalDate day = date(dayNumber);
        days.put(day, new DayEntry(day, Optional.of(CheckIn.empty(day)), List.of()));
        return this;
    }

    /** Red flags ticked in the day's check-in (the check-in is created empty if there is none). */
    TrackingJournal redFlagInCheckIn(int dayNumber, RedFlag first, RedFlag... more) {
        LocalDate day = date(dayNumber);
        DayEntry old = days.get(day);
        CheckIn c = old == null || old.checkIn().isEmpty() ? CheckIn.empty(day) : old.checkIn().get();
        CheckIn flagged = new CheckIn(day, c.crampCount(), c.crampWorstSeverity(), c.crampsAtNight(),
                c.sleepQuality(), c.sleepHours(), c.palpitationCount(), c.fatigue(), c.twitching(),
                c.irritability(), c.digestion(), EnumSet.of(first, more), c.notes());
        days.put(day, new DayEntry(day, Optional.of(flagged), old == null ? List.of() : old.episodes()));
        return this;
    }

    /** A palpitation episode with red flags, on a day that may have no check-in. */
    TrackingJournal palpitationEpisode(int dayNumber, Set<RedFlag> flags) {
        LocalDate day = date(dayNumber);
        DayEntry old = days.get(day);
        List<Episode> episodes = new ArrayList<>(old == null ? List.of() : old.episodes());
        episodes.add(new Episode(null, day.atTime(22, 15), EpisodeKind.PALPITATION, 5, 6, null, null, flags));
        days.put(day, new DayEntry(day, old == null ? Optional.empty() : old.checkIn(), episodes));
        return this;
    }

    /** On days from {@code from} to {@code to} where {@code taken} holds, the plan (1 + 1 magnesium) is logged. */
    TrackingJournal taken(int from, int to, IntPredicate taken) {
        for (int d = from; d <= to; d++) {
            intakes.remove(date(d));
            if (taken.test(d)) {
                intake(d, 8, MAGNESIUM, 1);
                intake(d, 20, MAGNESIUM, 1);
            }
        }
        return this;
    }

    TrackingJournal intake(int dayNumber, int hour, long productId, double units) {
        LocalDate day = date(dayNumber);
        intakes.computeIfAbsent(day, k -> new ArrayList<>())
                .add(new SupplementIntake(null, LocalDateTime.of(day, LocalTime.of(hour, 0)), productId, units));
        return this;
    }

    Map<LocalDate, DayEntry> days() {
        return Map.copyOf(days);
    }

    Map<LocalDate, List<SupplementIntake>> intakes() {
        return Map.copyOf(intakes);
    }

    Protocol protocol() {
        return protocol;
    }

    TrackingReport on(int dayNumber) {
        return TrackingAnalysis.analyse(protocol, date(dayNumber), days(), intakes());
    }
}
