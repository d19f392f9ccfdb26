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
 */
public record TrackingReport(Protocol protocol, LocalDate asOf, int dayNumber, Window window, int daysOfMeasures,
                             Baseline baseline, Adherence adherence, List<SymptomSummary> symptoms,
                             List<Finding> findings) {

    public TrackingReport {
        symptoms = List.copyOf(symptoms);
        findings = List.copyOf(findings);
    }

    public SymptomSummary summary(Symptom symptom) {
        return symptoms.stream().filter(s -> s.symptom() == symptom).findFirst().orElseThrow();
    }

    public boolean hasRedFlags() {
        return findings.stream().anyMatch(f -> TrackingFindings.RED_FLAG.equals(f.ruleId()));
    }
}
