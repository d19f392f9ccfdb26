package org.carnet.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.carnet.ui.ChartPalette;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** Laboratory results are marks on the tracking chart's timeline, with their words as tooltip. */
class LabMarksChartTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    private static ChartData data(List<ChartData.LabMark> labs) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = -14; i < 30; i++) {
            days.add(START.plusDays(i));
        }
        List<Double> values = new ArrayList<>(Collections.nCopies(days.size(), 2.0));
        return new ChartData("Cramps", days, values, values, Collections.nCopies(days.size(), null), START,
                START.minusDays(14), START.plusDays(20), START.plusDays(55), 4, labs);
    }

    @Test
    void eachResultIsOneMarkOnItsDayWithItsWordsAsTooltip() {
        var low = new ChartData.LabMark(START.plusDays(3), "Potassium: 3.2 mmol/L on 4 Mar — below the laboratory’s range.");
        var other = new ChartData.LabMark(START.plusDays(3), "Calcium: 2.3 mmol/L on 4 Mar");
        JFreeChart chart = TrackingChart.create(data(List.of(low, other)), new Messages(Language.ENGLISH),
                ChartPalette.LIGHT);
        XYPlot plot = chart.getXYPlot();
        XYDataset marks = plot.getDataset(2);

        assertThat(marks.getItemCount(0)).isEqualTo(2);
        assertThat(marks.getSeriesKey(0)).isEqualTo("Laboratory results");
        var tooltips = plot.getRenderer(2).getDefaultToolTipGenerator();
        assertThat(tooltips.generateToolTip(marks, 0, 0)).isEqualTo(low.text());
        assertThat(tooltips.generateToolTip(marks, 0, 1)).isEqualTo(other.text());
        // Above every value: the marks never hide a day's dot.
        assertThat(marks.getYValue(0, 0)).isGreaterThan(4).isLessThan(plot.getRangeAxis(0).getUpperBound());
        assertThat(chart.getLegend().getSources()[0].getLegendItems().getItemCount()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void withoutResultsTheChartHasNoMarks() {
        JFreeChart chart = TrackingChart.create(data(List.of()), new Messages(Language.FRENCH), ChartPalette.DARK);
        assertThat(chart.getXYPlot().getDataset(2)).isNull();
    }
}
