package org.carnet.tracking.ui;

import java.time.LocalDate;
import java.util.List;

/**
 * What the tracking chart draws for one symptom: the days, the value of each day and its 7-day average (null where
 * not recorded or too few days), the supplemental magnesium of each day, and the protocol's dates for the bands.
 */
public record ChartData(String symptomName, List<LocalDate> days, List<Double> values, List<Double> average,
                        List<Double> magnesiumMg, LocalDate start, LocalDate baselineFrom, LocalDate earlyEnd,
                        LocalDate lateEnd, double maxValue) {
    public ChartData {
        days = List.copyOf(days);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        average = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(average));
        magnesiumMg = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(magnesiumMg));
    }
}
