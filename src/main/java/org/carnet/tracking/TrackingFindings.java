package org.carnet.tracking;

import static org.carnet.tracking.TrackingThresholds.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carnet.guidance.Fact;
import org.carnet.guidance.Finding;
import org.carnet.guidance.Severity;
import org.carnet.journal.DayEntry;
import org.carnet.journal.RedFlag;

/**
 * The findings of a tracking report, as {@link Finding}s (words under {@code guidance.<ID>} and {@code
 * guidance.title.<ID>}). Each id documents its arguments, in the order of the message's {0}, {1}… Arguments that are
 * lists of enums are for the screen to name in its own words; the messages do not print them.
 */
public final class TrackingFindings {

    /**
     * TRACKING_RED_FLAG, WARNING, SEE_PRO_RED_FLAGS, one per day with a red flag from the baseline to the as-of date;
     * {@code day} is that day. Args: {0} the day's protocol day number (0 or less: before the start), {1} which flags,
     * as a sum of 1 (chest pain), 2 (fainting), 4 (breathlessness) — see {@link #flagMask}, {2} how many flags,
     * {3} the flags ({@code List<RedFlag>}, declaration order).
     */
    public static final String RED_FLAG = "TRACKING_RED_FLAG";
    /**
     * TRACKING_PERSISTING_3W, CAUTION, PERSISTENCE_3_4W: from day 21 to 27 of the measures, symptoms still present and
     * not improved by 30 %; suggests booking a visit. {@code day} is the as-of date. Args: {0} days of measures,
     * {1} number of persisting symptoms, {2} the improvement threshold in % (30), {3} the symptoms
     * ({@code List<Symptom>}), {4} how many of them are worse (the protocol's days against the baseline: a range
     * wholly on the worse side and a change of 30 % or more), {5} how many show no clear change yet, {6} and {7}
     * those symptoms ({@code List<Symptom>}). Never "not working": a symptom is worse or not clearly changed yet.
     */
    public static final String PERSISTING_3W = "TRACKING_PERSISTING_3W";
    /** TRACKING_PERSISTING_4W, WARNING, PERSISTENCE_3_4W: the same from day 28; says to see a doctor. Same args. */
    public static final String PERSISTING_4W = "TRACKING_PERSISTING_4W";
    /**
     * TRACKING_PERSISTING_LOW_ADHERENCE, PERSISTENCE_3_4W: persisting symptoms while the plan was logged on fewer than
     * 80 % of the days; CAUTION from day 21, WARNING from day 28 (the message switches on {0} at 28). Args: {0} days of
     * measures, {1} number of persisting symptoms, {2} 30, {3} adherence in % (rounded), {4} days the plan was
     * followed, {5} days counted, {6} the symptoms ({@code List<Symptom>}), {7} how many are worse, {8} how many
     * show no clear change yet, {9} and {10} those symptoms.
     */
    public static final String PERSISTING_LOW_ADHERENCE = "TRACKING_PERSISTING_LOW_ADHERENCE";
    /**
     * TRACKING_NO_BASELINE, INFO, WINDOW_IMPROVEMENT_1_3W: fewer than 7 logged days among the 14 before the start.
     * Args: {0} logged days, {1} the minimum (7), {2} the calendar days looked at (14).
     */
    public static final String NO_BASELINE = "TRACKING_NO_BASELINE";
    /**
     * TRACKING_NOT_ENOUGH_DATA, INFO, PERSISTENCE_3_4W: from day 21 of the measures, with a baseline, symptoms that
     * were recorded but on fewer than 4 days of the baseline or of the last 7 days, so persistence cannot be judged.
     * Args: {0} number of such symptoms, {1} the minimum recorded days (4), {2} the recent span (7), {3} the
     * symptoms ({@code List<Symptom>}).
     */
    public static final String NOT_ENOUGH_DATA = "TRACKING_NOT_ENOUGH_DATA";

    /**
     * TRACKING_JOURNAL_RED_FLAG, WARNING, SEE_PRO_RED_FLAGS: a day with a red flag while no protocol runs (the tracking
     * page still shows them). {@code day} is that day. Args: {0} which flags (see {@link #flagMask}), {1} how many,
     * {2} the flags ({@code List<RedFlag>}, declaration order).
     */
    public static final String JOURNAL_RED_FLAG = "TRACKING_JOURNAL_RED_FLAG";

    /** Every rule id above, for the bundles. */
    public static final List<String> IDS = List.of(RED_FLAG, PERSISTING_3W, PERSISTING_4W, PERSISTING_LOW_ADHERENCE,
            NO_BASELINE, NOT_ENOUGH_DATA, JOURNAL_RED_FLAG);

    /** Red flags first (oldest first), then warnings, cautions, information; otherwise in the order made. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> !RED_FLAG.equals(f.ruleId()))
            .thenComparing(Finding::severity, Comparator.reverseOrder());

    private TrackingFindings() {
    }

    /** {1} of TRACKING_RED_FLAG: bit {@code ordinal} set for each flag (1 chest pain, 2 fainting, 4 breathlessness). */
    public static int flagMask(Set<RedFlag> flags) {
        return flags.stream().mapToInt(flag -> 1 << flag.ordinal()).sum();
    }

    static List<Finding> redFlags(Protocol protocol, LocalDate from, LocalDate asOf,
                                  Map<LocalDate, DayEntry> journal) {
        return flagDays(from, asOf, journal, (day, flags) -> new Finding(RED_FLAG, Severity.WARNING, day,
                Fact.SEE_PRO_RED_FLAGS, List.of(protocol.dayNumber(day), flagMask(Set.copyOf(flags)), flags.size(),
                        flags)));
    }

    /** {@link #JOURNAL_RED_FLAG}, one per day from {@code from} to {@code asOf} with a red flag, oldest first. */
    public static List<Finding> journalRedFlags(LocalDate from, LocalDate asOf, Map<LocalDate, DayEntry> journal) {
        return flagDays(from, asOf, journal, (day, flags) -> new Finding(JOURNAL_RED_FLAG, Severity.WARNING, day,
                Fact.SEE_PRO_RED_FLAGS, List.of(flagMask(Set.copyOf(flags)), flags.size(), flags)));
    }

    /** One finding per day from {@code from} to {@code asOf} with a red flag (the flags in declaration order). */
    private static List<Finding> flagDays(LocalDate from, LocalDate asOf, Map<LocalDate, DayEntry> journal,
                                          java.util.function.BiFunction<LocalDate, List<RedFlag>, Finding> finding) {
        List<Finding> findings = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(asOf); day = day.plusDays(1)) {
            DayEntry entry = journal.get(day);
            Set<RedFlag> flags = entry == null ? Set.of() : entry.redFlags();
            if (!flags.isEmpty()) {
                findings.add(finding.apply(day, flags.stream().sorted().toList()));
            }
        }
        return findings;
    }

    static Finding persisting(LocalDate asOf, int daysOfMeasures, List<Symptom> symptoms, List<Symptom> worse,
                              Adherence adherence) {
        Severity severity = daysOfMeasures >= PERSISTENCE_SEE_DOCTOR_DAY ? Severity.WARNING : Severity.CAUTION;
        int threshold = (int) CLEAR_CHANGE_PERCENT;
        List<Symptom> unclear = symptoms.stream().filter(s -> !worse.contains(s)).toList();
        if (adherence.low()) {
            return new Finding(PERSISTING_LOW_ADHERENCE, severity, asOf, PERSISTENCE_FACT,
                    List.of(daysOfMeasures, symptoms.size(), threshold, adherence.roundedPercent(),
                            adherence.daysAdherent(), adherence.daysCounted(), symptoms, worse.size(),
                            unclear.size(), worse, unclear));
        }
        String id = severity == Severity.WARNING ? PERSISTING_4W : PERSISTING_3W;
        return new Finding(id, severity, asOf, PERSISTENCE_FACT,
                List.of(daysOfMeasures, symptoms.size(), threshold, symptoms, worse.size(), unclear.size(), worse,
                        unclear));
    }

    static Finding noBaseline(LocalDate asOf, Baseline baseline) {
        return new Finding(NO_BASELINE, Severity.INFO, asOf, WEEKS_1_3_FACT,
                List.of(baseline.loggedDays(), BASELINE_MIN_LOGGED_DAYS, BASELINE_CALENDAR_DAYS));
    }

    static Finding notEnoughData(LocalDate asOf, List<Symptom> symptoms) {
        return new Finding(NOT_ENOUGH_DATA, Severity.INFO, asOf, PERSISTENCE_FACT,
                List.of(symptoms.size(), MIN_RECORDED_DAYS, RECENT_DAYS, symptoms));
    }
}
