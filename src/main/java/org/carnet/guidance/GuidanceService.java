package org.carnet.guidance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.carnet.intake.DailyTotals;
import org.carnet.intake.DayIntakeDetails;
import org.carnet.intake.IntakeService;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DayEntry;
import org.carnet.journal.JournalRepository;
import org.carnet.profile.Profile;
import org.carnet.profile.ProfileRepository;

/**
 * Puts a day's intakes, its check-in, the days before it, the protocols and the profile together, and asks the
 * rules what they find. A period is read with one query for its intakes and one for its journal, the
 * {@link SignThresholds#LOOKBACK_DAYS} days before it included.
 */
public final class GuidanceService {
    private final IntakeService intake;
    private final JournalRepository journal;
    private final ProfileRepository profiles;
    private final GuidanceEngine engine;
    private final Supplier<List<PlannedProtocol>> protocols;

    public GuidanceService(IntakeService intake, JournalRepository journal, ProfileRepository profiles,
                           GuidanceEngine engine) {
        this(intake, journal, profiles, engine, List::of);
    }

    public GuidanceService(IntakeService intake, JournalRepository journal, ProfileRepository profiles,
                           GuidanceEngine engine, Supplier<List<PlannedProtocol>> protocols) {
        this.intake = intake;
        this.journal = journal;
        this.profiles = profiles;
        this.engine = engine;
        this.protocols = protocols;
    }

    public List<Finding> forDay(DayIntakeDetails details) {
        LocalDate day = details.day();
        LocalDate first = lookFrom(day);
        NavigableMap<LocalDate, DayEntry> recent = new TreeMap<>(journal.findDays(first, day));
        NavigableMap<LocalDate, DayIntake> earlier = earlierDays(intake.days(first, day.minusDays(1)));
        return engine.evaluate(dayIntake(details, profiles.load(), recent, earlier, protocols.get()));
    }

    public List<Finding> forDay(LocalDate day) {
        return forDay(intake.day(day));
    }

    /**
     * Findings of every day from {@code from} to {@code to} that has an intake, a check-in or an episode, or on
     * which a protocol starts, the most serious first.
     */
    public List<Finding> forPeriod(LocalDate from, LocalDate to) {
        return forPeriod(from, to, intake.days(lookFrom(from), to), journal.findDays(lookFrom(from), to));
    }

    /**
     * The same from days the caller has already read from this journal (the report reads them for itself): the
     * intakes and the journal's days from {@link #lookFrom lookFrom(from)} to {@code to}, so they are not read twice.
     */
    public List<Finding> forPeriod(LocalDate from, LocalDate to, Map<LocalDate, DayIntakeDetails> intakesRead,
                                   Map<LocalDate, DayEntry> journalRead) {
        Profile profile = profiles.load();
        List<PlannedProtocol> planned = protocols.get();
        NavigableMap<LocalDate, DayIntakeDetails> intakes = new TreeMap<>(intakesRead);
        NavigableMap<LocalDate, DayEntry> journalDays = new TreeMap<>(journalRead);
        NavigableMap<LocalDate, DayIntake> earlier = earlierDays(intakes);
        TreeSet<LocalDate> days = new TreeSet<>(intakes.subMap(from, true, to, true).keySet());
        // A day with a check-in or an episode but no intake still has its signs read; a protocol's start its plan.
        days.addAll(journalDays.subMap(from, true, to, true).keySet());
        planned.stream().map(PlannedProtocol::start).filter(d -> !d.isBefore(from) && !d.isAfter(to))
                .forEach(days::add);
        List<DayIntake> period = new ArrayList<>();
        for (LocalDate day : days) {
            DayIntakeDetails details = intakes.getOrDefault(day, empty(day));
            period.add(dayIntake(details, profile, journalDays, earlier.headMap(day, false), planned));
        }
        return engine.evaluate(period);
    }

    /** What the profile alone calls for, shown on the profile screen. */
    public Optional<Finding> forProfile(Profile profile) {
        return ProfileSeeProfessionalRule.evaluateProfile(profile);
    }

    /** The first day the findings of a period starting on {@code day} read: the signs look back from each day. */
    public static LocalDate lookFrom(LocalDate day) {
        return day.minusDays(SignThresholds.LOOKBACK_DAYS - 1L);
    }

    private static DayIntakeDetails empty(LocalDate day) {
        return new DayIntakeDetails(day, List.of(), List.of(), List.of(), DailyTotals.of(List.of(), List.of()));
    }

    /** Each day with an intake as the rules read it when it is one of the days before another. */
    private static NavigableMap<LocalDate, DayIntake> earlierDays(Map<LocalDate, DayIntakeDetails> intakes) {
        NavigableMap<LocalDate, DayIntake> out = new TreeMap<>();
        intakes.forEach((day, details) -> out.put(day, new DayIntake(day, supplements(details),
                medications(details), details.totals(), null, null, List.of(), foods(details), List.of(), List.of())));
        return out;
    }

    private DayIntake dayIntake(DayIntakeDetails details, Profile profile, NavigableMap<LocalDate, DayEntry> journalDays,
                                NavigableMap<LocalDate, DayIntake> earlier, List<PlannedProtocol> planned) {
        LocalDate day = details.day();
        LocalDate first = lookFrom(day);
        DayEntry entry = journalDays.get(day);
        var digestion = entry == null ? null : entry.checkIn().map(CheckIn::digestion).orElse(null);
        List<DayEntry> recent = List.copyOf(journalDays.subMap(first, true, day, true).values());
        List<DayIntake> before = List.copyOf(earlier.subMap(first, true, day, false).values());
        List<DayIntake.PlannedDay> plans = planned.stream().map(p -> p.on(day)).flatMap(Optional::stream).toList();
        return new DayIntake(day, supplements(details), medications(details), details.totals(), digestion, profile,
                recent, foods(details), plans, before);
    }

    private static List<DayIntake.TimedSupplement> supplements(DayIntakeDetails details) {
        return details.supplements().stream()
                .map(s -> new DayIntake.TimedSupplement(s.intake().takenAt().toLocalTime(), s.product(),
                        s.intake().units()))
                .toList();
    }

    private static List<DayIntake.TimedMedication> medications(DayIntakeDetails details) {
        return details.medications().stream()
                .map(m -> new DayIntake.TimedMedication(m.intake().takenAt().toLocalTime(), m.medication()))
                .toList();
    }

    private static List<DayIntake.TimedFood> foods(DayIntakeDetails details) {
        return details.foods().stream()
                .map(f -> new DayIntake.TimedFood(f.intake().takenAt().toLocalTime(), f.food(), f.intake().grams()))
                .toList();
    }
}
