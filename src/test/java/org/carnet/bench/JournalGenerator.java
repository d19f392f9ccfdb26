package org.carnet.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.carnet.journal.CheckIn;
import org.carnet.journal.Digestion;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.JournalRepository;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;

/**
 * Writes a plausible journal: a check-in on most days (some skipped, some fields left empty), a few episodes, a rare
 * red flag. Seeded, so every run writes the same journal.
 */
public final class JournalGenerator {
    private final Random random;

    public JournalGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Fills {@code days} days ending on {@code lastDay}; returns the number of check-ins written. */
    public int fill(JournalRepository repository, LocalDate lastDay, int days) {
        int written = 0;
        for (int i = days - 1; i >= 0; i--) {
            LocalDate day = lastDay.minusDays(i);
            if (random.nextInt(10) == 0) {
                continue;
            }
            repository.saveCheckIn(checkIn(day));
            written++;
            int episodes = random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0;
            for (int e = 0; e < episodes; e++) {
                repository.saveEpisode(episode(day));
            }
        }
        return written;
    }

    private CheckIn checkIn(LocalDate day) {
        Set<RedFlag> flags = random.nextInt(400) == 0 ? EnumSet.of(RedFlag.CHEST_PAIN) : Set.of();
        return new CheckIn(day,
                maybe(random.nextInt(4)),
                maybe(random.nextInt(11)),
                random.nextBoolean(),
                maybe(1 + random.nextInt(5)),
                random.nextInt(8) == 0 ? null : 5 + random.nextInt(8) / 2.0,
                maybe(random.nextInt(3)),
                maybe(random.nextInt(11)),
                maybe(random.nextInt(11)),
                maybe(random.nextInt(11)),
                random.nextInt(6) == 0 ? Digestion.values()[random.nextInt(3)] : null,
                flags,
                random.nextInt(10) == 0 ? "Generated note " + day : null);
    }

    private Episode episode(LocalDate day) {
        boolean palpitation = random.nextBoolean();
        LocalDateTime at = LocalDateTime.of(day, LocalTime.of(random.nextInt(24), random.nextInt(60)));
        return new Episode(null, at, palpitation ? EpisodeKind.PALPITATION : EpisodeKind.CRAMP,
                1 + random.nextInt(20), random.nextInt(11),
                palpitation ? Rhythm.values()[random.nextInt(2)] : null,
                palpitation && random.nextBoolean() ? Trigger.values()[random.nextInt(5)] : null, Set.of());
    }

    /**
     * {@code time} on {@code day}, or now when that is later than now: the journal refuses intakes in the future,
     * and a benchmark run in the morning would log today's evening dose.
     */
    public static LocalDateTime notAfterNow(LocalDate day, LocalTime time) {
        LocalDateTime at = day.atTime(time);
        LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
        return at.isAfter(now) ? now : at;
    }

    private Integer maybe(int value) {
        return random.nextInt(7) == 0 ? null : value;
    }
}
