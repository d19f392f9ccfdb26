package org.carnet.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.carnet.core.FieldError;
import org.carnet.core.ValidationException;
import org.carnet.intake.IntakeService;
import org.carnet.intake.Product;
import org.carnet.intake.DayIntakeDetails;
import org.carnet.intake.Nutrient;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.DayEntry;
import org.carnet.journal.JournalRepository;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Protocols and what the journal says since they started. Synchronous; call it off the FX thread. */
public class TrackingService {
    private final ProtocolRepository protocols;
    private final JournalRepository journal;
    private final IntakeService intake;
    private final Clock clock;
    private java.util.function.Supplier<List<org.carnet.journal.OwnSymptom>> ownSymptoms = List::of;

    public TrackingService(ProtocolRepository protocols, JournalRepository journal, IntakeService intake, Clock clock) {
        this.protocols = protocols;
        this.journal = journal;
        this.intake = intake;
        this.clock = clock;
    }

    /** The person's own symptoms, analysed after the built-in ones. */
    public void setOwnSymptoms(java.util.function.Supplier<List<org.carnet.journal.OwnSymptom>> source) {
        this.ownSymptoms = source;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Protocol> protocols() {
        return protocols.protocols();
    }

    public List<Product> products() {
        return intake.products();
    }

    /**
     * Every protocol as the guidance rules read it (its plan with the products it names; a product no longer in the
     * list is left out of the plan), so that a planned dose gets the same advice as a logged one.
     */
    public List<org.carnet.guidance.PlannedProtocol> plannedProtocols() {
        Map<Long, Product> byId = new java.util.HashMap<>();
        intake.products().forEach(p -> byId.put(p.id(), p));
        return protocols().stream().map(p -> new org.carnet.guidance.PlannedProtocol(p.name(), p.start(), p::planDay,
                p.plan().stream().filter(d -> byId.containsKey(d.productId()))
                        .map(d -> new org.carnet.guidance.DayIntake.TimedSupplement(d.time(), byId.get(d.productId()),
                                d.units())).toList())).toList();
    }

    /**
     * The current protocol: among those that have started and not ended, the one started last; if none is running,
     * the one that ended or started most recently. Empty when there is none.
     */
    public Optional<Protocol> current(List<Protocol> all) {
        LocalDate today = today();
        Optional<Protocol> running = all.stream()
                .filter(p -> p.activeOn(today))
                .max(Comparator.comparing(Protocol::start));
        if (running.isPresent()) {
            return running;
        }
        return all.stream().filter(p -> !p.start().isAfter(today)).max(Comparator.comparing(Protocol::start));
    }

    public Optional<Protocol> current() {
        return current(protocols());
    }

    public Protocol save(Protocol protocol) {
        List<FieldError> errors = new java.util.ArrayList<>(ProtocolValidator.validate(protocol, today()));
        if (protocol.id() != null && errors.isEmpty()) {
            Protocol stored = protocols.protocols().stream().filter(p -> protocol.id().equals(p.id())).findFirst()
                    .orElse(null);
            errors.addAll(ProtocolValidator.validateChange(stored, protocol, today()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return protocols.save(protocol);
    }

    public void delete(long id) {
        protocols.delete(id);
    }

    /** The supplements of "my usual", as a plan. */
    public List<PlannedDose> planFromRoutine() {
        return intake.routine().stream()
                .filter(item -> item.productId() != null)
                .map(item -> new PlannedDose(item.productId(), item.units(), item.time()))
                .toList();
    }

    /**
     * What the journal says about {@code protocol} as of {@code asOf}: the report, and the days to chart, from the
     * start of the baseline to the end of week 8 (or to {@code asOf} if later).
     */
    public TrackingData analyse(Protocol protocol, LocalDate asOf) {
        return analysed(protocol, asOf, journal.findDays(journalFrom(protocol), asOf),
                intake.days(intakesFrom(protocol), asOf));
    }

    /** The first day {@link #analyse} reads the journal's days from (the weeks before the baseline included). */
    public static LocalDate journalFrom(Protocol protocol) {
        // The weeks before the baseline too: the regression-to-the-mean note compares the baseline with them.
        return intakesFrom(protocol).minusDays(TrackingThresholds.EARLIER_WEEKS_DAYS);
    }

    /** The first day {@link #analyse} reads the intakes from: the start of the baseline. */
    public static LocalDate intakesFrom(Protocol protocol) {
        return protocol.start().minusDays(TrackingThresholds.BASELINE_CALENDAR_DAYS);
    }

    /**
     * The same from days the caller has already read from this journal (the report reads them for itself, for its
     * findings too), so they are not read twice: the journal's days from {@link #journalFrom} to {@code asOf} and the
     * intakes from {@link #intakesFrom} to {@code asOf}, or more (only those are used).
     */
    public TrackingData analyse(Protocol protocol, LocalDate asOf, NavigableMap<LocalDate, DayEntry> journalRead,
                                NavigableMap<LocalDate, DayIntakeDetails> intakesRead) {
        return analysed(protocol, asOf, new TreeMap<>(journalRead.subMap(journalFrom(protocol), true, asOf, true)),
                new TreeMap<>(intakesRead.subMap(intakesFrom(protocol), true, asOf, true)));
    }

    private TrackingData analysed(Protocol protocol, LocalDate asOf, Map<LocalDate, DayEntry> days,
                                 Map<LocalDate, DayIntakeDetails> intakes) {
        LocalDate from = intakesFrom(protocol);
        LocalDate weekEight = protocol.start().plusDays(TrackingThresholds.WEEKS_4_8_LAST_DAY - 1L);
        LocalDate to = asOf.isAfter(weekEight) ? asOf : weekEight;
        Map<LocalDate, List<SupplementIntake>> supplements = new TreeMap<>();
        Map<LocalDate, Double> magnesium = new TreeMap<>();
        Map<LocalDate, Double> magnesiumTotal = new TreeMap<>();
        for (Map.Entry<LocalDate, DayIntakeDetails> day : intakes.entrySet()) {
            supplements.put(day.getKey(), day.getValue().supplements().stream().map(s -> s.intake()).toList());
            magnesium.put(day.getKey(), day.getValue().totals().of(Nutrient.MAGNESIUM).fromSupplements());
            if (!day.getValue().isEmpty()) {
                magnesiumTotal.put(day.getKey(), day.getValue().totals().of(Nutrient.MAGNESIUM).total());
            }
        }
        TrackingReport report = TrackingAnalysis.analyse(protocol, asOf, days, supplements, magnesiumTotal,
                ownSymptoms.get());
        return new TrackingData(report, days, magnesium, from, to, intake.products());
    }

    /** The current protocol analysed as of today, if there is one. */
    public Optional<TrackingData> analyseCurrent() {
        return current().map(protocol -> analyse(protocol, today()));
    }

    /** The days looked at by {@link #journalSoFar()}: four weeks, today included. */
    public static final int SO_FAR_DAYS = 28;

    /**
     * What the journal can say while no protocol runs: how many of the last {@link #SO_FAR_DAYS} days are recorded
     * (a check-in or an episode), how many in all, and the red flags of those days.
     */
    public JournalSoFar journalSoFar() {
        LocalDate to = today();
        LocalDate from = to.minusDays(SO_FAR_DAYS - 1L);
        Map<LocalDate, DayEntry> days = journal.findDays(from, to);
        return new JournalSoFar(from, to, days.size(), journal.countDays().days(),
                TrackingFindings.journalRedFlags(from, to, days));
    }

    /** See {@link #journalSoFar()}. */
    public record JournalSoFar(LocalDate from, LocalDate to, int recentDays, int allDays,
                               List<org.carnet.guidance.Finding> redFlags) {
    }

    /** A report and what its chart needs. */
    public record TrackingData(TrackingReport report, Map<LocalDate, DayEntry> journal,
                               Map<LocalDate, Double> supplementalMagnesiumMg, LocalDate from, LocalDate to,
                               List<Product> products) {

        public TrackingData(TrackingReport report, Map<LocalDate, DayEntry> journal,
                            Map<LocalDate, Double> supplementalMagnesiumMg, LocalDate from, LocalDate to) {
            this(report, journal, supplementalMagnesiumMg, from, to, List.of());
        }

        public SymptomSeries series(Tracked symptom) {
            return SymptomSeries.of(symptom, journal, from, to);
        }
    }
}
