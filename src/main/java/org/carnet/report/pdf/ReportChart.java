package org.carnet.report.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.carnet.report.ReportData;
import org.carnet.tracking.Symptom;
import org.carnet.ui.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The main symptoms over the period for the printed summary: each symptom's 7-day average as a black line, told apart
 * by its dash pattern and marker shape (the page is often printed in black and white), over the baseline, weeks 1–3
 * and weeks 4–8 as light grey bands with their labels. The x axis counts days from the protocol start (ticks a week
 * apart, labelled with dates), so the bands fall on the ticks. Drawn into the PDF as vector graphics with the
 * report's embedded font.
 */
public final class ReportChart {
    private static final Logger LOG = Logger.getLogger(ReportChart.class.getName());

    /** Days in the moving average, and the fewest recorded days in it that make a point. */
    static final int AVERAGE_DAYS = 7;
    static final int AVERAGE_MIN_DAYS = 3;
    /** Resolution of the raster fallback, if vector drawing fails. */
    static final float FALLBACK_DPI = 200;
    /** The most date ticks on the x axis. */
    static final double MAX_TICKS = 12;
    /** Beyond this many days, tick labels carry the year. */
    static final int LONG_DAYS = 180;

    static final Color BASELINE_BAND = new Color(0xEE, 0xEE, 0xEE);
    static final Color EARLY_BAND = new Color(0xE0, 0xE0, 0xE0);
    static final Color LATE_BAND = new Color(0xD0, 0xD0, 0xD0);
    static final Color LINE = Color.BLACK;
    static final Color TEXT = new Color(0x33, 0x33, 0x33);

    private static final float[][] DASHES = {
        null,                       // solid
        {5f, 2.5f},                 // dashed
        {1.2f, 1.8f},               // dotted
        {6f, 2f, 1.2f, 2f},         // dash-dot
        {9f, 3f},                   // long dash
        {3f, 1.5f, 3f, 4f},         // double dash
        {6f, 2f, 1.2f, 2f, 1.2f, 2f} // dash-dot-dot
    };
    private static final boolean[] FILLED = {true, false, true, false, true, false, true};

    private ReportChart() {
    }

    /**
     * The chart for the series, with its words in the language of {@code messages}. Fonts are the report's DejaVu
     * faces at {@code fontSize} (ticks and labels a little smaller); {@code width} is the width it will be drawn at,
     * in points, so that a band too narrow for its label is left unlabelled rather than overprinted.
     */
    public static JFreeChart create(ReportData.ChartSeries series, Messages messages, float fontSize,
                                    float width) {
        List<LocalDate> days = series.days();
        LocalDate anchor = series.protocolStart() != null ? series.protocolStart()
                : days.isEmpty() ? LocalDate.now() : days.get(0);
        Font regular = PdfFonts.awtRegular().deriveFont(fontSize);
        Font small = PdfFonts.awtRegular().deriveFont(fontSize - 0.5f);

        XYSeriesCollection dataset = new XYSeriesCollection();
        List<Symptom> drawn = new ArrayList<>();
        double max = 1;
        for (Symptom symptom : Symptom.values()) {
            List<Double> values = series.values().get(symptom);
            if (values == null || values.stream().allMatch(v -> v == null)) {
                continue;
            }
            String label = messages.of("symptom", symptom);
            if (symptom.higherIsBetter()) {
                label = messages.get("report.pdf.chart.higherIsBetter", label);
            }
            XYSeries line = new XYSeries(label, false, true);
            List<Double> average = movingAverage(values);
            for (int i = 0; i < days.size() && i < average.size(); i++) {
                Double value = average.get(i);
                line.add(offset(anchor, days.get(i)), value);
                if (value != null) {
                    max = Math.max(max, value);
                }
            }
            dataset.addSeries(line);
            drawn.add(symptom);
        }

        double first = days.isEmpty() ? 0 : offset(anchor, days.get(0));
        double last = days.isEmpty() ? 1 : offset(anchor, days.get(days.size() - 1));
        NumberAxis time = new NumberAxis();
        time.setRange(first - 0.5, Math.max(first + 1, last + 0.5));
        // Ticks a week apart (on the protocol's weekdays), or a whole number of weeks on a long period.
        int tickDays = AVERAGE_DAYS * Math.max(1, (int) Math.ceil((last - first + 1) / (AVERAGE_DAYS * MAX_TICKS)));
        time.setTickUnit(new NumberTickUnit(tickDays, new DayFormat(anchor, messages, last - first > LONG_DAYS)));
        time.setTickLabelFont(small);
        time.setTickLabelPaint(TEXT);
        time.setAxisLinePaint(TEXT);
        time.setTickMarkPaint(TEXT);

        NumberAxis values = new NumberAxis(messages.get("report.pdf.chart.axis"));
        values.setRange(0, niceCeiling(max * 1.08));
        values.setLabelFont(small);
        values.setLabelPaint(TEXT);
        values.setTickLabelFont(small);
        values.setTickLabelPaint(TEXT);
        values.setAxisLinePaint(TEXT);
        values.setTickMarkPaint(TEXT);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());

        XYLineAndShapeRenderer renderer = new SparseMarkers(tickDays);
        for (int s = 0; s < drawn.size(); s++) {
            renderer.setSeriesPaint(s, LINE);
            renderer.setSeriesStroke(s, stroke(s));
            renderer.setSeriesShape(s, shape(s));
            renderer.setSeriesShapesFilled(s, FILLED[s % FILLED.length]);
        }
        renderer.setUseFillPaint(true);
        renderer.setDefaultFillPaint(Color.WHITE);
        renderer.setUseOutlinePaint(false);
        renderer.setDrawOutlines(true);
        renderer.setLegendLine(new Line2D.Double(-11, 0, 11, 0));

        XYPlot plot = new XYPlot(dataset, time, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(TEXT);
        plot.setOutlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(new Color(0xBB, 0xBB, 0xBB));
        plot.setRangeGridlineStroke(new BasicStroke(0.3f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(2, 2, 2, 4));

        // Points per day along the x axis, near enough: the plot is the width less the value axis.
        double perDay = (width - 40) / Math.max(1, last - first + 1);
        if (series.protocolStart() != null) {
            LocalDate start = series.protocolStart();
            LocalDate baselineFrom = series.baselineFrom() != null ? series.baselineFrom() : days.isEmpty()
                    ? start : days.get(0);
            band(plot, offset(anchor, baselineFrom) - 0.5, -0.5, BASELINE_BAND,
                    messages.get("tracking.window.baseline"), small, perDay);
            if (series.earlyEnd() != null) {
                band(plot, -0.5, offset(anchor, series.earlyEnd()) + 0.5, EARLY_BAND,
                        messages.get("tracking.window.weeks13"), small, perDay);
                if (series.lateEnd() != null) {
                    band(plot, offset(anchor, series.earlyEnd()) + 0.5, offset(anchor, series.lateEnd()) + 0.5,
                            LATE_BAND, messages.get("tracking.window.weeks48"), small, perDay);
                }
            }
            ValueMarker startLine = new ValueMarker(-0.5, LINE, new BasicStroke(0.9f));
            startLine.setLabel(messages.get("tracking.chart.start"));
            startLine.setLabelFont(small);
            startLine.setLabelPaint(TEXT);
            startLine.setLabelBackgroundColor(Color.WHITE);
            startLine.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            startLine.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            startLine.setLabelOffset(new RectangleInsets(2, 2, 2, 2));
            plot.addDomainMarker(startLine, Layer.FOREGROUND);
        }

        JFreeChart chart = new JFreeChart(null, regular, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(0, 0, 0, 0));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(regular);
        legend.setItemPaint(LINE);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setMargin(new RectangleInsets(2, 0, 0, 0));
        legend.setItemLabelPadding(new RectangleInsets(1, 2, 1, 8));
        return chart;
    }

    /**
     * Draws the chart into the page as a form XObject (vector paths, text in the embedded fonts). If that fails it
     * falls back to an image at {@value #FALLBACK_DPI} dpi.
     */
    static void draw(JFreeChart chart, PDDocument document, PdfFonts fonts, PDPageContentStream stream, float x,
                     float bottom, float width, float height) throws IOException {
        PDFormXObject form;
        try {
            form = vector(chart, document, fonts, width, height);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Vector chart failed; drawing it as an image", e);
            drawImage(chart, document, stream, x, bottom, width, height);
            return;
        }
        stream.saveGraphicsState();
        stream.transform(Matrix.getTranslateInstance(x, bottom));
        stream.drawForm(form);
        stream.restoreGraphicsState();
    }

    private static PDFormXObject vector(JFreeChart chart, PDDocument document, PdfFonts fonts, float width,
                                        float height) throws IOException {
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, width, height);
        PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
        try {
            text.registerFont(PdfFonts.awtRegular().getFontName(), fonts.regular());
            text.registerFont(PdfFonts.awtBold().getFontName(), fonts.bold());
            graphics.setFontTextDrawer(text);
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
            text.close();
        }
        return graphics.getXFormObject();
    }

    private static void drawImage(JFreeChart chart, PDDocument document, PDPageContentStream stream, float x,
                                  float bottom, float width, float height) throws IOException {
        float scale = FALLBACK_DPI / 72f;
        BufferedImage image = chart.createBufferedImage(Math.round(width * scale), Math.round(height * scale),
                width, height, null);
        PDImageXObject picture = LosslessFactory.createFromImage(document, image);
        stream.drawImage(picture, x, bottom, width, height);
    }

    /** Whether some symptom's 7-day average has two points in a row: a line to draw. */
    static boolean hasLine(ReportData.ChartSeries series) {
        for (List<Double> values : series.values().values()) {
            List<Double> average = movingAverage(values);
            for (int i = 1; i < average.size(); i++) {
                if (average.get(i - 1) != null && average.get(i) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The days of the period with a value for at least one charted symptom. */
    static int recordedDays(ReportData.ChartSeries series) {
        int recorded = 0;
        for (int i = 0; i < series.days().size(); i++) {
            final int day = i;
            if (series.values().values().stream().anyMatch(values -> day < values.size() && values.get(day) != null)) {
                recorded++;
            }
        }
        return recorded;
    }

    /** Trailing 7-day mean of the recorded values; null where fewer than 3 of the 7 days were recorded. */
    static List<Double> movingAverage(List<Double> values) {
        List<Double> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            double sum = 0;
            int count = 0;
            for (int j = Math.max(0, i - AVERAGE_DAYS + 1); j <= i; j++) {
                Double value = values.get(j);
                if (value != null) {
                    sum += value;
                    count++;
                }
            }
            out.add(count >= AVERAGE_MIN_DAYS ? sum / count : null);
        }
        return out;
    }

    private static void band(XYPlot plot, double from, double to, Color colour, String label, Font font,
                             double perDay) {
        if (to <= from) {
            return;
        }
        IntervalMarker marker = new IntervalMarker(from, to, colour);
        marker.setAlpha(1f);
        double labelWidth = font.getStringBounds(label, new FontRenderContext(null, true, true)).getWidth();
        if (labelWidth + 6 <= (to - from) * perDay) {
            marker.setLabel(label);
        }
        marker.setLabelFont(font);
        marker.setLabelPaint(TEXT);
        marker.setLabelBackgroundColor(colour);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(2, 3, 2, 2));
        plot.addDomainMarker(marker, Layer.BACKGROUND);
    }

    private static BasicStroke stroke(int series) {
        float[] dash = DASHES[series % DASHES.length];
        return dash == null
                ? new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** Square, circle, triangle, diamond, inverted triangle, cross, plus: told apart without colour. */
    static Shape shape(int series) {
        double r = 2.6;
        switch (series % 7) {
            case 0:
                return new Rectangle2D.Double(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7);
            case 1:
                return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case 2:
                return polygon(0, -r * 1.15, r * 1.1, r * 0.85, -r * 1.1, r * 0.85);
            case 3:
                return polygon(0, -r * 1.2, r * 1.1, 0, 0, r * 1.2, -r * 1.1, 0);
            case 4:
                return polygon(0, r * 1.15, r * 1.1, -r * 0.85, -r * 1.1, -r * 0.85);
            case 5:
                return cross(r, true);
            default:
                return cross(r, false);
        }
    }

    private static Shape polygon(double... points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        return path;
    }

    /** A plus, or an x when {@code diagonal}, as a closed outline so it reads filled or stroked. */
    private static Shape cross(double r, boolean diagonal) {
        double w = 0.45;
        Path2D.Double path = new Path2D.Double();
        path.append(new Rectangle2D.Double(-r, -w, 2 * r, 2 * w), false);
        path.append(new Rectangle2D.Double(-w, -r, 2 * w, 2 * r), false);
        return diagonal ? AffineTransform.getRotateInstance(Math.PI / 4).createTransformedShape(path) : path;
    }

    private static double offset(LocalDate anchor, LocalDate day) {
        return ChronoUnit.DAYS.between(anchor, day);
    }

    private static double niceCeiling(double value) {
        if (value <= 5) {
            return Math.ceil(value);
        }
        return Math.ceil(value / 2) * 2;
    }

    /**
     * Markers once a tick (a week on up to 12 weeks) on each line, offset per series so they do not pile up, and on
     * isolated points that have no line.
     */
    private static final class SparseMarkers extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final int every;

        SparseMarkers(int every) {
            super(true, true);
            this.every = every;
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            var dataset = getPlot() == null ? null : getPlot().getDataset();
            if (dataset != null) {
                boolean before = item > 0 && !Double.isNaN(dataset.getYValue(series, item - 1));
                boolean after = item + 1 < dataset.getItemCount(series)
                        && !Double.isNaN(dataset.getYValue(series, item + 1));
                if (!before && !after) {
                    return true;
                }
            }
            return Math.floorMod(item - 2 * series * every / AVERAGE_DAYS, every) == every / 2;
        }
    }

    /** Day offsets from the anchor, shown as short dates. */
    private static final class DayFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final LocalDate anchor;
        private final DateTimeFormatter format;

        DayFormat(LocalDate anchor, Messages messages, boolean withYear) {
            this.anchor = anchor;
            this.format = DateTimeFormatter.ofPattern(withYear ? "dd/MM/yy" : "dd/MM", messages.locale());
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(format.format(anchor.plusDays(Math.round(number))));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}
