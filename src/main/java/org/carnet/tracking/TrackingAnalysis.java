package org.carnet.tracking;

import static org.carnet.tracking.TrackingThresholds.PERSISTENCE_FIRST_DAY;
import static org.carnet.tracking.TrackingThresholds.RECENT_DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carnet.guidance.Finding;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.DayEntry;
import org.carnet.journal.OwnSymptom;

/**
 * A protocol read against the journal, as of a date. Pure: the same maps and date give the same report, and days
 * after {@code asOf} are ignored, so a report can be made for any past day.
 *
 * <p>Spans: the baseline is the 14 calendar days before the start ({@link Baseline}); the windows are days 1–21
 * and 22–56, cut at {@code asOf} and at the protocol's end (days after the end are not under the plan); the last 7
 * days end at {@code asOf} and never reach before the start (at day 3 they hold 3 days), but they may go past the
 * end: they describe how the person is now.
 *
 * <p>Persistence (PERSISTENCE_3_4W) is judged once the measures have lasted {@link
 * TrackingThresholds#PERSISTENCE_FIRST_DAY} days (the protocol day of {@code asOf}, or of the end if earlier): a
 * protocol that ended before day 21 never had 3 weeks of measures and raises no persistence finding. A symptom
 * recorded in the baseline or the last 7 days, but on too few of them to compare, is named in a "not enough data"
 * finding instead (a symptom seen once in week 5 and never since is not).
 */
public final class TrackingAnalysis {

    private TrackingAnalysis() {
    }

    /**
     * @param journal      the journal's days by date (any range; days missing from the map are not logged)
     * @param supplements  the supplement intakes by date (any range)
     */
    public static TrackingReport analyse(Protocol protocol, LocalDate asOf, Map<LocalDate, DayEntry> journal,
                                         Map<LocalDate, List<SupplementIntake>> supplements) {
        return analyse(protocol, asOf, journal, supplements, Map.of());
    }

    /**
     * @param magnesiumTotalMg the day's total elemental magnesium, food and supplements, for the days with something
     *                         logged (the other days are unknown, not 0)
     */
    public static TrackingReport analyse(Protocol protocol, LocalDate asOf, Map<LocalDate, DayEntry> journal,
                                         Map<LocalDate, List<SupplementIntake>> supplements,
                                         Map<LocalDate, Double> magnesiumTotalMg) {
        return analyse(protocol, asOf, journal, supplements, magnesiumTotalMg, List.of());
    }

    /**
     * @param ownSymptoms the person's own symptoms (retired ones too): summarised, charted and compared like the
     *                    built-in ones, after them, but never in a finding (the sources say nothing about them)
     */
    public static TrackingReport analyse(Protocol protocol, LocalDate asOf, Map<LocalDate, DayEntry> journal,
                                         Map<LocalDate, List<SupplementIntake>> supplements,
                                         Map<LocalDate, Double> magnesiumTotalMg, List<OwnSymptom> ownSymptoms) {
        Objects.requireNonNull(protocol.start(), "protocol start");
        Objects.requireNonNull(asOf, "asOf");
        int dayNumber = protocol.dayNumber(asOf);
        LocalDate lastMeasureDay = protocol.end() != null && protocol.end().isBefore(asOf) ? protocol.end() : asOf;
        int daysOfMeasures = Math.max(0, protocol.dayNumber(lastMeasureDay));
        Baseline baseline = Baseline.of(protocol, asOf, journal);
        Adherence adherence = Adherence.of(protocol, asOf, supplements);

        List<SymptomSummary> symptoms = new ArrayList<>();
        List<Tracked> all = new ArrayList<>(List.of(Symptom.values()));
        ownSymptoms.forEach(own -> all.add(new OwnTracked(own)));
        for (Tracked symptom : all) {
            symptoms.add(SymptomSummary.of(symptom,
                    baseline.measure(symptom, journal, asOf),
                    window(symptom, journal, protocol, Window.WEEKS_1_3, lastMeasureDay),
                    window(symptom, journal, protocol, Window.WEEKS_4_8, lastMeasureDay),
                    lastDays(symptom, journal, protocol, asOf)));
        }

        EffectAnalysis.Inputs inputs = new EffectAnalysis.Inputs(protocol, asOf, lastMeasureDay, baseline, journal,
                supplements, magnesiumTotalMg);
        List<Tracked> tracked = symptoms.stream().filter(SymptomSummary::tracked).map(SymptomSummary::symptom).toList();
        List<Effect> effects = EffectAnalysis.effects(inputs, tracked);
        List<SymptomSummary> meanBased = symptoms;
        // The change word follows the protocol's estimate; nothing is judged without a baseline (unless the days
        // are compared on against off).
        boolean judged = baseline.enough() || protocol.onOff() != null;
        symptoms = symptoms.stream().map(s -> s.withDirection(!s.tracked() || !judged ? Direction.NOT_ENOUGH_DATA
                : SymptomSummary.direction(protocolEffect(inputs, effects, s.symptom())))).toList();
        OnOffResult onOff = protocol.onOff() == null ? null : OnOffResult.of(protocol, asOf, journal);

        List<Finding> findings = new ArrayList<>(TrackingFindings.redFlags(protocol, baseline.from(), asOf, journal));
        if (!baseline.enough()) {
            findings.add(TrackingFindings.noBaseline(asOf, baseline));
        } else if (daysOfMeasures >= PERSISTENCE_FIRST_DAY) {
            List<Symptom> persisting = builtIn(symptoms.stream().filter(SymptomSummary::persisting));
            if (!persisting.isEmpty()) {
                List<Symptom> worse = persisting.stream().filter(s -> worse(inputs, effects, s)).toList();
                findings.add(TrackingFindings.persisting(asOf, daysOfMeasures, persisting, worse, adherence));
            }
            List<Symptom> unjudged = builtIn(meanBased.stream()
                    .filter(s -> s.direction() == Direction.NOT_ENOUGH_DATA && s.tracked()
                            && s.baseline().recordedDays() + s.last7().recordedDays() > 0));
            if (!unjudged.isEmpty()) {
                findings.add(TrackingFindings.notEnoughData(asOf, unjudged));
            }
        }
        findings.sort(TrackingFindings.ORDER);
        return new TrackingReport(protocol, asOf, dayNumber, Window.of(dayNumber), daysOfMeasures, baseline,
                adherence, symptoms, findings, effects, onOff);
    }

    /** The built-in symptoms among {@code summaries}: only they can be named in a finding. */
    private static List<Symptom> builtIn(java.util.stream.Stream<SymptomSummary> summaries) {
        return summaries.map(SymptomSummary::symptom).filter(Symptom.class::isInstance).map(Symptom.class::cast)
                .toList();
    }

    /**
     * Worse, for the persistence flag's words: the protocol's days, or its last 7 days, against the baseline, with a
     * range wholly on the worse side and a change of at least 30 %. Anything short of that is "no clear change yet".
     * The last days count too so that a worsening that builds up after the start is never understated while the
     * whole window's range is still wide (the flag is a warning: it must not read softer than the days).
     */
    private static boolean worse(EffectAnalysis.Inputs inputs, List<Effect> effects, Tracked symptom) {
        return protocolEffect(inputs, effects, symptom).verdict() == Verdict.WORSE
                || (inputs.protocol().onOff() == null
                        && EffectAnalysis.recentVerdict(inputs, symptom) == Verdict.WORSE);
    }

    /** The protocol's days against the baseline for a symptom: the one shown, or made for the summary's word. */
    private static Effect protocolEffect(EffectAnalysis.Inputs inputs, List<Effect> effects, Tracked symptom) {
        return effects.stream()
                .filter(e -> e.symptom().equals(symptom) && e.question().exposure() == Exposure.PROTOCOL
                        && inputs.protocol().onOff() == null)
                .findFirst()
                .orElseGet(() -> EffectAnalysis.effect(inputs, Question.protocol(symptom), false,
                        TrackingThresholds.EFFECT_LEVEL));
    }

    /** A window's days so far: from its first day to its last, {@code lastMeasureDay} or the end of the window. */
    static Measure window(Tracked symptom, Map<LocalDate, DayEntry> journal, Protocol protocol, Window window,
                          LocalDate lastMeasureDay) {
        LocalDate from = protocol.start().plusDays(window.firstDay() - 1L);
        LocalDate windowEnd = protocol.start().plusDays(window.lastDay() - 1L);
        LocalDate to = windowEnd.isBefore(lastMeasureDay) ? windowEnd : lastMeasureDay;
        return from.isAfter(to) ? Measure.notStarted() : Measure.of(symptom, journal, from, to);
    }

    /** The 7 days ending at {@code asOf}, from the start at the earliest. */
    static Measure lastDays(Tracked symptom, Map<LocalDate, DayEntry> journal, Protocol protocol, LocalDate asOf) {
        LocalDate from = asOf.minusDays(RECENT_DAYS - 1L);
        if (from.isBefore(protocol.start())) {
            from = protocol.start();
        }
        return from.isAfter(asOf) ? Measure.notStarted() : Measure.of(symptom, journal, from, asOf);
    }
}
