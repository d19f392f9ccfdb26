package org.carnet.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.carnet.core.FieldError;
import org.carnet.core.ValidationException;
import org.carnet.guidance.Finding;
import org.carnet.guidance.GuidanceService;
import org.carnet.intake.DayIntakeDetails;
import org.carnet.intake.IntakeService;
import org.carnet.journal.DayEntry;
import org.carnet.journal.JournalRepository;
import org.carnet.labs.LabRepository;
import org.carnet.profile.ProfileService;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.TrackingReport;
import org.carnet.tracking.TrackingService;
import org.carnet.tracking.TrackingThresholds;

/**
 * Loads what the GP summary of a period needs and hands it to {@link ReportBuilder}. Synchronous; call it off the
 * FX thread.
 */
public class ReportService {
    /** The longest period a summary covers, in days (both ends counted). */
    public static final int MAX_PERIOD_DAYS = 366;
    /** Without a protocol, the default period is the last 8 weeks, today included. */
    public static final int DEFAULT_PERIOD_DAYS = 8 * 7;

    public static final String FIELD = "period";
    public static final String PERIOD_ORDER = "validation.periodOrder";
    public static final String PERIOD_TOO_LONG = "validation.periodTooLong";
    public static final String PERIOD_EMPTY = "validation.periodEmpty";
    public static final String PERIOD_FUTURE = "validation.periodFuture";
    public static final String REQUIRED = "validation.required";

    private final IntakeService intake;
    private final JournalRepository journal;
    private final TrackingService tracking;
    private final GuidanceService guidance;
    private final ProfileService profiles;
    private final Clock clock;
    private java.util.function.Supplier<List<org.carnet.journal.OwnSymptom>> ownSymptoms = List::of;
    private final LabRepository labs;

    public ReportService(IntakeService intake, JournalRepository journal, TrackingService tracking,
                         GuidanceService guidance, ProfileService profiles, Clock clock) {
        this(intake, journal, tracking, guidance, profiles, clock, null);
    }

    /** {@code labs}: the laboratory results, whose latest per test the summary shows (null: none). */
    public ReportService(IntakeService intake, JournalRepository journal, TrackingService tracking,
                         GuidanceService guidance, ProfileService profiles, Clock clock, LabRepository labs) {
        this.labs = labs;
        this.intake = intake;
        this.journal = journal;
        this.tracking = tracking;
        this.guidance = guidance;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The person's own symptoms: a line each on the summary. */
    public void setOwnSymptoms(java.util.function.Supplier<List<org.carnet.journal.OwnSymptom>> source) {
        this.ownSymptoms = source;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * {from, to}: from the baseline of the current protocol (its start − 14 days) to today, or the last 8 weeks
     * (today − 55 days to today) without a protocol. Never longer than {@link #MAX_PERIOD_DAYS}: an old protocol's
     * baseline is cut to the last 366 days.
     */
    public LocalDate[] defaultPeriod() {
        LocalDate today = today();
        LocalDate from = tracking.current()
                .map(p -> p.start().minusDays(TrackingThresholds.BASELINE_CALENDAR_DAYS))
                .orElse(today.minusDays(DEFAULT_PERIOD_DAYS - 1L));
        LocalDate earliest = today.minusDays(MAX_PERIOD_DAYS - 1L);
        if (from.isBefore(earliest)) {
            from = earliest;
        }
        return new LocalDate[] {from, today};
    }

    /**
     * The summary of {@code from} to {@code to} (inclusive).
     *
     * @throws ValidationException {@code validation.periodOrder} when {@code to} is before {@code from},
     *         {@code validation.periodTooLong} (arg: 366) over 366 days, {@code validation.periodFuture} (arg: today,
     *         ISO) when it ends after today (days to come would count as days with nothing logged: "taken 35 / 65"),
     *         {@code validation.periodEmpty} when nothing was logged in the period (no check-in, episode or intake)
     */
    public ReportData build(LocalDate from, LocalDate to) {
        validate(from, to);
        LocalDate today = today();
        if (to.isAfter(today)) {
            throw new ValidationException(List.of(FieldError.of(FIELD, PERIOD_FUTURE, today.toString())));
        }
        // Read once, from the first day the findings look back to, or the protocol's analysis if earlier; the
        // summary itself takes the period's days, the findings and the analysis theirs.
        Optional<Protocol> protocol = protocolIn(from, to);
        LocalDate lookFrom = GuidanceService.lookFrom(from);
        LocalDate journalFrom = earliest(lookFrom, protocol.map(TrackingService::journalFrom));
        LocalDate intakesFrom = earliest(lookFrom, protocol.map(TrackingService::intakesFrom));
        NavigableMap<LocalDate, DayEntry> journalRead = new TreeMap<>(journal.findDays(journalFrom, to));
        NavigableMap<LocalDate, DayIntakeDetails> intakesRead = new TreeMap<>(intake.days(intakesFrom, to));
        Map<LocalDate, DayEntry> days = new TreeMap<>(journalRead.subMap(from, true, to, true));
        Map<LocalDate, DayIntakeDetails> intakes = new TreeMap<>(intakesRead.subMap(from, true, to, true));
        if (days.isEmpty() && intakes.values().stream().allMatch(DayIntakeDetails::isEmpty)) {
            throw new ValidationException(List.of(FieldError.of(FIELD, PERIOD_EMPTY)));
        }
        TrackingReport report = protocol
                .map(p -> tracking.analyse(p, to, journalRead, intakesRead).report())
                .orElse(null);
        List<Finding> findings = guidance.forPeriod(from, to,
                new TreeMap<>(intakesRead.subMap(lookFrom, true, to, true)),
                new TreeMap<>(journalRead.subMap(lookFrom, true, to, true)));
        return ReportBuilder.build(new ReportBuilder.Inputs(profiles.load(), from, to, today, days, intakes, report,
                findings, labs == null ? List.of() : labs.findAll()))
                .withOwnSymptoms(OwnSymptomLine.of(ownSymptoms.get(), days, from, to, report));
    }

    private static LocalDate earliest(LocalDate day, Optional<LocalDate> other) {
        return other.filter(o -> o.isBefore(day)).orElse(day);
    }

    /** The current protocol when it runs on a day of the period. */
    private Optional<Protocol> protocolIn(LocalDate from, LocalDate to) {
        return tracking.current().filter(p -> ReportBuilder.overlaps(p, from, to));
    }

    static void validate(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new ValidationException(List.of(FieldError.of(FIELD, REQUIRED)));
        }
        if (to.isBefore(from)) {
            throw new ValidationException(List.of(FieldError.of(FIELD, PERIOD_ORDER)));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_PERIOD_DAYS) {
            throw new ValidationException(List.of(FieldError.of(FIELD, PERIOD_TOO_LONG, MAX_PERIOD_DAYS)));
        }
    }
}
