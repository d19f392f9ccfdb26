package org.carnet.guidance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carnet.intake.DayIntakeDetails;
import org.carnet.intake.IntakeService;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DayEntry;
import org.carnet.journal.JournalRepository;
import org.carnet.profile.Profile;
import org.carnet.profile.ProfileRepository;

/** Puts a day's intakes, its check-in and the profile together, and asks the rules what they find. */
public final class GuidanceService {
    private final IntakeService intake;
    private final JournalRepository journal;
    private final ProfileRepository profiles;
    private final GuidanceEngine engine;

    public GuidanceService(IntakeService intake, JournalRepository journal, ProfileRepository profiles,
                           GuidanceEngine engine) {
        this.intake = intake;
        this.journal = journal;
        this.profiles = profiles;
        this.engine = engine;
    }

    public List<Finding> forDay(DayIntakeDetails details) {
        Map<LocalDate, DayEntry> recent = journal.findDays(
                details.day().minusDays(SignThresholds.LOOKBACK_DAYS - 1L), details.day());
        return engine.evaluate(dayIntake(details, profiles.load(), recent));
    }

    public List<Finding> forDay(LocalDate day) {
        return forDay(intake.day(day));
    }

    /** Findings of every day from {@code from} to {@code to}, the most serious first. */
    public List<Finding> forPeriod(LocalDate from, LocalDate to) {
        Profile profile = profiles.load();
        Map<LocalDate, DayIntakeDetails> days = new java.util.TreeMap<>(intake.days(from, to));
        Map<LocalDate, DayEntry> journalDays = journal.findDays(from.minusDays(SignThresholds.LOOKBACK_DAYS - 1L), to);
        // A day with a check-in or an episode but no intake still has its signs read.
        for (LocalDate day : journalDays.keySet()) {
            if (!day.isBefore(from) && !days.containsKey(day)) {
                days.put(day, intake.day(day));
            }
        }
        List<DayIntake> period = new ArrayList<>();
        days.values().forEach(details -> period.add(dayIntake(details, profile, journalDays)));
        return engine.evaluate(period);
    }

    /** What the profile alone calls for, shown on the profile screen. */
    public Optional<Finding> forProfile(Profile profile) {
        return ProfileSeeProfessionalRule.evaluateProfile(profile);
    }

    private DayIntake dayIntake(DayIntakeDetails details, Profile profile, Map<LocalDate, DayEntry> journalDays) {
        List<DayIntake.TimedSupplement> supplements = details.supplements().stream()
                .map(s -> new DayIntake.TimedSupplement(s.intake().takenAt().toLocalTime(), s.product(),
                        s.intake().units()))
                .toList();
        List<DayIntake.TimedMedication> medications = details.medications().stream()
                .map(m -> new DayIntake.TimedMedication(m.intake().takenAt().toLocalTime(), m.medication()))
                .toList();
        DayEntry entry = journalDays.get(details.day());
        var digestion = entry == null ? null : entry.checkIn().map(CheckIn::digestion).orElse(null);
        LocalDate first = details.day().minusDays(SignThresholds.LOOKBACK_DAYS - 1L);
        List<DayEntry> recent = journalDays.values().stream()
                .filter(e -> !e.day().isBefore(first) && !e.day().isAfter(details.day())).toList();
        return new DayIntake(details.day(), supplements, medications, details.totals(), digestion, profile, recent);
    }
}
