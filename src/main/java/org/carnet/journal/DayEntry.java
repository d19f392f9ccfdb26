package org.carnet.journal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything logged for one day: the check-in, if any, and the episodes. The day's counts combine both: a count
 * typed in the check-in is kept, but never shown below the number of episodes actually logged.
 */
public record DayEntry(LocalDate day, Optional<CheckIn> checkIn, List<Episode> episodes) {

    public DayEntry {
        episodes = episodes.stream().sorted(Comparator.comparing(Episode::occurredAt)).toList();
    }

    public Integer crampCount() {
        return combinedCount(checkIn.map(CheckIn::crampCount).orElse(null), EpisodeKind.CRAMP);
    }

    public Integer palpitationCount() {
        return combinedCount(checkIn.map(CheckIn::palpitationCount).orElse(null), EpisodeKind.PALPITATION);
    }

    /** The worst cramp of the day, from the check-in or any cramp episode. */
    public Integer crampWorstSeverity() {
        Integer fromEpisodes = episodes.stream()
                .filter(e -> e.kind() == EpisodeKind.CRAMP && e.severity() != null)
                .map(Episode::severity)
                .max(Integer::compare)
                .orElse(null);
        return worst(checkIn.map(CheckIn::crampWorstSeverity).orElse(null), fromEpisodes);
    }

    /** Major spasms / tetany logged that day (episodes only); null if none was logged and nothing else recorded. */
    public Integer spasmCount() {
        long logged = episodeCount(EpisodeKind.SPASM);
        return logged == 0 && checkIn.isEmpty() ? null : (int) logged;
    }

    /**
     * The day's headache as a 0–10 value: its worst severity, 0 on a day recorded without one, null when not
     * recorded (or a headache without a severity).
     */
    public Integer headacheSeverity() {
        return checkIn.map(c -> Boolean.FALSE.equals(c.headache()) ? Integer.valueOf(0)
                : Boolean.TRUE.equals(c.headache()) ? c.headacheWorstSeverity() : null).orElse(null);
    }

    /** True when the check-in says there was a headache or migraine that day. */
    public boolean hadHeadache() {
        return checkIn.map(c -> Boolean.TRUE.equals(c.headache())).orElse(false);
    }

    /** The day's value of one of the person's own symptoms, or null when not recorded. */
    public Integer ownValue(long symptomId) {
        return checkIn.map(c -> c.ownValue(symptomId)).orElse(null);
    }

    /** Red flags ticked on the day or on any of its palpitation episodes. */
    public Set<RedFlag> redFlags() {
        EnumSet<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        checkIn.ifPresent(c -> flags.addAll(c.redFlags()));
        episodes.forEach(e -> flags.addAll(e.redFlags()));
        return flags;
    }

    public long episodeCount(EpisodeKind kind) {
        return episodes.stream().filter(e -> e.kind() == kind).count();
    }

    private Integer combinedCount(Integer typed, EpisodeKind kind) {
        return combinedCount(typed, episodeCount(kind));
    }

    /** A day's count: what was typed, but at least the number of episodes logged; null if neither. */
    public static Integer combinedCount(Integer typed, long logged) {
        if (typed == null) {
            return logged == 0 ? null : (int) logged;
        }
        return (int) Math.max(typed, logged);
    }

    /** The higher of two severities, either of which may be unknown. */
    public static Integer worst(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }
}
