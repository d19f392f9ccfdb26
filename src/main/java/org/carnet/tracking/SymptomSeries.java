package org.carnet.tracking;

import static org.carnet.tracking.TrackingThresholds.RECENT_DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.carnet.journal.DayEntry;

/**
 * A symptom day by day, for charts: every date from {@code from} to {@code to} with its value (null when not
 * recorded) and its 7-day moving average (the mean of the values recorded in the 7 days ending that date, which
 * may reach before {@code from}; null with fewer than {@link TrackingThresholds#MIN_RECORDED_DAYS}). Pure.
 */
public record SymptomSeries(Tracked symptom, List<Point> points) {

    public record Point(LocalDate day, Double value, Double movingAverage) {
    }

    public SymptomSeries {
        points = List.copyOf(points);
    }

    public static SymptomSeries of(Tracked symptom, Map<LocalDate, DayEntry> journal, LocalDate from,
                                   LocalDate to) {
        List<Point> points = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Measure week = Measure.of(symptom, journal, day.minusDays(RECENT_DAYS - 1L), day);
            points.add(new Point(day, Measure.valueOn(symptom, journal, day), week.mean()));
        }
        return new SymptomSeries(symptom, points);
    }

    public List<LocalDate> days() {
        return points.stream().map(Point::day).toList();
    }

    /** The daily values, null where not recorded (a list that holds nulls, unmodifiable). */
    public List<Double> values() {
        List<Double> values = new ArrayList<>();
        points.forEach(p -> values.add(p.value()));
        return Collections.unmodifiableList(values);
    }

    /** The moving averages, null where fewer than {@value TrackingThresholds#MIN_RECORDED_DAYS} days are recorded. */
    public List<Double> movingAverages() {
        List<Double> averages = new ArrayList<>();
        points.forEach(p -> averages.add(p.movingAverage()));
        return Collections.unmodifiableList(averages);
    }
}
