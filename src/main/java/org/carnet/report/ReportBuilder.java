package org.carnet.report;

import static org.carnet.tracking.TrackingThresholds.MIN_RECORDED_DAYS;
import static org.carnet.tracking.TrackingThresholds.POOR_SLEEP_AT_MOST;
import static org.carnet.tracking.TrackingThresholds.RECENT_DAYS;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.carnet.guidance.Finding;
import org.carnet.guidance.Severity;
import org.carnet.intake.DayIntakeDetails;
import org.carnet.intake.Medication;
import org.carnet.intake.Product;
import org.carnet.journal.DayEntry;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;
import org.carnet.profile.Profile;
import org.carnet.report.ReportData.ChartSeries;
import org.carnet.report.ReportData.Header;
import org.carnet.report.ReportData.MedicationLine;
import org.carnet.report.ReportData.Palpitations;
import org.carnet.report.ReportData.ProtocolLine;
import org.carnet.report.ReportData.RedFlagDay;
import org.carnet.report.ReportData.SupplementLine;
import org.carnet.report.ReportData.SymptomRow;
import org.carnet.report.ReportData.TestToDiscuss;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabService;
import org.carnet.tracking.Direction;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.Symptom;
import org.carnet.tracking.SymptomSummary;
import org.carnet.tracking.TrackingFindings;
import org.carnet.tracking.TrackingReport;
import org.carnet.tracking.TrackingThresholds;

/**
 * Turns what was loaded for a period into the GP summary's {@link ReportData}. Pure: no storage, no UI; the same
 * inputs give the same report. Days outside the period in the input maps are ignored.
 */
public final class ReportBuilder {

    /** The symptoms drawn on the summary's chart, in this order. */
    public static final List<Symptom> CHART_SYMPTOMS = List.of(Symptom.CRAMP_EPISODES, Symptom.SLEEP_QUALITY,
            Symptom.PALPITATIONS, Symptom.FATIGUE);

    /** Symptoms that, recorded above 0 on any day, make the blood tests worth discussing (MG « Évaluer »). */
    static final Set<Symptom> BLOOD_TEST_SYMPTOMS = EnumSet.of(Symptom.CRAMP_EPISODES, Symptom.CRAMP_SEVERITY,
            Symptom.TWITCHING, Symptom.FATIGUE, Symptom.PALPITATIONS);

    /** Last day of weeks 1–3 and of weeks 4–8, counted in days after the start (day 1 = start + 0). */
    private static final int EARLY_END_OFFSET = TrackingThresholds.WEEKS_1_3_LAST_DAY - 1;
    private static final int LATE_END_OFFSET = TrackingThresholds.WEEKS_4_8_LAST_DAY - 1;

    private ReportBuilder() {
    }

    /**
     * What the summary is made from.
     *
     * @param profile   the profile (null = nothing given)
     * @param printed   the day the summary is made
     * @param journal   the journal's days (days missing are not logged)
     * @param intake    the intakes by day, with their products and medications resolved
     * @param tracking  the current protocol analysed at the period's end, or null when no protocol overlaps it
     * @param guidance  the guidance findings of the period ({@code GuidanceService.forPeriod})
     */
    public record Inputs(Profile profile, LocalDate from, LocalDate to, LocalDate printed,
                         Map<LocalDate, DayEntry> journal, Map<LocalDate, DayIntakeDetails> intake,
                         TrackingReport tracking, List<Finding> guidance, List<LabResult> labs) {
        /** Inputs without laboratory results. */
        public Inputs(Profile profile, LocalDate from, LocalDate to, LocalDate printed,
                      Map<LocalDate, DayEntry> journal, Map<LocalDate, DayIntakeDetails> intake,
                      TrackingReport tracking, List<Finding> guidance) {
            this(profile, from, to, printed, journal, intake, tracking, guidance, List.of());
        }

        public Inputs {
            labs = labs == null ? List.of() : labs;
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            journal = journal == null ? Map.of() : journal;
            intake = intake == null ? Map.of() : intake;
            guidance = guidance == null ? List.of() : guidance;
        }
    }

    /** True when the protocol runs on at least one day from {@code from} to {@code to} (inclusive). */
    public static boolean overlaps(Protocol protocol, LocalDate from, LocalDate to) {
        return !protocol.start().isAfter(to) && (protocol.end() == null || !protocol.end().isBefore(from));
    }

    public static ReportData build(Inputs in) {
        List<LocalDate> days = days(in.from(), in.to());
        List<DayEntry> entries = days.stream().map(d -> in.journal().get(d)).filter(Objects::nonNull).toList();
        List<DayIntakeDetails> intakes = days.stream().map(d -> in.intake().get(d)).filter(Objects::nonNull)
                .toList();
        return new ReportData(
                header(in),
                redFlags(entries),
                protocolLine(in.tracking()),
                symptoms(in, days),
                chart(in, days),
                palpitations(entries),
                supplements(intakes, days.size()),
                medications(intakes),
                findings(withLabFindings(in), in.tracking()),
                toDiscuss(entries, intakes),
                in.tracking() == null ? List.of() : in.tracking().effects(),
                List.copyOf(LabService.latest(in.labs(), in.to()).values()));
    }

    // 1. Header

    static Header header(Inputs in) {
        Profile profile = in.profile() == null ? Profile.empty() : in.profile();
        return new Header(profile.name(), profile.birthYear(), in.from(), in.to(), in.printed());
    }

    // 2. Red flags

    static List<RedFlagDay> redFlags(List<DayEntry> entries) {
        List<RedFlagDay> flagged = new ArrayList<>();
        for (DayEntry entry : entries) {
            Set<RedFlag> flags = entry.redFlags();
            if (!flags.isEmpty()) {
                flagged.add(new RedFlagDay(entry.day(), flags, hasPalpitations(entry)));
            }
        }
        flagged.sort(Comparator.comparing(RedFlagDay::day));
        return flagged;
    }

    /** A palpitation count above 0 on the check-in, or a palpitation episode (the day's count includes them). */
    static boolean hasPalpitations(DayEntry entry) {
        Integer count = entry.palpitationCount();
        return count != null && count > 0;
    }

    // 3. Protocol

    static ProtocolLine protocolLine(TrackingReport report) {
        if (report == null) {
            return null;
        }
        boolean persisting = false;
        boolean seeDoctor = false;
        for (Finding finding : report.findings()) {
            String id = finding.ruleId();
            if (isPersistence(id)) {
                persisting = true;
                // The 4-week finding; with a low adherence the same "see your doctor" comes as a WARNING.
                if (TrackingFindings.PERSISTING_4W.equals(id) || finding.severity() == Severity.WARNING) {
                    seeDoctor = true;
                }
            }
        }
        Protocol protocol = report.protocol();
        return new ProtocolLine(protocol.name(), protocol.start(), report.dayNumber(),
                report.adherence().roundedPercent(), persisting, seeDoctor);
    }

    private static boolean isPersistence(String ruleId) {
        return TrackingFindings.PERSISTING_3W.equals(ruleId) || TrackingFindings.PERSISTING_4W.equals(ruleId)
                || TrackingFindings.PERSISTING_LOW_ADHERENCE.equals(ruleId);
    }

    // 4. Symptoms

    static List<SymptomRow> symptoms(Inputs in, List<LocalDate> days) {
        List<SymptomRow> rows = new ArrayList<>();
        for (Symptom symptom : Symptom.values()) {
            List<Double> values = new ArrayList<>();
            for (LocalDate day : days) {
                Double value = valueOn(symptom, in.journal(), day);
                if (value != null) {
                    values.add(value);
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            int affected = (int) values.stream().filter(v -> affected(symptom, v)).count();
            if (symptom == Symptom.SPASMS && affected == 0) {
                // No check-in asks about spasms: a day without one logged is not a recorded "none" worth a row.
                continue;
            }
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double worst = symptom.higherIsBetter()
                    ? values.stream().mapToDouble(Double::doubleValue).min().orElseThrow()
                    : values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            Double baseline;
            Double last7;
            Double change;
            Direction direction = Direction.NOT_ENOUGH_DATA;
            if (in.tracking() != null) {
                SymptomSummary summary = in.tracking().summary(symptom);
                baseline = summary.baseline().mean();
                last7 = summary.last7().mean();
                change = summary.changePercent();
                direction = summary.direction();
            } else {
                baseline = meanOf(symptom, in.journal(), in.from(), min(in.from().plusDays(RECENT_DAYS - 1L), in.to()));
                last7 = meanOf(symptom, in.journal(), max(in.to().minusDays(RECENT_DAYS - 1L), in.from()), in.to());
                change = SymptomSummary.changePercent(baseline, last7);
            }
            rows.add(new SymptomRow(symptom, values.size(), affected, mean, worst, baseline, last7, change,
                    direction));
        }
        return rows;
    }

    /** Above 0; for sleep quality (higher is better), {@link TrackingThresholds#POOR_SLEEP_AT_MOST} or less. */
    static boolean affected(Symptom symptom, double value) {
        return symptom.higherIsBetter() ? value <= POOR_SLEEP_AT_MOST : value > 0;
    }

    /** The mean of the recorded values from {@code from} to {@code to}; null under {@code MIN_RECORDED_DAYS} days. */
    static Double meanOf(Symptom symptom, Map<LocalDate, DayEntry> journal, LocalDate from, LocalDate to) {
        int count = 0;
        double sum = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Double value = valueOn(symptom, journal, day);
            if (value != null) {
                count++;
                sum += value;
            }
        }
        return count >= MIN_RECORDED_DAYS ? sum / count : null;
    }

    private static Double valueOn(Symptom symptom, Map<LocalDate, DayEntry> journal, LocalDate day) {
        DayEntry entry = journal.get(day);
        return entry == null ? null : symptom.valueOf(entry);
    }

    // 5. Chart

    static ChartSeries chart(Inputs in, List<LocalDate> days) {
        Map<Symptom, List<Double>> values = new EnumMap<>(Symptom.class);
        for (Symptom symptom : CHART_SYMPTOMS) {
            List<Double> series = new ArrayList<>(days.size());
            days.forEach(day -> series.add(valueOn(symptom, in.journal(), day)));
            values.put(symptom, Collections.unmodifiableList(series));
        }
        if (in.tracking() == null) {
            return new ChartSeries(days, values, null, null, null, null);
        }
        LocalDate start = in.tracking().protocol().start();
        return new ChartSeries(days, values, start,
                start.minusDays(TrackingThresholds.BASELINE_CALENDAR_DAYS),
                start.plusDays(EARLY_END_OFFSET), start.plusDays(LATE_END_OFFSET));
    }

    // 6. Palpitations

    static Palpitations palpitations(List<DayEntry> entries) {
        List<Episode> episodes = entries.stream().flatMap(e -> e.episodes().stream())
                .filter(e -> e.kind() == EpisodeKind.PALPITATION).toList();
        int days = (int) entries.stream().filter(ReportBuilder::hasPalpitations).count();
        int recorded = entries.stream().map(DayEntry::palpitationCount).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
        LocalTime typicalTime = medianTime(episodes.stream().map(e -> e.occurredAt().toLocalTime()).toList());
        Integer typicalDuration = medianMinutes(episodes.stream().map(Episode::durationMinutes)
                .filter(Objects::nonNull).toList());
        int regular = (int) episodes.stream().filter(e -> e.rhythm() == Rhythm.REGULAR).count();
        int irregular = (int) episodes.stream().filter(e -> e.rhythm() == Rhythm.IRREGULAR).count();
        Map<Trigger, Integer> triggers = new EnumMap<>(Trigger.class);
        episodes.stream().map(Episode::trigger).filter(Objects::nonNull).forEach(t -> triggers.merge(t, 1, Integer::sum));
        return new Palpitations(episodes.size(), days, recorded, typicalTime, typicalDuration, regular, irregular, triggers);
    }

    /**
     * The median time of day, null for none. With an even number of times, the middle of the two middle ones,
     * to the minute below. Times are read on the clock from midnight: a night that spans midnight is not wrapped.
     */
    static LocalTime medianTime(List<LocalTime> times) {
        if (times.isEmpty()) {
            return null;
        }
        List<Integer> seconds = times.stream().map(LocalTime::toSecondOfDay).sorted().toList();
        int n = seconds.size();
        int median = n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2;
        return LocalTime.ofSecondOfDay(median).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The median of whole minutes, null for none; with an even number, the mean of the two middle ones, rounded half up. */
    static Integer medianMinutes(List<Integer> minutes) {
        if (minutes.isEmpty()) {
            return null;
        }
        List<Integer> sorted = minutes.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return (int) Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    // 7. Supplements and medications

    static List<SupplementLine> supplements(List<DayIntakeDetails> intakes, int daysInPeriod) {
        Map<Long, Product> products = new LinkedHashMap<>();
        Map<Long, List<LocalTime>> times = new TreeMap<>();
        Map<Long, TreeSet<LocalDate>> days = new TreeMap<>();
        for (DayIntakeDetails details : intakes) {
            for (DayIntakeDetails.SupplementLine line : details.supplements()) {
                if (line.product() == null) {
                    continue;
                }
                long id = line.intake().productId();
                products.putIfAbsent(id, line.product());
                times.computeIfAbsent(id, k -> new ArrayList<>()).add(line.intake().takenAt().toLocalTime());
                days.computeIfAbsent(id, k -> new TreeSet<>()).add(line.intake().day());
            }
        }
        List<SupplementLine> lines = new ArrayList<>();
        products.forEach((id, product) -> lines.add(new SupplementLine(product.name(), product.magnesiumForm(),
                product.magnesiumMg(), product.vitaminDMicrograms(), product.vitaminK2Micrograms(),
                product.calciumMg(), medianTime(times.get(id)), days.get(id).first(), days.get(id).size(),
                daysInPeriod)));
        lines.sort(Comparator.comparing(SupplementLine::firstDay)
                .thenComparing(SupplementLine::product, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        return lines;
    }

    static List<MedicationLine> medications(List<DayIntakeDetails> intakes) {
        Map<Long, Medication> medications = new LinkedHashMap<>();
        Map<Long, List<LocalTime>> times = new TreeMap<>();
        Map<Long, TreeSet<LocalDate>> days = new TreeMap<>();
        for (DayIntakeDetails details : intakes) {
            for (DayIntakeDetails.MedicationLine line : details.medications()) {
                if (line.medication() == null) {
                    continue;
                }
                long id = line.intake().medicationId();
                medications.putIfAbsent(id, line.medication());
                times.computeIfAbsent(id, k -> new ArrayList<>()).add(line.intake().takenAt().toLocalTime());
                days.computeIfAbsent(id, k -> new TreeSet<>()).add(line.intake().day());
            }
        }
        List<MedicationLine> lines = new ArrayList<>();
        medications.forEach((id, medication) -> lines.add(new MedicationLine(medication.name(),
                medication.medicationClass(), medianTime(times.get(id)), days.get(id).first(), days.get(id).size())));
        lines.sort(Comparator.comparing(MedicationLine::firstDay)
                .thenComparing(MedicationLine::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        return lines;
    }

    // 8. Findings

    /** The guidance findings and those read from the laboratory results (recurring low potassium or calcium). */
    static List<Finding> withLabFindings(Inputs in) {
        List<Finding> all = new ArrayList<>(in.guidance());
        all.addAll(org.carnet.guidance.RecurringLowResultsRule.evaluate(in.labs(), in.to()));
        return all;
    }

    /** The guidance findings then the tracking ones, warnings first; otherwise in that order (stable). */
    static List<Finding> findings(List<Finding> guidance, TrackingReport tracking) {
        List<Finding> all = new ArrayList<>(guidance);
        if (tracking != null) {
            all.addAll(tracking.findings());
        }
        all.sort(Comparator.comparing(Finding::severity, Comparator.reverseOrder()));
        return all;
    }

    // 9. To discuss

    static List<TestToDiscuss> toDiscuss(List<DayEntry> entries, List<DayIntakeDetails> intakes) {
        boolean symptoms = entries.stream().anyMatch(entry -> BLOOD_TEST_SYMPTOMS.stream().anyMatch(symptom -> {
            Double value = symptom.valueOf(entry);
            return value != null && value > 0;
        }));
        List<Product> taken = intakes.stream().flatMap(d -> d.supplements().stream())
                .map(DayIntakeDetails.SupplementLine::product).filter(Objects::nonNull).toList();
        boolean magnesium = taken.stream().anyMatch(Product::containsMagnesium);
        boolean calciumOrK2 = taken.stream().anyMatch(p -> positive(p.calciumMg()) || positive(p.vitaminK2Micrograms()));
        boolean palpitations = entries.stream().anyMatch(ReportBuilder::hasPalpitations);

        List<TestToDiscuss> tests = new ArrayList<>();
        if (symptoms || magnesium) {
            tests.add(TestToDiscuss.RED_CELL_MAGNESIUM);
            tests.add(TestToDiscuss.POTASSIUM_AND_CALCIUM);
        }
        if (palpitations) {
            tests.add(TestToDiscuss.ECG);
        }
        if (calciumOrK2) {
            tests.add(TestToDiscuss.CTX_MARKER);
        }
        return tests;
    }

    private static boolean positive(Double value) {
        return value != null && value > 0;
    }

    // Dates

    static List<LocalDate> days(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
