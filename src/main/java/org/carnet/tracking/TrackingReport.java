package org.carnet.tracking;

import java.time.LocalDate;
import java.util.List;
import org.carnet.guidance.Finding;

/**
 * What the journal says about a protocol on a date: the protocol day number of {@code asOf} (day 1 = start, 0 or
 * less = before it) and its window, the days of measures so far ({@code asOf} or the protocol's end, whichever is
 * earlier, as a day number; 0 before the start), the baseline, the adherence, one summary per {@link Symptom} (in
 * declaration order, tracked or not: see {@link SymptomSummary#tracked()}) and the findings, red flags first, then
 * WARNING, CAUTION, INFO ({@link TrackingFindings#ORDER}).
 *
 * <p>{@code effects} are the estimates with their ranges: the declared question first (when the protocol has one,
 * {@link Effect#declared()}), then one exploratory comparison per other tracked symptom. {@code onOff} is where an
 * on/off plan stands, null for an ordinary protocol.
 */
public record TrackingReport(Protocol protocol, LocalDate asOf, int dayNumber, Window window, int daysOfMeasures,
                             Baseline baseline, Adherence adherence, List<SymptomSummary> symptoms,
                             List<Finding> findings, List<Effect> effects, OnOffResult onOff) {

    public TrackingReport {
        symptoms = List.copyOf(symptoms);
        findings = List.copyOf(findings);
        effects = effects == null ? List.of() : List.copyOf(effects);
    }

    /** A report without estimates (as made before they existed; kept for tests and callers that need none). */
    public TrackingReport(Protocol protocol, LocalDate asOf, int dayNumber, Window window, int daysOfMeasures,
                          Baseline baseline, Adherence adherence, List<SymptomSummary> symptoms,
                          List<Finding> findings) {
        this(protocol, asOf, dayNumber, window, daysOfMeasures, baseline, adherence, symptoms, findings, List.of(),
                null);
    }

    /** The comparison shown for {@code symptom}, if any. */
    public java.util.Optional<Effect> effect(Tracked symptom) {
        return effects.stream().filter(e -> e.symptom().equals(symptom)).findFirst();
    }

    /** The declared question's comparison, if the protocol declared one. */
    public java.util.Optional<Effect> declaredEffect() {
        return effects.stream().filter(Effect::declared).findFirst();
    }

    public SymptomSummary summary(Tracked symptom) {
        return symptoms.stream().filter(s -> s.symptom().equals(symptom)).findFirst().orElseThrow();
    }

    public boolean hasRedFlags() {
        return findings.stream().anyMatch(f -> TrackingFindings.RED_FLAG.equals(f.ruleId()));
    }
}
