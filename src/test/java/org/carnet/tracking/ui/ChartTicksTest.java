package org.carnet.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.carnet.ui.ChartPalette;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

/** Counts are whole: the chart's axes never show 0.2 … 2.0 for a day's 0, 1 or 2 cramps. */
class ChartTicksTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    private static JFreeChart chart() {
        List<LocalDate> days = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> magnesium = new ArrayList<>();
        for (int i = -14; i < 30; i++) {
            days.add(START.plusDays(i));
            values.add((double) Math.floorMod(i, 3));
            magnesium.add(i < 0 ? null : 3.0);
        }
        return TrackingChart.create(new ChartData("Cramps", days, values, values, magnesium, START,
                START.minusDays(14), START.plusDays(20), START.plusDays(55), 2, List.of()),
                new Messages(Language.ENGLISH), ChartPalette.LIGHT);
    }

    @Test
    void theCountAxesTickInWholeNumbers() {
        JFreeChart chart = chart();
        BufferedImage image = chart.createBufferedImage(800, 420);   // ticks are chosen when drawn
        assertThat(image).isNotNull();
        String shots = System.getProperty("carnet.chart.shot");
        if (shots != null) {
            try {
                javax.imageio.ImageIO.write(image, "png", new java.io.File(shots));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        for (int axis = 0; axis < 2; axis++) {
            NumberAxis values = (NumberAxis) chart.getXYPlot().getRangeAxis(axis);
            double size = values.getTickUnit().getSize();
            assertThat(size).as("axis %d", axis).isGreaterThanOrEqualTo(1);
            assertThat(size % 1).as("axis %d", axis).isZero();
        }
    }

    @Test
    void theBandsNamesHaveRoomAboveTheHighestDay() {
        JFreeChart chart = chart();
        chart.createBufferedImage(800, 420);
        double top = chart.getXYPlot().getRangeAxis(0).getUpperBound();
        // At the chart's smallest height (about 220 px of plot) a name takes about 16 px: 7 % of the axis.
        assertThat(top).as("2 cramps at most").isGreaterThanOrEqualTo(2 * 1.15);
    }
}
