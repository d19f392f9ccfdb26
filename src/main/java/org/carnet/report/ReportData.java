package org.carnet.report;

import org.carnet.tracking.Effect;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carnet.guidance.Fact;
import org.carnet.guidance.Finding;
import org.carnet.guidance.PeriodFinding;
import org.carnet.intake.MagnesiumForm;
import org.carnet.labs.LabResult;
import org.carnet.intake.MedicationClass;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;
import org.carnet.tracking.Direction;
import org.carnet.tracking.Symptom;
import org.carnet.tracking.SymptomSummary;

/**
 * Everything the GP summary shows, computed from the journal for a period: pure data, in the order the page reads.
 * Words come later, from the language bundle; this holds numbers, dates and codes. Null means unknown / not given.
 */
public record ReportData(
        Header header,
        List<RedFlagDay> redFlags,
        ProtocolLine protocol,
        List<SymptomRow> symptoms,
        ChartSeries chart,
        Palpitations palpitations,
        List<SupplementLine> supplements,
        List<MedicationLine> medications,
        List<Finding> findings,
        List<TestToDiscuss> toDiscuss,
        List<Effect> effects,
        List<LabResult> results,
        List<OwnSymptomLine> ownSymptoms) {

    /** A summary without the person's own symptoms. */
    public ReportData(Header header, List<RedFlagDay> redFlags, ProtocolLine protocol, List<SymptomRow> symptoms,
                      ChartSeries chart, Palpitations palpitations, List<SupplementLine> supplements,
                      List<MedicationLine> medications, List<Finding> findings, List<TestToDiscuss> toDiscuss,
                      List<Effect> effects, List<LabResult> results) {
        this(header, redFlags, protocol, symptoms, chart, palpitations, supplements, medications, findings, toDiscuss,
                effects, results, List.of());
    }

    /** The same summary with a line for each of the person's own symptoms. */
    public ReportData withOwnSymptoms(List<OwnSymptomLine> lines) {
        return new ReportData(header, redFlags, protocol, symptoms, chart, palpitations, supplements, medications,
                findings, toDiscuss, effects, results, lines);
    }

    /** A summary without laboratory results. */
    public ReportData(Header header, List<RedFlagDay> redFlags, ProtocolLine protocol, List<SymptomRow> symptoms,
                      ChartSeries chart, Palpitations palpitations, List<SupplementLine> supplements,
                      List<MedicationLine> medications, List<Finding> findings, List<TestToDiscuss> toDiscuss,
                      List<Effect> effects) {
        this(header, redFlags, protocol, symptoms, chart, palpitations, supplements, medications, findings, toDiscuss,
                effects, List.of());
    }

    /** A summary without estimates (no protocol, or made before they existed). */
    public ReportData(Header header, List<RedFlagDay> redFlags, ProtocolLine protocol, List<SymptomRow> symptoms,
                      ChartSeries chart, Palpitations palpitations, List<SupplementLine> supplements,
                      List<MedicationLine> medications, List<Finding> findings, List<TestToDiscuss> toDiscuss) {
        this(header, redFlags, protocol, symptoms, chart, palpitations, supplements, medications, findings, toDiscuss,
                List.of());
    }

    public ReportData {
        effects = effects == null ? List.of() : List.copyOf(effects);
        results = results == null ? List.of() : List.copyOf(results);
        ownSymptoms = ownSymptoms == null ? List.of() : List.copyOf(ownSymptoms);
        redFlags = List.copyOf(redFlags);
        symptoms = List.copyOf(symptoms);
        supplements = List.copyOf(supplements);
        medications = List.copyOf(medications);
        findings = List.copyOf(findings);
        toDiscuss = List.copyOf(toDiscuss);
    }

    /** The findings one per rule, each with its most serious day ({@link PeriodFinding#group}). */
    public List<PeriodFinding> findingsByRule() {
        return PeriodFinding.group(findings);
    }

    /** Who and when: name and year of birth if given, the period, the day it was printed. */
    public record Header(String name, Integer birthYear, LocalDate from, LocalDate to, LocalDate printed) {
    }

    /** A day with a warning sign, and whether palpitations were logged with it that day. */
    public record RedFlagDay(LocalDate day, Set<RedFlag> flags, boolean withPalpitations) {
        public RedFlagDay {
            flags = Set.copyOf(flags);
        }
    }

    /**
     * The current protocol in one sentence; null when there is none. {@code adherencePercent} is null when the plan
     * is empty; {@code persisting} says whether the persistence flag is raised.
     */
    public record ProtocolLine(String name, LocalDate start, int dayNumber, Integer adherencePercent,
                               boolean persisting, boolean seeDoctor) {
    }

    /**
     * One symptom over the period: days recorded, days affected (value above 0; sleep quality 3/5 or less), mean and
     * worst (worst is the lowest for sleep quality), baseline and last-7-day means and the change in % (nulls when not
     * enough data).
     */
    public record SymptomRow(Symptom symptom, int daysRecorded, int daysAffected, Double mean, Double worst,
                             Double baselineMean, Double last7Mean, Double changePercent, Direction direction) {

        /**
         * A row with no effect estimate behind it (no protocol over the period): the change word is "not enough
         * data", whatever the two means say; {@code direction} is otherwise the tracking's word ({@link
         * SymptomSummary#direction(org.carnet.tracking.Effect)}, the one place that decides).
         */
        public SymptomRow(Symptom symptom, int daysRecorded, int daysAffected, Double mean, Double worst,
                          Double baselineMean, Double last7Mean, Double changePercent) {
            this(symptom, daysRecorded, daysAffected, mean, worst, baselineMean, last7Mean, changePercent,
                    Direction.NOT_ENOUGH_DATA);
        }

        /** Both means known but no percentage: nothing was recorded before the start (a baseline of 0). */
        public boolean zeroBaseline() {
            return changePercent == null && baselineMean != null && last7Mean != null;
        }
    }

    /**
     * The main symptoms over the period, day by day (null = not recorded), with the protocol's dates for the bands
     * (null when there is no protocol).
     */
    public record ChartSeries(List<LocalDate> days, Map<Symptom, List<Double>> values, LocalDate protocolStart,
                              LocalDate baselineFrom, LocalDate earlyEnd, LocalDate lateEnd) {
        public ChartSeries {
            days = List.copyOf(days);
            values = Map.copyOf(values);
        }
    }

    /**
     * Palpitations as a clinician asks: on how many days they were recorded and how many in all (each day counting
     * the higher of its check-in count and its episodes, {@link org.carnet.journal.DayEntry#palpitationCount}), the
     * episodes logged in detail with their typical time of day and duration (medians), regular and irregular counts,
     * triggers with their counts. Nothing recorded: all counts 0, times null.
     */
    public record Palpitations(int episodes, int daysWithPalpitations, int recorded, LocalTime typicalTime,
                               Integer typicalDurationMinutes, int regular, int irregular,
                               Map<Trigger, Integer> triggers) {
        public Palpitations {
            triggers = Map.copyOf(triggers);
        }

        public int count(Rhythm rhythm) {
            return rhythm == Rhythm.REGULAR ? regular : irregular;
        }
    }

    /**
     * A supplement taken in the period: the product, its form, what one unit brings, the usual time (median), the
     * first day logged in the period, and on how many of the period's days it was taken.
     */
    public record SupplementLine(String product, MagnesiumForm form, Double magnesiumMg, Double vitaminDMicrograms,
                                 Double vitaminK2Micrograms, Double calciumMg, LocalTime usualTime, LocalDate firstDay,
                                 int daysTaken, int daysInPeriod) {
    }

    /** A medication taken in the period, its class, usual time and first day. */
    public record MedicationLine(String name, MedicationClass medicationClass, LocalTime usualTime, LocalDate firstDay,
                                 int daysTaken) {
    }

    /** A test named in the sources that applies to what was logged (fact TESTS_TO_DISCUSS or K2_CTX_MARKER). */
    public enum TestToDiscuss {
        RED_CELL_MAGNESIUM(Fact.TESTS_TO_DISCUSS),
        POTASSIUM_AND_CALCIUM(Fact.TESTS_TO_DISCUSS),
        ECG(Fact.TESTS_TO_DISCUSS),
        CTX_MARKER(Fact.K2_CTX_MARKER);

        private final Fact fact;

        TestToDiscuss(Fact fact) {
            this.fact = fact;
        }

        public Fact fact() {
            return fact;
        }
    }
}
