package org.carnet.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carnet.journal.DayEntry;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.carnet.tracking.Direction;
import org.carnet.tracking.OwnTracked;
import org.carnet.tracking.SymptomSummary;
import org.carnet.tracking.TrackingReport;

/**
 * One of the person's own symptoms on the GP summary, one line: how many days it was recorded in the period, its
 * mean (a scale or a count) or the days answered yes (yes/no), and the protocol's change word when there is one
 * ({@link Direction#NOT_ENOUGH_DATA} otherwise). No finding and no advice: the sources say nothing about it.
 */
public record OwnSymptomLine(String name, OwnSymptomKind kind, int daysRecorded, Double mean, int daysYes,
                             Direction direction) {

    /** A line for each own symptom recorded at least once from {@code from} to {@code to}, in their order. */
    public static List<OwnSymptomLine> of(List<OwnSymptom> symptoms, Map<LocalDate, DayEntry> days, LocalDate from,
                                          LocalDate to, TrackingReport report) {
        List<OwnSymptomLine> lines = new ArrayList<>();
        for (OwnSymptom symptom : symptoms) {
            int recorded = 0;
            int yes = 0;
            double sum = 0;
            for (DayEntry day : days.values()) {
                Integer value = day.day().isBefore(from) || day.day().isAfter(to) ? null : day.ownValue(symptom.id());
                if (value != null) {
                    recorded++;
                    sum += value;
                    yes += value > 0 ? 1 : 0;
                }
            }
            if (recorded == 0) {
                continue;
            }
            OwnTracked tracked = new OwnTracked(symptom);
            Direction direction = report == null ? Direction.NOT_ENOUGH_DATA : report.symptoms().stream()
                    .filter(s -> s.symptom().equals(tracked) && s.tracked()).map(SymptomSummary::direction)
                    .findFirst().orElse(Direction.NOT_ENOUGH_DATA);
            lines.add(new OwnSymptomLine(symptom.name(), symptom.kind(), recorded, sum / recorded, yes, direction));
        }
        return lines;
    }
}
