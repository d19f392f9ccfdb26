package org.carnet.tracking.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import javafx.scene.canvas.Canvas;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.AnchorHandlerFX;
import org.jfree.chart.fx.interaction.DispatchHandlerFX;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.fx.interaction.ScrollHandlerFX;
import org.jfree.chart.fx.interaction.TooltipHandlerFX;
import org.jfree.chart.fx.interaction.ZoomHandlerFX;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.fx.FXGraphics2D;
import org.carnet.ui.ChartPalette;
import org.carnet.ui.Messages;

/**
 * One symptom over time: daily values as dots, the 7-day average as a line, the baseline and the two windows as
 * shaded bands with the start marked, the day's supplemental magnesium as bars on a second axis, and the laboratory
 * results as marks along the top of the timeline (a dashed line down to the days, the result's words as tooltip).
 */
public final class TrackingChart {
    private TrackingChart() {
    }

    public static JFreeChart create(ChartData data, Messages messages, ChartPalette palette) {
        TimeSeries daily = new TimeSeries(messages.get("tracking.chart.daily"));
        TimeSeries average = new TimeSeries(messages.get("tracking.chart.average"));
        TimeSeries magnesium = new TimeSeries(messages.get("tracking.chart.magnesium"));
        for (int i = 0; i < data.days().size(); i++) {
            Day day = day(data.days().get(i));
            if (data.values().get(i) != null) {
                daily.add(day, data.values().get(i));
            }
            if (data.average().get(i) != null) {
                average.add(day, data.average().get(i));
            }
            Double mg = data.magnesiumMg().get(i);
            if (mg != null && mg > 0) {
                magnesium.add(day, mg);
            }
        }
        TimeSeriesCollection symptoms = new TimeSeriesCollection();
        symptoms.addSeries(daily);
        symptoms.addSeries(average);

        DateAxis time = new DateAxis();
        // Month names in the app's language, not the system's.
        time.setDateFormatOverride(new SimpleDateFormat(messages.get("chart.dateFormat"),
                messages.language().locale()));
        NumberAxis values = new NumberAxis(data.symptomName());
        double top = Math.max(1, data.maxValue());
        // With results, a strip above the highest value holds their marks.
        // Room above the highest day for the bands' names (and, with results, for their marks under the names):
        // the names never sit on a day's dot.
        values.setRange(0, top * (data.labs().isEmpty() ? HEADROOM : HEADROOM_WITH_RESULTS));
        // Counts and 0–10 scales are whole numbers: no 0.2 … 2.0 ticks between 0 and 2 cramps.
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer();
        lines.setSeriesLinesVisible(0, false);
        lines.setSeriesShapesVisible(0, true);
        lines.setSeriesPaint(0, palette.values());
        lines.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        lines.setSeriesShapesVisible(1, false);
        lines.setSeriesPaint(1, palette.average());
        lines.setSeriesStroke(1, new BasicStroke(2.5f));
        XYPlot plot = new XYPlot(symptoms, time, values, lines);

        NumberAxis mgAxis = new NumberAxis(messages.get("tracking.chart.magnesiumAxis"));
        // Bars stay in the lower half so the symptom above them remains readable.
        double maxMg = data.magnesiumMg().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max()
                .orElse(0);
        mgAxis.setRange(0, Math.max(100, maxMg) * 2.2);
        mgAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRangeAxis(1, mgAxis);
        plot.setDataset(1, new TimeSeriesCollection(magnesium));
        plot.mapDatasetToRangeAxis(1, 1);
        XYBarRenderer bars = new XYBarRenderer(0.3);
        bars.setShadowVisible(false);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setSeriesPaint(0, withAlpha(palette.magnesium(), 110));
        plot.setRenderer(1, bars);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        labMarks(plot, data, top * 1.1, messages, palette);
        band(plot, data.baselineFrom(), data.start().minusDays(1), palette.baselineBand(),
                messages.get("tracking.window.baseline"), messages.get("tracking.window.baseline.short"), palette);
        band(plot, data.start(), data.earlyEnd(), palette.earlyBand(), messages.get("tracking.window.weeks13"),
                messages.get("tracking.window.weeks13.short"), palette);
        band(plot, data.earlyEnd().plusDays(1), data.lateEnd(), palette.lateBand(),
                messages.get("tracking.window.weeks48"), messages.get("tracking.window.weeks48.short"), palette);
        ValueMarker start = new ValueMarker(millis(data.start()));
        start.setPaint(palette.startMarker());
        start.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        start.setLabel(messages.get("tracking.chart.start"));
        start.setLabelPaint(palette.text());
        start.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        start.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(start, Layer.FOREGROUND);

        plot.setBackgroundPaint(palette.background());
        plot.setDomainGridlinePaint(palette.grid());
        plot.setRangeGridlinePaint(palette.grid());
        for (var axis : new Axis[] {time, values, mgAxis}) {
            axis.setLabelPaint(palette.text());
            axis.setTickLabelPaint(palette.text());
            axis.setAxisLinePaint(palette.grid());
        }
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 12), plot, true);
        chart.setBackgroundPaint(palette.background());
        chart.getLegend().setBackgroundPaint(palette.background());
        chart.getLegend().setItemPaint(palette.text());
        // The legend is laid out with AWT's measure of its words but drawn with JavaFX's, which runs a little wider
        // (in French at 720 px the last item's "(mg)" went past the chart's edge and items touched): room for both.
        chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 2, 2, 16));
        chart.setAntiAlias(true);
        return chart;
    }

    /**
     * The laboratory results: a downward triangle each on the symptom's axis above its highest value, whose tooltip
     * gives the result in words, and a thin dashed line down through the day.
     */
    private static void labMarks(XYPlot plot, ChartData data, double y, Messages messages, ChartPalette palette) {
        if (data.labs().isEmpty()) {
            return;
        }
        XYSeries marks = new XYSeries(messages.get("tracking.chart.labs"), false, true);
        for (ChartData.LabMark mark : data.labs()) {
            marks.add(millis(mark.day()), y);
            ValueMarker line = new ValueMarker(millis(mark.day()));
            line.setPaint(withAlpha(palette.labResult(), 150));
            line.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f},
                    0f));
            plot.addDomainMarker(line, Layer.BACKGROUND);
        }
        XYLineAndShapeRenderer shapes = new XYLineAndShapeRenderer(false, true);
        shapes.setSeriesPaint(0, palette.labResult());
        Path2D.Double triangle = new Path2D.Double();
        triangle.moveTo(-6, -6);
        triangle.lineTo(6, -6);
        triangle.lineTo(0, 5);
        triangle.closePath();
        shapes.setSeriesShape(0, triangle);
        shapes.setDefaultToolTipGenerator((dataset, series, item) -> data.labs().get(item).text());
        plot.setDataset(2, new XYSeriesCollection(marks));
        plot.mapDatasetToRangeAxis(2, 0);
        plot.setRenderer(2, shapes);
    }

    /** The symptom axis's top, as a multiple of the highest value: 1 for the days, the rest for the bands' names. */
    static final double HEADROOM = 1.18;
    static final double HEADROOM_WITH_RESULTS = 1.3;

    /** A window's band, with its name in full and in brief for when the band is too narrow for it. */
    static final class Band extends IntervalMarker {
        private final String full;
        private final String brief;

        Band(double from, double to, String full, String brief) {
            super(from, to);
            this.full = full;
            this.brief = brief;
        }
    }

    /**
     * Names each band of {@code chart} in full where that fits in the band, else in brief, else not at all: a band's
     * name never runs over the next one's. {@code area} is the data area of the chart's last drawing (its canvas
     * keeps it), so that no second drawing is made to find it; a name that changes makes the chart draw again.
     */
    static void fitBandNames(JFreeChart chart, Rectangle2D area) {
        if (area == null || area.getWidth() < 1 || !(chart.getPlot() instanceof XYPlot plot)) {
            return;
        }
        var markers = plot.getDomainMarkers(Layer.BACKGROUND);
        if (markers == null) {
            return;
        }
        for (Object each : markers) {
            if (each instanceof Band band) {
                double from = plot.getDomainAxis().valueToJava2D(Math.max(band.getStartValue(),
                        plot.getDomainAxis().getLowerBound()), area, plot.getDomainAxisEdge());
                double to = plot.getDomainAxis().valueToJava2D(Math.min(band.getEndValue(),
                        plot.getDomainAxis().getUpperBound()), area, plot.getDomainAxisEdge());
                FontMetrics metrics = Measure.GRAPHICS.getFontMetrics(band.getLabelFont());
                double room = to - from - 2 * band.getLabelOffset().getLeft() - 4;
                String name = metrics.stringWidth(band.full) <= room ? band.full
                        : metrics.stringWidth(band.brief) <= room ? band.brief : null;
                if (!Objects.equals(name, band.getLabel())) {
                    band.setLabel(name);
                }
            }
        }
    }

    /**
     * Loads JFreeChart's, its JavaFX drawing's and Java2D's classes and runs a first drawing, off the FX thread (a
     * canvas out of any scene may be drawn on by any thread): the tracking page's first drawing, out of sight after
     * the person can type, then finds them loaded instead of holding the FX thread for them. Returns the drawing's
     * record (its data area), of no other use. {@code messages}: the window's words (the chart's labels and dates).
     */
    public static ChartRenderingInfo warmUp(Messages messages) {
        LocalDate start = LocalDate.of(2026, 3, 2);
        List<LocalDate> days = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> average = new ArrayList<>();
        List<Double> magnesium = new ArrayList<>();
        for (int i = -28; i < 56; i++) {
            days.add(start.plusDays(i));
            values.add(i % 5 == 0 ? null : (double) (3 + i % 4));
            average.add(i < -21 ? null : 4.0);
            magnesium.add(i < 0 ? null : 300.0);
        }
        ChartData data = new ChartData("", days, values, average, magnesium, start, start.minusDays(28),
                start.plusDays(20), start.plusDays(55), 6, List.of(new ChartData.LabMark(start.plusDays(30),
                "")));
        JFreeChart chart = create(data, messages, ChartPalette.LIGHT);
        Canvas canvas = new Canvas(640, 300);
        FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(graphics, new Rectangle2D.Double(0, 0, 640, 300), info);
        // The band names' measure (AWT's fonts), on a graphics of its own: the shared one is the FX thread's.
        Graphics2D measure = measuringGraphics();
        measure.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 11)).stringWidth(
                messages.get("tracking.window.baseline"));
        measure.dispose();
        // The page's own classes for the chart, loaded (a class literal loads, not initializes; a control is
        // initialized on the FX thread when made).
        List.of(ChartViewer.class, ChartCanvas.class, DispatchHandlerFX.class, ZoomHandlerFX.class,
                PanHandlerFX.class, TooltipHandlerFX.class, ScrollHandlerFX.class, AnchorHandlerFX.class,
                Measure.class);
        return info;
    }

    /** The text's measure, as a drawing into an image has it; made once (the FX thread alone measures). */
    private static final class Measure {
        static final Graphics2D GRAPHICS = measuringGraphics();
    }

    /** A graphics that measures text as a drawing into an image does; used by one thread at a time. */
    private static Graphics2D measuringGraphics() {
        return new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
    }

    private static void band(XYPlot plot, LocalDate from, LocalDate to, Color colour, String label,
                             String brief, ChartPalette palette) {
        if (to.isBefore(from)) {
            return;
        }
        // Bands cover whole days: from the start of the first to the end of the last.
        IntervalMarker marker = new Band(millis(from), millis(to.plusDays(1)), label, brief);
        marker.setPaint(colour);
        marker.setLabel(label);
        marker.setLabelPaint(palette.text());
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(marker, Layer.BACKGROUND);
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static double millis(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()).getTime();
    }

    private static Color withAlpha(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }
}
