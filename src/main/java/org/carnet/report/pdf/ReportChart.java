package org.carnet.report.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphDescription;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.carnet.report.ReportData;
import org.carnet.tracking.Symptom;
import org.carnet.ui.Messages;

/**
 * The main symptoms over the period for the printed summary: each symptom's 7-day average as a black line, told apart
 * by its dash pattern and marker shape (the page is often printed in black and white), over the baseline, weeks 1–3
 * and weeks 4–8 as light grey bands with their labels. The x axis counts days from the protocol start (ticks a week
 * apart, labelled with dates), so the bands fall on the ticks.
 *
 * <p>Drawn with PDFBox's own content-stream operators (paths, fills, text in the report's embedded font), with the
 * layout the chart had when JFreeChart drew it through a Graphics2D: the same plot insets, axis spaces, tick choice,
 * label anchors, legend blocks and drawing order, and text measured as AWT's integer font metrics measured it. A
 * command-line {@code report} so starts no AWT, Java2D or JFreeChart. The rotated axis label is drawn as the
 * glyphs' outlines, as before (it never was text in the PDF).
 */
public final class ReportChart {
    /** Days in the moving average, and the fewest recorded days in it that make a point. */
    static final int AVERAGE_DAYS = 7;
    static final int AVERAGE_MIN_DAYS = 3;
    /** The most date ticks on the x axis. */
    static final double MAX_TICKS = 12;
    /** Beyond this many days, tick labels carry the year. */
    static final int LONG_DAYS = 180;

    static final PdfColor BASELINE_BAND = PdfColor.of(0xEE, 0xEE, 0xEE);
    static final PdfColor EARLY_BAND = PdfColor.of(0xE0, 0xE0, 0xE0);
    static final PdfColor LATE_BAND = PdfColor.of(0xD0, 0xD0, 0xD0);
    static final PdfColor LINE = PdfColor.BLACK;
    static final PdfColor TEXT = PdfColor.of(0x33, 0x33, 0x33);
    static final PdfColor GRID = PdfColor.of(0xBB, 0xBB, 0xBB);

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
    /** Line widths: the series, the markers' outlines, the start line, the axes and outline, the grid. */
    private static final float SERIES_WIDTH = 1.1f;
    private static final float OUTLINE_WIDTH = 1f;
    private static final float START_WIDTH = 0.9f;
    private static final float AXIS_WIDTH = 0.5f;
    private static final float GRID_WIDTH = 0.3f;
    /** PDF line caps and joins. */
    private static final int CAP_BUTT = 0;
    private static final int CAP_SQUARE = 2;
    private static final int JOIN_MITER = 0;
    private static final int JOIN_ROUND = 1;
    /** Marker radius, and the legend's line: from -11 to 11 around the marker. */
    private static final double MARKER = 2.6;
    private static final double LEGEND_LINE = 11;
    /** The plot's insets (top, left, bottom, right), the tick marks' length, the tick labels' insets. */
    private static final double PLOT_TOP = 2;
    private static final double PLOT_LEFT = 2;
    private static final double PLOT_BOTTOM = 2;
    private static final double PLOT_RIGHT = 4;
    private static final double TICK_MARK = 2;
    private static final double TICK_LABEL_SIDE = 4;
    private static final double TICK_LABEL_END = 2;
    private static final double AXIS_LABEL_INSET = 3;
    /** The legend's gap above it, and an item's pieces: graphic padding, label padding, label block border. */
    private static final double LEGEND_GAP = 2;
    private static final double GRAPHIC_BEFORE = 3;
    private static final double GRAPHIC_AFTER = 1;
    private static final double LABEL_BEFORE = 2;
    private static final double LABEL_AFTER = 8;
    private static final double LABEL_BORDER = 1;
    private static final double LABEL_PAD = 1;
    /** The integer tick sizes the value axis chooses from, as JFreeChart's integer tick units (1, 2, 5, 10, …). */
    private static final int[] UNIT_STEPS = {1, 2, 5};

    private ReportChart() {
    }

    /** A band behind the lines: its day offsets, colour and label. */
    private record Band(double from, double to, PdfColor colour, String label) {
    }

    /** One symptom's line: its legend label, and the y value of each day (null where there is no average). */
    private record Series(String label, double[] x, Double[] y) {
    }

    /**
     * The chart of a summary, ready to draw: its series, bands and words. Made once per summary; drawn at the size
     * the layout gives it.
     */
    public static final class Chart {
        private final List<Series> series;
        private final List<Band> bands;
        private final String startLabel;
        private final String axisLabel;
        private final double lower;
        private final double upper;
        private final double top;
        private final double firstTick;
        private final int tickDays;
        private final LocalDate anchor;
        private final DateTimeFormatter dates;
        private final float fontSize;
        private final double perDay;

        private Chart(List<Series> series, List<Band> bands, String startLabel, String axisLabel, double lower,
                      double upper, double top, int tickDays, LocalDate anchor, DateTimeFormatter dates,
                      float fontSize, double perDay) {
            this.series = series;
            this.bands = bands;
            this.startLabel = startLabel;
            this.axisLabel = axisLabel;
            this.lower = lower;
            this.upper = upper;
            this.top = top;
            this.firstTick = Math.ceil(lower / tickDays) * tickDays;
            this.tickDays = tickDays;
            this.anchor = anchor;
            this.dates = dates;
            this.fontSize = fontSize;
            this.perDay = perDay;
        }
    }

    /**
     * The chart for the series, with its words in the language of {@code messages}. Text is the report's regular
     * DejaVu face at {@code fontSize} (ticks and labels a little smaller); {@code width} is the width it will be
     * drawn at, in points, so that a band too narrow for its label is left unlabelled rather than overprinted.
     */
    public static Chart create(ReportData.ChartSeries series, Messages messages, float fontSize, float width) {
        List<LocalDate> days = series.days();
        LocalDate anchor = series.protocolStart() != null ? series.protocolStart()
                : days.isEmpty() ? LocalDate.now() : days.get(0);
        List<Series> lines = new ArrayList<>();
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
            List<Double> average = movingAverage(values);
            int count = Math.min(days.size(), average.size());
            double[] x = new double[count];
            Double[] y = new Double[count];
            for (int i = 0; i < count; i++) {
                x[i] = offset(anchor, days.get(i));
                y[i] = average.get(i);
                if (y[i] != null) {
                    max = Math.max(max, y[i]);
                }
            }
            lines.add(new Series(label, x, y));
        }

        double first = days.isEmpty() ? 0 : offset(anchor, days.get(0));
        double last = days.isEmpty() ? 1 : offset(anchor, days.get(days.size() - 1));
        // Ticks a week apart (on the protocol's weekdays), or a whole number of weeks on a long period.
        int tickDays = AVERAGE_DAYS * Math.max(1, (int) Math.ceil((last - first + 1) / (AVERAGE_DAYS * MAX_TICKS)));
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(last - first > LONG_DAYS ? "dd/MM/yy" : "dd/MM",
                messages.locale());

        List<Band> bands = new ArrayList<>();
        String start = null;
        if (series.protocolStart() != null) {
            LocalDate protocolStart = series.protocolStart();
            LocalDate baselineFrom = series.baselineFrom() != null ? series.baselineFrom() : days.isEmpty()
                    ? protocolStart : days.get(0);
            bands.add(new Band(offset(anchor, baselineFrom) - 0.5, -0.5, BASELINE_BAND,
                    messages.get("tracking.window.baseline")));
            if (series.earlyEnd() != null) {
                bands.add(new Band(-0.5, offset(anchor, series.earlyEnd()) + 0.5, EARLY_BAND,
                        messages.get("tracking.window.weeks13")));
                if (series.lateEnd() != null) {
                    bands.add(new Band(offset(anchor, series.earlyEnd()) + 0.5, offset(anchor, series.lateEnd())
                            + 0.5, LATE_BAND, messages.get("tracking.window.weeks48")));
                }
            }
            start = messages.get("tracking.chart.start");
        }
        // Points per day along the x axis, near enough: the plot is the width less the value axis.
        double perDay = (width - 40) / Math.max(1, last - first + 1);
        return new Chart(lines, bands, start, messages.get("report.pdf.chart.axis"), first - 0.5,
                Math.max(first + 1, last + 0.5), niceCeiling(max * 1.08), tickDays, anchor, dates, fontSize, perDay);
    }

    /**
     * Draws the chart into the page as a form XObject (as it always was: the page's one form), its bottom left corner
     * at ({@code x}, {@code bottom}). The form's box is in the page's coordinates and its content offset as it is
     * written, with no transformation matrix: PDFBox's {@code transform(Matrix)} goes through an AWT
     * {@code AffineTransform}.
     */
    static void draw(Chart chart, PDDocument document, PdfFonts fonts, PDPageContentStream stream, float x,
                     float bottom, float width, float height) throws IOException {
        // An appearance stream is a form XObject that PDFBox lets a content stream write into.
        PDAppearanceStream form = new PDAppearanceStream(document);
        form.setBBox(new PDRectangle(x, bottom, width, height));
        form.setResources(new PDResources());
        try (PDPageContentStream content = new PDPageContentStream(document, form)) {
            new Painter(chart, fonts, content, x, bottom, width, height).paint();
        }
        stream.drawForm(form);
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
     * Whether the item's marker is drawn: once a tick (a week on up to 12 weeks) on each line, offset per series so
     * they do not pile up, and on isolated points that have no line.
     */
    static boolean markerShown(Double[] y, int series, int item, int every) {
        boolean before = item > 0 && y[item - 1] != null;
        boolean after = item + 1 < y.length && y[item + 1] != null;
        if (!before && !after) {
            return true;
        }
        return Math.floorMod(item - 2 * series * every / AVERAGE_DAYS, every) == every / 2;
    }

    /**
     * Draws one chart. Coordinates are those of the chart's box with y downwards (as the chart was laid out), turned
     * into the page's (y upwards) as they are written.
     */
    private static final class Painter {
        private final Chart chart;
        private final PDPageContentStream stream;
        private final PDFont font;
        private final TrueTypeFont face;
        private final double originX;
        private final double originY;
        private final double width;
        private final double height;
        private final float small;
        private final double ascent;
        private final double descent;
        private final double gap;
        private double left;
        private double topY;
        private double right;
        private double bottomY;

        Painter(Chart chart, PdfFonts fonts, PDPageContentStream stream, float originX, float originY, float width,
                float height) throws IOException {
            this.chart = chart;
            this.originX = originX;
            this.originY = originY;
            this.stream = stream;
            this.font = fonts.regular();
            this.face = fonts.regularFace();
            this.width = width;
            this.height = height;
            this.small = chart.fontSize - 0.5f;
            double units = face.getUnitsPerEm();
            this.ascent = face.getHorizontalHeader().getAscender() / units;
            this.descent = -face.getHorizontalHeader().getDescender() / units;
            this.gap = face.getHorizontalHeader().getLineGap() / units;
        }

        void paint() throws IOException {
            // Clip to the chart's box, and its white background.
            stream.saveGraphicsState();
            rectangle(0, 0, width, height);
            stream.clip();
            fillRectangle(0, 0, width, height, PdfColor.WHITE);
            double legendHeight = legend();
            plot(height - legendHeight - LEGEND_GAP);
            stream.restoreGraphicsState();
        }

        // ------------------------------------------------------------ legend

        /** Draws the legend at the bottom; returns its height. */
        private double legend() throws IOException {
            int count = chart.series.size();
            double[] itemWidths = new double[count];
            double total = 0;
            for (int s = 0; s < count; s++) {
                itemWidths[s] = GRAPHIC_BEFORE + 2 * LEGEND_LINE + GRAPHIC_AFTER + LABEL_BEFORE
                        + textWidth(chart.series.get(s).label(), chart.fontSize) + 2 * LABEL_BORDER + LABEL_AFTER;
                total += itemWidths[s];
            }
            double itemHeight = lineHeight(chart.fontSize) + 2 * LABEL_BORDER + 2 * LABEL_PAD;
            // One centred row if it fits; else rows from the left edge, as JFreeChart's flow arrangement.
            double[] itemX = new double[count];
            int[] itemRow = new int[count];
            int rows = 1;
            double blockX;
            double blockWidth;
            if (total <= width) {
                blockX = (width - total) / 2;
                blockWidth = total;
                double x = blockX;
                for (int s = 0; s < count; s++) {
                    itemX[s] = x;
                    x += itemWidths[s];
                }
            } else {
                blockX = 0;
                blockWidth = width;
                double x = 0;
                for (int s = 0; s < count; s++) {
                    if (x > 0 && x + itemWidths[s] > width) {
                        rows++;
                        x = 0;
                    }
                    itemX[s] = x;
                    itemRow[s] = rows - 1;
                    x += itemWidths[s];
                }
            }
            double legendHeight = rows * itemHeight;
            double legendTop = height - legendHeight;
            fillRectangle(blockX, legendTop, blockWidth, legendHeight, PdfColor.WHITE);
            for (int s = 0; s < count; s++) {
                double top = legendTop + itemRow[s] * itemHeight;
                double middle = top + itemHeight / 2;
                double centre = itemX[s] + GRAPHIC_BEFORE + LEGEND_LINE;
                seriesStroke(s);
                stream.moveTo(x(centre - LEGEND_LINE), y(middle));
                stream.lineTo(x(centre + LEGEND_LINE), y(middle));
                stream.stroke();
                stream.restoreGraphicsState();
                marker(s, centre, middle + legendShift(s));
                double textX = itemX[s] + GRAPHIC_BEFORE + 2 * LEGEND_LINE + GRAPHIC_AFTER + LABEL_BEFORE
                        + LABEL_BORDER;
                text(chart.series.get(s).label(), chart.fontSize, LINE, textX,
                        top + LABEL_BORDER + LABEL_PAD + ascent * chart.fontSize);
            }
            return legendHeight;
        }

        // ------------------------------------------------------------ plot

        private void plot(double plotHeight) throws IOException {
            double areaBottom = plotHeight - PLOT_BOTTOM;
            List<Integer> values = valueTicks(areaBottom - PLOT_TOP
                    - (floatLineHeight(small) + 2 * TICK_LABEL_END));
            double tickLabelWidth = 0;
            for (int value : values) {
                tickLabelWidth = Math.max(tickLabelWidth, textWidth(Integer.toString(value), small));
            }
            tickLabelWidth += 2 * TICK_LABEL_SIDE;
            double axisLabelWidth = lineHeight(small) + 2 * AXIS_LABEL_INSET;
            double domainSpace = floatLineHeight(small) + 2 * TICK_LABEL_END;
            // The data area in whole points, as JFreeChart's XYPlot makes it.
            left = Math.ceil(PLOT_LEFT + axisLabelWidth + tickLabelWidth);
            topY = Math.ceil(PLOT_TOP);
            right = Math.floor(width - PLOT_RIGHT);
            bottomY = Math.floor(areaBottom - domainSpace);
            values = valueTicks(bottomY - topY);

            fillRectangle(left, topY, right - left, bottomY - topY, PdfColor.WHITE);
            domainAxis();
            valueAxis(values, tickLabelWidth);

            stream.saveGraphicsState();
            rectangle(left, topY, right - left, bottomY - topY);
            stream.clip();
            for (int value : values) {
                plainStroke(GRID, GRID_WIDTH);
                stream.moveTo(x(left), y(valueY(value)));
                stream.lineTo(x(right), y(valueY(value)));
                stream.stroke();
                stream.restoreGraphicsState();
            }
            for (Band band : chart.bands) {
                band(band);
            }
            lines();
            startMarker();
            stream.restoreGraphicsState();

            plainStroke(TEXT, AXIS_WIDTH);
            rectangle(left, topY, right - left, bottomY - topY);
            stream.stroke();
            stream.restoreGraphicsState();
        }

        /**
         * The value axis's ticks for a data area this tall: the smallest integer step (1, 2, 5, 10, 20, …) whose
         * labels do not overlap, as JFreeChart's automatic tick unit.
         */
        private List<Integer> valueTicks(double dataHeight) {
            double labelHeight = floatLineHeight(small) + 2 * TICK_LABEL_END;
            double guess = dataHeight > 0 ? labelHeight / dataHeight * chart.top : chart.top / 20;
            int index = 0;
            while (unit(index) < guess) {
                index++;
            }
            if (labelHeight > unit(index) * dataHeight / chart.top) {
                index++;
            }
            int unit = unit(index);
            List<Integer> ticks = new ArrayList<>();
            for (int value = 0; value <= chart.top + 1e-9; value += unit) {
                ticks.add(value);
            }
            return ticks;
        }

        private static int unit(int index) {
            int power = 1;
            for (int i = 0; i < index / UNIT_STEPS.length; i++) {
                power *= 10;
            }
            return UNIT_STEPS[index % UNIT_STEPS.length] * power;
        }

        private void domainAxis() throws IOException {
            plainStroke(TEXT, AXIS_WIDTH);
            stream.moveTo(x(left), y(bottomY));
            stream.lineTo(x(right), y(bottomY));
            stream.stroke();
            stream.restoreGraphicsState();
            for (double day = chart.firstTick; day <= chart.upper; day += chart.tickDays) {
                double tickX = dayX(day);
                String label = chart.dates.format(chart.anchor.plusDays(Math.round(day)));
                double labelTop = bottomY + TICK_MARK + TICK_LABEL_END;
                text(label, small, TEXT, tickX - textWidth(label, small) / 2,
                        labelTop + lineHeight(small) - descent * small);
                plainStroke(TEXT, AXIS_WIDTH);
                stream.moveTo(x(tickX), y(bottomY + TICK_MARK));
                stream.lineTo(x(tickX), y(bottomY));
                stream.stroke();
                stream.restoreGraphicsState();
            }
        }

        private void valueAxis(List<Integer> values, double tickLabelWidth) throws IOException {
            plainStroke(TEXT, AXIS_WIDTH);
            stream.moveTo(x(left), y(topY));
            stream.lineTo(x(left), y(bottomY));
            stream.stroke();
            stream.restoreGraphicsState();
            for (int value : values) {
                String label = Integer.toString(value);
                double tickY = valueY(value);
                text(label, small, TEXT, left - TICK_MARK - TICK_LABEL_SIDE - textWidth(label, small),
                        tickY - descent * small + lineHeight(small) / 2);
                plainStroke(TEXT, AXIS_WIDTH);
                stream.moveTo(x(left - TICK_MARK), y(tickY));
                stream.lineTo(x(left), y(tickY));
                stream.stroke();
                stream.restoreGraphicsState();
            }
            double centreX = left - tickLabelWidth - AXIS_LABEL_INSET - lineHeight(small) / 2;
            double centreY = (topY + bottomY) / 2;
            rotatedOutline(chart.axisLabel, small, centreX, centreY);
        }

        private void band(Band band) throws IOException {
            double from = Math.max(band.from(), chart.lower);
            double to = Math.min(band.to(), chart.upper);
            if (band.to() <= band.from() || to < from || from > chart.upper || to < chart.lower) {
                return;
            }
            double x0 = dayX(from);
            double x1 = dayX(to);
            fillRectangle(x0, topY, x1 - x0, bottomY - topY, band.colour());
            float exact = font.getStringWidth(band.label()) / 1000f * small;
            if (exact + 6 <= (band.to() - band.from()) * chart.perDay) {
                labelWithBackground(band.label(), x0 + 3, topY + 2 + lineHeight(small) - descent * small,
                        band.colour());
            }
        }

        private void startMarker() throws IOException {
            if (chart.startLabel == null || -0.5 < chart.lower || -0.5 > chart.upper) {
                return;
            }
            double lineX = dayX(-0.5);
            plainStroke(LINE, START_WIDTH);
            stream.moveTo(x(lineX), y(topY));
            stream.lineTo(x(lineX), y(bottomY));
            stream.stroke();
            stream.restoreGraphicsState();
            labelWithBackground(chart.startLabel, lineX + 2, bottomY - 2 - descent * small, PdfColor.WHITE);
        }

        /** A label on a box of its own background colour, its box as JFreeChart's marker labels had it. */
        private void labelWithBackground(String label, double textX, double baseline, PdfColor background)
                throws IOException {
            fillRectangle(textX, baseline - ascent * small, textWidth(label, small), lineHeight(small), background);
            text(label, small, TEXT, textX, baseline);
        }

        /** The lines (last series first, as JFreeChart's reverse rendering order), then their markers. */
        private void lines() throws IOException {
            List<Series> all = chart.series;
            for (int s = all.size() - 1; s >= 0; s--) {
                Series series = all.get(s);
                for (int i = 1; i < series.y().length; i++) {
                    if (series.y()[i - 1] == null || series.y()[i] == null) {
                        continue;
                    }
                    seriesStroke(s);
                    stream.moveTo(x(dayX(series.x()[i - 1])), y(valueY(series.y()[i - 1])));
                    stream.lineTo(x(dayX(series.x()[i])), y(valueY(series.y()[i])));
                    stream.stroke();
                    stream.restoreGraphicsState();
                }
            }
            for (int s = all.size() - 1; s >= 0; s--) {
                Series series = all.get(s);
                for (int i = 0; i < series.y().length; i++) {
                    if (series.y()[i] != null && markerShown(series.y(), s, i, chart.tickDays)) {
                        marker(s, dayX(series.x()[i]), valueY(series.y()[i]));
                    }
                }
            }
        }

        // ------------------------------------------------------------ markers

        /**
         * How far the legend moves a marker down so that its bounds are centred on the line (JFreeChart's legend
         * graphic centres the shape; on the plot the point is the shape's origin): only the triangles are uneven.
         */
        private static double legendShift(int series) {
            switch (series % 7) {
                case 2:
                    return 0.15 * MARKER;
                case 4:
                    return -0.15 * MARKER;
                default:
                    return 0;
            }
        }

        /** Square, circle, triangle, diamond, inverted triangle, cross, plus: told apart without colour. */
        private void marker(int series, double cx, double cy) throws IOException {
            if (FILLED[series % FILLED.length]) {
                stream.saveGraphicsState();
                PdfColor.WHITE.fill(stream);
                shape(series, cx, cy);
                stream.fill();
                stream.restoreGraphicsState();
            }
            plainStroke(LINE, OUTLINE_WIDTH);
            shape(series, cx, cy);
            stream.stroke();
            stream.restoreGraphicsState();
        }

        private void shape(int series, double cx, double cy) throws IOException {
            double r = MARKER;
            switch (series % 7) {
                case 0:
                    rectangle(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7);
                    break;
                case 1:
                    circle(cx, cy, r);
                    break;
                case 2:
                    polygon(cx, cy, 0, -r * 1.15, r * 1.1, r * 0.85, -r * 1.1, r * 0.85);
                    break;
                case 3:
                    polygon(cx, cy, 0, -r * 1.2, r * 1.1, 0, 0, r * 1.2, -r * 1.1, 0);
                    break;
                case 4:
                    polygon(cx, cy, 0, r * 1.15, r * 1.1, -r * 0.85, -r * 1.1, -r * 0.85);
                    break;
                case 5:
                    cross(cx, cy, r, true);
                    break;
                default:
                    cross(cx, cy, r, false);
                    break;
            }
        }

        private void polygon(double cx, double cy, double... points) throws IOException {
            stream.moveTo(x(cx + points[0]), y(cy + points[1]));
            for (int i = 2; i < points.length; i += 2) {
                stream.lineTo(x(cx + points[i]), y(cy + points[i + 1]));
            }
            stream.closePath();
        }

        private void circle(double cx, double cy, double r) throws IOException {
            double k = 0.5522847498307933 * r;
            stream.moveTo(x(cx + r), y(cy));
            stream.curveTo(x(cx + r), y(cy - k), x(cx + k), y(cy - r), x(cx), y(cy - r));
            stream.curveTo(x(cx - k), y(cy - r), x(cx - r), y(cy - k), x(cx - r), y(cy));
            stream.curveTo(x(cx - r), y(cy + k), x(cx - k), y(cy + r), x(cx), y(cy + r));
            stream.curveTo(x(cx + k), y(cy + r), x(cx + r), y(cy + k), x(cx + r), y(cy));
            stream.closePath();
        }

        /** A plus, or an x when {@code diagonal}: two crossed bars, each its own closed outline. */
        private void cross(double cx, double cy, double r, boolean diagonal) throws IOException {
            double w = 0.45;
            double[][] bars = {{-r, -w, r, -w, r, w, -r, w}, {-w, -r, w, -r, w, r, -w, r}};
            double cos = diagonal ? Math.cos(Math.PI / 4) : 1;
            double sin = diagonal ? Math.sin(Math.PI / 4) : 0;
            for (double[] bar : bars) {
                double[] turned = new double[bar.length];
                for (int i = 0; i < bar.length; i += 2) {
                    turned[i] = bar[i] * cos - bar[i + 1] * sin;
                    turned[i + 1] = bar[i] * sin + bar[i + 1] * cos;
                }
                polygon(cx, cy, turned);
            }
        }

        // ------------------------------------------------------------ text

        /**
         * The label's width as the chart measured it: AWT's {@code FontMetrics.stringWidth}, the advances' sum rounded
         * to a whole point.
         */
        private double textWidth(String text, float size) {
            try {
                return (int) (0.5 + font.getStringWidth(text) / 1000f * size);
            } catch (IOException | IllegalArgumentException e) {
                return 0;
            }
        }

        /** AWT's integer line height (ascent, descent and gap each rounded up from 0.05). */
        private double lineHeight(float size) {
            return (int) (0.95 + ascent * size) + (int) (0.95 + descent * size) + (int) (0.95 + gap * size);
        }

        /** The line height in fractions of a point (AWT's {@code LineMetrics}). */
        private double floatLineHeight(float size) {
            return (float) ((ascent + descent + gap) * size);
        }

        private void text(String text, float size, PdfColor colour, double textX, double baseline)
                throws IOException {
            stream.saveGraphicsState();
            colour.fill(stream);
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x(textX), y(baseline));
            stream.showText(text);
            stream.endText();
            stream.restoreGraphicsState();
        }

        /**
         * The text turned a quarter left (reading upwards), centred on ({@code cx}, {@code cy}), drawn as the glyphs'
         * outlines filled.
         */
        private void rotatedOutline(String text, float size, double cx, double cy) throws IOException {
            double scale = size / (double) face.getUnitsPerEm();
            double pen = cx - textWidth(text, size) / 2;
            double baseline = cy + lineHeight(size) / 2 - descent * size;
            stream.saveGraphicsState();
            TEXT.fill(stream);
            boolean any = false;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                int glyph = face.getUnicodeCmapLookup().getGlyphId(codePoint);
                GlyphData data = face.getGlyph().getGlyph(glyph);
                if (data != null) {
                    any |= outline(data.getDescription(), pen, baseline, scale, cx, cy);
                }
                pen += face.getAdvanceWidth(glyph) * scale;
            }
            if (any) {
                stream.fill();
            }
            stream.restoreGraphicsState();
        }

        /** Adds one glyph's contours (quadratic TrueType curves, made cubic) to the path; whether it had any. */
        private boolean outline(GlyphDescription glyph, double pen, double baseline, double scale, double cx,
                                double cy) throws IOException {
            int start = 0;
            boolean any = false;
            for (int c = 0; c < glyph.getContourCount(); c++) {
                int end = glyph.getEndPtOfContours(c);
                int count = end - start + 1;
                if (count > 1) {
                    double[][] points = new double[count][];
                    boolean[] on = new boolean[count];
                    for (int p = 0; p < count; p++) {
                        // In the text's frame (y down), then turned a quarter left about the centre.
                        double tx = pen + glyph.getXCoordinate(start + p) * scale;
                        double ty = baseline - glyph.getYCoordinate(start + p) * scale;
                        points[p] = new double[] {cx + (ty - cy), cy - (tx - cx)};
                        on[p] = (glyph.getFlags(start + p) & GlyfFlags.ON_CURVE) != 0;
                    }
                    contour(points, on);
                    any = true;
                }
                start = end + 1;
            }
            return any;
        }

        /**
         * One closed TrueType contour: on-curve points joined by lines, or by quadratic curves through the off-curve
         * points between them (two off-curve points in a row imply an on-curve point halfway).
         */
        private void contour(double[][] points, boolean[] on) throws IOException {
            int count = points.length;
            int first = 0;
            while (first < count && !on[first]) {
                first++;
            }
            // A contour of off-curve points only starts halfway between its first two.
            double[] begin = first < count ? points[first] : midpoint(points[0], points[1]);
            int start = first < count ? first : 0;
            int steps = first < count ? count : count + 1;
            stream.moveTo(x(begin[0]), y(begin[1]));
            double[] current = begin;
            double[] control = null;
            for (int step = 1; step <= steps; step++) {
                boolean closing = step == steps;
                double[] point = closing ? begin : points[(start + step) % count];
                boolean onCurve = closing || on[(start + step) % count];
                if (onCurve) {
                    if (control == null) {
                        stream.lineTo(x(point[0]), y(point[1]));
                    } else {
                        quad(current, control, point);
                        control = null;
                    }
                    current = point;
                } else if (control == null) {
                    control = point;
                } else {
                    double[] middle = midpoint(control, point);
                    quad(current, control, middle);
                    current = middle;
                    control = point;
                }
            }
            stream.closePath();
        }

        private void quad(double[] from, double[] control, double[] to) throws IOException {
            stream.curveTo(x(from[0] + 2 * (control[0] - from[0]) / 3), y(from[1] + 2 * (control[1] - from[1]) / 3),
                    x(to[0] + 2 * (control[0] - to[0]) / 3), y(to[1] + 2 * (control[1] - to[1]) / 3),
                    x(to[0]), y(to[1]));
        }

        private static double[] midpoint(double[] a, double[] b) {
            return new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
        }

        // ------------------------------------------------------------ drawing

        private void seriesStroke(int series) throws IOException {
            stream.saveGraphicsState();
            LINE.stroke(stream);
            stream.setLineCapStyle(CAP_BUTT);
            stream.setLineJoinStyle(JOIN_ROUND);
            stream.setMiterLimit(10);
            stream.setLineWidth(SERIES_WIDTH);
            float[] dash = DASHES[series % DASHES.length];
            if (dash != null) {
                stream.setLineDashPattern(dash, 0);
            }
        }

        /** Saves the state and sets a plain line (square caps, mitred joins), as AWT's default stroke. */
        private void plainStroke(PdfColor colour, float lineWidth) throws IOException {
            stream.saveGraphicsState();
            colour.stroke(stream);
            stream.setLineCapStyle(CAP_SQUARE);
            stream.setLineJoinStyle(JOIN_MITER);
            stream.setMiterLimit(10);
            stream.setLineWidth(lineWidth);
        }

        private void fillRectangle(double rx, double ry, double rw, double rh, PdfColor colour) throws IOException {
            stream.saveGraphicsState();
            colour.fill(stream);
            rectangle(rx, ry, rw, rh);
            stream.fill();
            stream.restoreGraphicsState();
        }

        private void rectangle(double rx, double ry, double rw, double rh) throws IOException {
            stream.addRect(x(rx), y(ry + rh), (float) rw, (float) rh);
        }

        private double dayX(double day) {
            return left + (day - chart.lower) / (chart.upper - chart.lower) * (right - left);
        }

        private double valueY(double value) {
            return bottomY - value / chart.top * (bottomY - topY);
        }

        private float x(double chartX) {
            return (float) (originX + chartX);
        }

        private float y(double chartY) {
            return (float) (originY + height - chartY);
        }
    }

    /** The TrueType point flag this needs. */
    private static final class GlyfFlags {
        static final int ON_CURVE = 0x01;

        private GlyfFlags() {
        }
    }
}
