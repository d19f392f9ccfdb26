package org.carnet.tracking.ui;

import java.time.LocalDate;
import java.util.List;

/**
 * What the tracking chart draws for one symptom: the days, the value of each day and its 7-day average (null where
 * not recorded or too few days), the supplemental magnesium of each day, the protocol's dates for the bands, and the
 * laboratory results taken within the days shown, as marks on the timeline.
 */
public record ChartData(String symptomName, List<LocalDate> days, List<Double> values, List<Double> average,
                        List<Double> magnesiumMg, LocalDate start, LocalDate baselineFrom, LocalDate earlyEnd,
                        LocalDate lateEnd, double maxValue, List<LabMark> labs) {
    /** One laboratory result on the timeline: its day and its words (test, value, unit, date, range). */
    public record LabMark(LocalDate day, String text) {
    }

    /** Without laboratory results. */
    public ChartData(String symptomName, List<LocalDate> days, List<Double> values, List<Double> average,
                     List<Double> magnesiumMg, LocalDate start, LocalDate baselineFrom, LocalDate earlyEnd,
                     LocalDate lateEnd, double maxValue) {
        this(symptomName, days, values, average, magnesiumMg, start, baselineFrom, earlyEnd, lateEnd, maxValue,
                List.of());
    }

    public ChartData {
        labs = List.copyOf(labs);
        days = List.copyOf(days);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        average = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(average));
        magnesiumMg = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(magnesiumMg));
    }
}
