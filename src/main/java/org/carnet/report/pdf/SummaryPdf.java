package org.carnet.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.carnet.guidance.Fact;
import org.carnet.core.Numbers;
import org.carnet.guidance.PeriodFinding;
import org.carnet.guidance.Severity;
import org.carnet.guidance.SourceDocument;
import org.carnet.intake.FoodTable;
import org.carnet.intake.VitaminDUnits;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Trigger;
import org.carnet.report.ReportData;
import org.carnet.report.ReportData.MedicationLine;
import org.carnet.report.ReportData.Palpitations;
import org.carnet.report.ReportData.ProtocolLine;
import org.carnet.report.ReportData.RedFlagDay;
import org.carnet.report.ReportData.SupplementLine;
import org.carnet.report.ReportData.SymptomRow;
import org.carnet.report.ReportData.TestToDiscuss;
import org.carnet.report.pdf.PdfLayout.Block;
import org.carnet.report.pdf.PdfLayout.Column;
import org.carnet.report.pdf.PdfLayout.Line;
import org.carnet.report.pdf.PdfLayout.Placed;
import org.carnet.report.pdf.PdfLayout.Run;
import org.carnet.report.pdf.PdfLayout.Style;
import org.carnet.tracking.Direction;
import org.carnet.tracking.TrackingFindings;
import org.carnet.tracking.TrackingThresholds;
import org.carnet.tracking.ui.EffectWords;
import org.carnet.ui.Messages;

/**
 * The one-page A4 summary a GP reads in under two minutes: header, warning signs first in a framed box, the protocol
 * in one sentence, the symptom table, the chart, palpitations as a clinician asks, supplements and medications, what
 * the guidance pointed out (with sources) and the tests to discuss; sources and "page N / M" in every footer.
 * <p>
 * It fits one page for typical data; when it does not, the chart and the tests shrink, then findings lose the sources'
 * advice but keep their figures and thresholds, then the summary flows onto a second page (see {@code fit}). Words come from the bundle ({@code report.pdf.*} and the shared enum words).
 */
public final class SummaryPdf {
    /** The most pages the summary takes, unless its findings alone need more (none is ever left out). */
    public static final int MAX_PAGES = 2;

    static final String DASH = "—";
    /** Marks a change with no percentage because nothing was recorded before the start (a baseline of 0). */
    static final String ZERO_BASELINE = "*";
    static final float TITLE_SIZE = 14f;
    static final float HEADING_SIZE = 9.5f;
    static final float BODY_SIZE = 8.8f;
    static final float TABLE_SIZE = 8f;
    static final float TABLE_HEADER_SIZE = 7.3f;
    static final float SMALL_SIZE = 7f;
    static final float FOOTER_SIZE = 6.5f;
    /** The last one-page modes set the text this much smaller (headings, the warning box and the footer keep theirs). */
    static final float COMPACT_TYPE = 0.93f;
    static final float SECTION_GAP = 5f;
    static final float TIGHT_SECTION_GAP = 3f;
    static final float TIGHTEST_SECTION_GAP = 1f;
    static final float CELL_PAD = 3f;
    static final float MAX_CHART_HEIGHT = 185f;
    static final float RED_FLAG_BORDER = 1.8f;
    static final float RED_FLAG_PADDING = 5f;
    /** Up to this many days with warning signs are listed one per line; more are grouped by signs. */
    static final int RED_FLAG_LINES = 6;

    private static final AtomicBoolean WARM_UP_STARTED = new AtomicBoolean();

    private SummaryPdf() {
    }

    /**
     * Starts, on two daemon threads, linking the classes the report loads once the journal is open
     * ({@link org.carnet.report.ReportClasses}) and making the next summary's document with its fonts
     * ({@link PdfFonts#warmUp}), for a caller that opens the journal and reads the report's data meanwhile (the
     * command line: it has two cores or more and would otherwise do all of it in turn). Once per JVM: a second call
     * does nothing. Failures are left to {@link #write}, which meets them again.
     */
    public static void warmUpInBackground() {
        if (!WARM_UP_STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread classes = new Thread(org.carnet.report.ReportClasses::link, "carnet-report-classes");
        classes.setDaemon(true);
        classes.start();
        Thread warmUp = new Thread(() -> {
            try {
                PdfFonts.warmUp();
            } catch (IOException | RuntimeException e) {
                java.util.logging.Logger.getLogger(SummaryPdf.class.getName())
                        .log(java.util.logging.Level.FINE, "PDF warm-up failed", e);
            }
        }, "carnet-pdf-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** The summary as PDF bytes. */
    public static byte[] write(ReportData data, Messages messages) throws IOException {
        return written(data, messages).pdf();
    }

    /** A written summary and its number of pages. */
    public record Written(byte[] pdf, int pages) {
    }

    /**
     * The summary as PDF bytes with its number of pages, known from the writing (the command line says it: reading
     * the PDF back to count them loaded PDFBox's parser for that alone).
     */
    public static Written written(ReportData data, Messages messages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        int pages = write(data, messages, out);
        return new Written(out.toByteArray(), pages);
    }

    /** Writes the summary as PDF to {@code out} (left open); returns its number of pages. */
    public static int write(ReportData data, Messages messages, OutputStream out) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(data.header(), "data.header");
        // The document the command line's warm-up made with both faces loaded, or a new one.
        PdfFonts.Prepared prepared = PdfFonts.takePrepared();
        try (PDDocument document = prepared == null ? new PDDocument() : prepared.document()) {
            PdfFonts fonts = prepared == null ? PdfFonts.load(document) : prepared.fonts();
            PdfLayout layout = new PdfLayout(fonts);
            Writer writer = new Writer(data, messages, layout, document);
            writer.render();
            document.save(out);
            return document.getNumberOfPages();
        }
    }

    /** Writes a made summary to {@code file} whole or not at all (written beside, forced to disk, then renamed). */
    public static void save(java.nio.file.Path file, byte[] pdf) throws IOException {
        org.carnet.storage.AtomicFiles.write(file, pdf);
    }

    /** How much room the variable parts get; tried from the most generous down. */
    record Mode(boolean fullFindings, boolean listTests, float chartHeight, int medicineRows, float sectionGap,
                boolean adviceInOneParagraph, boolean compactType) {
        Mode(boolean fullFindings, boolean listTests, float chartHeight, int medicineRows) {
            this(fullFindings, listTests, chartHeight, medicineRows, SECTION_GAP);
        }

        Mode(boolean fullFindings, boolean listTests, float chartHeight, int medicineRows, float sectionGap) {
            this(fullFindings, listTests, chartHeight, medicineRows, sectionGap, false);
        }

        Mode(boolean fullFindings, boolean listTests, float chartHeight, int medicineRows, float sectionGap,
             boolean adviceInOneParagraph) {
            this(fullFindings, listTests, chartHeight, medicineRows, sectionGap, adviceInOneParagraph, false);
        }

        /** The same mode in the compact type: every word kept, set {@link #COMPACT_TYPE} smaller. */
        Mode compact() {
            return new Mode(fullFindings, listTests, chartHeight, medicineRows, sectionGap, adviceInOneParagraph, true);
        }
    }

    /** One summary being written: composes the blocks, picks the mode that fits, draws the pages. */
    private static final class Writer {
        private final ReportData data;
        private final Messages messages;
        private final PdfLayout layout;
        private final PDDocument document;
        private final Locale locale;
        private final Numbers numbers;
        // The text styles of the mode being composed (see styles(Mode)).
        private Style body;
        private Style bodyBold;
        private Style small;
        private Style smallText;
        private Style smallBold;
        private Style table;
        private Style tableBold;
        private Style headerCell;
        private final List<PeriodFinding> findingGroups;
        private final List<List<Line>> footerLines = new ArrayList<>();
        private ReportChart.Chart chart;
        /** The sections already made, by section and the parts of the mode they read (see section()). */
        private final Map<List<Object>, List<Block>> sections = new HashMap<>();

        Writer(ReportData data, Messages messages, PdfLayout layout, PDDocument document) {
            this.data = data;
            this.messages = messages;
            this.layout = layout;
            this.document = document;
            this.locale = messages.locale();
            this.numbers = messages.numbers();
            styles(false);
            this.findingGroups = shownFindings(data);
        }

        void render() throws IOException {
            List<Line> footer = layout.wrap(List.of(new Run(footerText(), layout.regular(FOOTER_SIZE)
                    .coloured(PdfLayout.GREY))), PdfLayout.WIDTH - pageLabelWidth() - 12);
            footerLines.add(footer);
            float contentBottom = PdfLayout.BOTTOM + PdfLayout.height(footer) + 6;

            List<List<Placed>> pages = fit(contentBottom);
            int count = pages.size();
            PdfTags.run(document, messages.language().code(), text("report.pdf.title"), () -> {
                for (int i = 0; i < count; i++) {
                    PDPage page = new PDPage(PdfLayout.PAGE);
                    document.addPage(page);
                    try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                        PdfTags.page(page, stream);
                        for (Placed placed : pages.get(i)) {
                            placed.block().draw(stream, PdfLayout.LEFT, placed.top());
                        }
                        int number = i + 1;
                        // The footer repeats on every page: decoration for a screen reader (pagination artifact).
                        PdfTags.artifact(stream, () -> drawFooter(stream, footer, number, count));
                    }
                }
            });
            describe();
        }

        /**
         * The most generous mode that fits on one page: the chart and the list of tests shrink first, then the
         * findings lose the sources' advice (never their figures and thresholds), then the text is set a little
         * smaller; then the advice findings (INFO) give their title, days and source in one paragraph, the
         * sections close up and the text is set smaller again (the warning box never shrinks, no warning or
         * caution loses a word). Else two pages; else the
         * medicines table is cut (the rest is listed in Carnet). A finding is never left out: past that, the summary
         * takes the pages it needs.
         */
        private List<List<Placed>> fit(float bottom) {
            int medicines = data.supplements().size() + data.medications().size();
            List<Mode> onePage = List.of(new Mode(true, true, 165, medicines), new Mode(true, false, 145, medicines),
                    new Mode(true, false, 130, medicines), new Mode(true, false, 120, medicines, TIGHT_SECTION_GAP),
                    new Mode(false, false, 130, medicines), new Mode(false, false, 120, medicines, TIGHT_SECTION_GAP),
                    new Mode(false, false, 105, medicines, TIGHT_SECTION_GAP),
                    new Mode(false, false, 92, medicines, TIGHT_SECTION_GAP),
                    new Mode(false, false, 82, medicines, TIGHT_SECTION_GAP),
                    // Then the text a little smaller, every word kept (the warning box keeps its size).
                    new Mode(false, false, 82, medicines, TIGHT_SECTION_GAP).compact(),
                    // Last, the advice (INFO) says each finding's title, days and source in one paragraph.
                    new Mode(false, false, 105, medicines, TIGHT_SECTION_GAP, true),
                    new Mode(false, false, 92, medicines, TIGHT_SECTION_GAP, true),
                    new Mode(false, false, 82, medicines, TIGHT_SECTION_GAP, true),
                    new Mode(false, false, 72, medicines, TIGHT_SECTION_GAP, true),
                    new Mode(false, false, 64, medicines, TIGHT_SECTION_GAP, true),
                    // Then the sections close up.
                    new Mode(false, false, 64, medicines, TIGHTEST_SECTION_GAP, true),
                    // Last, with the advice in one paragraph, the text a little smaller.
                    new Mode(false, false, 82, medicines, TIGHT_SECTION_GAP, true).compact(),
                    new Mode(false, false, 72, medicines, TIGHT_SECTION_GAP, true).compact(),
                    new Mode(false, false, 64, medicines, TIGHTEST_SECTION_GAP, true).compact());
            for (Mode mode : onePage) {
                List<List<Placed>> pages = PdfLayout.paginate(compose(mode), PdfLayout.TOP, bottom);
                if (pages.size() == 1) {
                    return growChart(mode, pages, bottom);
                }
            }
            for (Mode mode : List.of(new Mode(true, true, 190, medicines), new Mode(false, true, 170, medicines),
                    new Mode(false, false, 145, medicines))) {
                List<List<Placed>> pages = PdfLayout.paginate(compose(mode), PdfLayout.TOP, bottom);
                if (pages.size() <= MAX_PAGES) {
                    return pages;
                }
            }
            List<List<Placed>> pages = List.of();
            for (int m = medicines; m >= 0; m--) {
                pages = PdfLayout.paginate(compose(new Mode(false, false, 145, m)), PdfLayout.TOP, bottom);
                if (pages.size() <= MAX_PAGES) {
                    return pages;
                }
            }
            return pages;
        }

        /** The chart takes what room is left at the foot of a one-page summary, up to its largest size. */
        private List<List<Placed>> growChart(Mode mode, List<List<Placed>> pages, float bottom) {
            List<Placed> page = pages.get(0);
            Placed last = page.get(page.size() - 1);
            float free = last.top() - last.block().height() - bottom;
            float height = Math.min(MAX_CHART_HEIGHT, mode.chartHeight() + free - 1);
            if (height < mode.chartHeight() + 2) {
                return pages;
            }
            Mode grown = new Mode(mode.fullFindings(), mode.listTests(), height, mode.medicineRows(),
                    mode.sectionGap(), mode.adviceInOneParagraph(), mode.compactType());
            List<List<Placed>> regrown = PdfLayout.paginate(compose(grown), PdfLayout.TOP, bottom);
            return regrown.size() == 1 ? regrown : pages;
        }

        /** The body, table and small text in their usual sizes, or all {@link #COMPACT_TYPE} smaller. */
        private void styles(boolean compact) {
            float scale = compact ? COMPACT_TYPE : 1f;
            body = layout.regular(BODY_SIZE * scale);
            bodyBold = layout.bold(BODY_SIZE * scale);
            small = layout.regular(SMALL_SIZE * scale).coloured(PdfLayout.GREY);
            smallText = layout.regular(SMALL_SIZE * scale);
            smallBold = layout.bold(SMALL_SIZE * scale);
            table = layout.regular(TABLE_SIZE * scale);
            tableBold = layout.bold(TABLE_SIZE * scale);
            headerCell = layout.bold(TABLE_HEADER_SIZE * scale);
        }

        private List<Block> compose(Mode mode) {
            styles(mode.compactType());
            boolean compact = mode.compactType();
            List<Block> blocks = new ArrayList<>();
            section(blocks, this::header, "header", compact);
            blocks.add(PdfLayout.gap(mode.sectionGap()));
            section(blocks, this::redFlags, "redFlags", compact);
            blocks.add(PdfLayout.gap(mode.sectionGap()));
            section(blocks, this::protocol, "protocol", compact);
            blocks.add(PdfLayout.gap(mode.sectionGap()));
            section(blocks, this::symptoms, "symptoms", compact);
            blocks.add(PdfLayout.gap(mode.sectionGap()));
            chart(blocks, mode);
            blocks.add(PdfLayout.gap(mode.sectionGap()));
            section(blocks, this::palpitations, "palpitations", compact);
            blocks.add(PdfLayout.gap(mode.sectionGap()));
            section(blocks, b -> medicines(b, mode), "medicines", compact, mode.medicineRows());
            blocks.add(PdfLayout.gap(mode.sectionGap()));
            section(blocks, b -> findings(b, mode), "findings", compact, mode.fullFindings(),
                    mode.adviceInOneParagraph());
            blocks.add(PdfLayout.gap(mode.sectionGap()));
            if (!data.results().isEmpty()) {
                section(blocks, b -> results(b, mode), "results", compact, mode.adviceInOneParagraph());
                blocks.add(PdfLayout.gap(mode.sectionGap()));
            }
            section(blocks, b -> toDiscuss(b, mode), "toDiscuss", compact, mode.listTests());
            return blocks;
        }

        /**
         * Adds a section's blocks, made once for each distinct {@code key}: the key names the section and every part
         * of the mode it reads (the styles follow {@code compactType}). {@link #fit} composes the summary in up to
         * some twenty modes that differ in a few sections only; the blocks are immutable, so the others are reused.
         */
        private void section(List<Block> blocks, Consumer<List<Block>> make, Object... key) {
            blocks.addAll(sections.computeIfAbsent(List.of(key), k -> {
                List<Block> made = new ArrayList<>();
                make.accept(made);
                return List.copyOf(made);
            }));
        }

        // ------------------------------------------------------------ 1. header

        private void header(List<Block> blocks) {
            blocks.add(layout.title(List.of(new Run(text("report.pdf.title"), layout.bold(TITLE_SIZE)))));
            blocks.add(PdfLayout.gap(2));
            ReportData.Header header = data.header();
            List<Run> runs = new ArrayList<>();
            String name = header.name() == null || header.name().isBlank() ? null : header.name().strip();
            String born = header.birthYear() == null ? null : String.valueOf(header.birthYear());
            if (name != null || born != null) {
                String person = name != null && born != null ? text("report.pdf.person.nameBorn", name, born)
                        : name != null ? name : text("report.pdf.person.born", born);
                runs.add(new Run(person, layout.bold(HEADING_SIZE)));
                runs.add(new Run("   ", body));
            }
            if (header.from() != null && header.to() != null) {
                runs.add(new Run(text("report.pdf.period", messages.shortDate(header.from()),
                        messages.shortDate(header.to()), periodDays()), body));
                runs.add(new Run("   ", body));
            }
            if (header.printed() != null) {
                runs.add(new Run(text("report.pdf.printed", messages.shortDate(header.printed())), body));
            }
            blocks.add(layout.paragraph(runs));
            blocks.add(PdfLayout.rule(5, 0.6f, PdfLayout.BLACK));
        }

        // ------------------------------------------------------------ 2. red flags

        private void redFlags(List<Block> blocks) {
            float width = PdfLayout.boxInnerWidth(RED_FLAG_BORDER, RED_FLAG_PADDING);
            // The warning box keeps the usual type in every mode.
            Style boxText = layout.regular(BODY_SIZE);
            Style boxBold = layout.bold(BODY_SIZE);
            Style boxSmall = layout.regular(SMALL_SIZE).coloured(PdfLayout.GREY);
            List<Block> inner = new ArrayList<>();
            List<RedFlagDay> days = data.redFlags().stream()
                    .sorted(Comparator.comparing(RedFlagDay::day, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            if (days.isEmpty()) {
                inner.add(layout.paragraph(List.of(new Run(text("report.pdf.redFlags.none"), boxBold)), width, 0));
            } else {
                inner.add(layout.paragraph(List.of(new Run(text("report.pdf.redFlags.title"),
                        layout.bold(HEADING_SIZE))), width, 0));
                inner.add(PdfLayout.gap(1.5f));
                if (days.size() <= RED_FLAG_LINES) {
                    for (RedFlagDay day : days) {
                        inner.add(layout.bullet(List.of(new Run(redFlagDay(day), boxBold)), boxText, width, 9));
                    }
                } else {
                    // Many days: one line per combination of signs, with its dates.
                    Map<String, List<RedFlagDay>> bySigns = new LinkedHashMap<>();
                    for (RedFlagDay day : days) {
                        bySigns.computeIfAbsent(signs(day), k -> new ArrayList<>()).add(day);
                    }
                    for (Map.Entry<String, List<RedFlagDay>> entry : bySigns.entrySet()) {
                        List<String> dates = entry.getValue().stream().map(day -> {
                            String date = day.day() == null ? DASH : messages.shortDate(day.day());
                            return day.withPalpitations() ? text("report.pdf.redFlags.datePalpitations", date) : date;
                        }).toList();
                        inner.add(layout.bullet(List.of(new Run(text("report.pdf.redFlags.group", entry.getKey(),
                                entry.getValue().size()) + " ", boxBold), new Run(String.join(", ", dates), boxText)),
                                boxText, width, 9));
                    }
                }
                inner.add(PdfLayout.gap(1.5f));
                inner.add(layout.paragraph(List.of(new Run(messages.source(Fact.SEE_PRO_RED_FLAGS), boxSmall)),
                        width, 0));
            }
            blocks.add(PdfLayout.box(inner, RED_FLAG_BORDER, RED_FLAG_PADDING));
        }

        /** The day's signs in words, in the order of {@link RedFlag}: "Chest pain, fainting". */
        private String signs(RedFlagDay day) {
            List<String> words = new ArrayList<>();
            for (RedFlag flag : RedFlag.values()) {
                if (day.flags().contains(flag)) {
                    String word = messages.of("redFlag", flag);
                    words.add(words.isEmpty() ? word : lowerFirst(word));
                }
            }
            return words.isEmpty() ? DASH : String.join(", ", words);
        }

        private String redFlagDay(RedFlagDay day) {
            String what = signs(day);
            if (day.withPalpitations()) {
                what = text("report.pdf.redFlags.withPalpitations", what);
            }
            String date = day.day() == null ? DASH : messages.shortDate(day.day());
            return text("report.pdf.redFlags.day", date, what);
        }

        // ------------------------------------------------------------ 3. protocol

        private void protocol(List<Block> blocks) {
            ProtocolLine protocol = data.protocol();
            List<Run> runs = new ArrayList<>();
            runs.add(new Run(text("report.pdf.protocol.label") + " ", bodyBold));
            if (protocol == null) {
                runs.add(new Run(text("report.pdf.protocol.none"), body));
            } else {
                String adherence = protocol.adherencePercent() == null ? text("report.pdf.protocol.adherence.none")
                        : text("report.pdf.protocol.adherence", protocol.adherencePercent());
                String persistence = !protocol.persisting() ? text("report.pdf.protocol.notPersisting")
                        : protocol.seeDoctor() ? text("report.pdf.protocol.seeDoctor")
                        : text("report.pdf.protocol.persisting");
                String start = protocol.start() == null ? DASH : messages.shortDate(protocol.start());
                runs.add(new Run(text("report.pdf.protocol", protocol.name(), start, protocol.dayNumber(),
                        adherence), body));
                runs.add(new Run(" " + persistence, protocol.persisting() ? bodyBold : body));
            }
            blocks.add(layout.paragraph(runs));
        }

        // ------------------------------------------------------------ 4. symptoms

        private void symptoms(List<Block> blocks) {
            blocks.add(layout.heading(List.of(new Run(text("report.pdf.symptoms.title"), layout.bold(HEADING_SIZE)))));
            blocks.add(PdfLayout.gap(2));
            if (data.symptoms().isEmpty()) {
                blocks.add(layout.paragraph(List.of(new Run(text("report.pdf.symptoms.none"), body))));
                return;
            }
            List<List<Run>> header = List.of(cell("report.pdf.symptoms.symptom"),
                    cell("report.pdf.symptoms.recorded"), cell("report.pdf.symptoms.affected"),
                    cell("report.pdf.symptoms.mean"), cell("report.pdf.symptoms.worst"),
                    cell(data.protocol() == null ? "report.pdf.symptoms.first7" : "report.pdf.symptoms.baseline"),
                    cell("report.pdf.symptoms.last7"), cell("report.pdf.symptoms.change"));
            List<Column> columns = layout.columns(PdfLayout.WIDTH, new float[] {3.1f, 0.75f, 0.75f, 0.7f, 0.65f, 0.75f, 0.75f, 3.1f},
                    new boolean[] {false, true, true, true, true, true, true, true}, header, CELL_PAD);
            Block headerRow = layout.row(header, columns, true, CELL_PAD, 1.5f);
            blocks.add(headerRow);
            for (SymptomRow row : data.symptoms()) {
                blocks.add(PdfLayout.underHeader(layout.row(List.of(
                        List.of(new Run(messages.of("symptom", row.symptom()), table)),
                        number(String.valueOf(row.daysRecorded())),
                        number(String.valueOf(row.daysAffected())),
                        number(oneDecimal(row.mean())),
                        number(row.worst() == null ? DASH : numbers.decimal(row.worst(), 1)),
                        number(oneDecimal(row.baselineMean())),
                        number(oneDecimal(row.last7Mean())),
                        change(row)), columns, false, CELL_PAD, 1f),
                        headerRow));
            }
            blocks.add(PdfLayout.gap(1.5f));
            blocks.add(layout.paragraph(List.of(new Run(text(data.protocol() == null ? "report.pdf.symptoms.noteFirst7"
                    : "report.pdf.symptoms.note", TrackingThresholds.CLEAR_CHANGE_PERCENT,
                    TrackingThresholds.MIN_RECORDED_DAYS), small))));
            ownSymptoms(blocks);
            effects(blocks);
        }

        /** One line per own symptom, under a title that says the sources say nothing about them. */
        private void ownSymptoms(List<Block> blocks) {
            if (data.ownSymptoms().isEmpty()) {
                return;
            }
            // One run-on paragraph, a line's worth per symptom: the page has room for little more.
            List<Run> runs = new ArrayList<>(List.of(new Run(text("report.pdf.own.title") + " ", tableBold)));
            String separator = "";
            for (org.carnet.report.OwnSymptomLine line : data.ownSymptoms()) {
                String change = line.direction() == org.carnet.tracking.Direction.NOT_ENOUGH_DATA ? ""
                        : text("report.pdf.own.change",
                        lowerFirst(messages.of("tracking.direction", line.direction())));
                String words = switch (line.kind()) {
                    case YES_NO -> text("report.pdf.own.yesNo", line.name(), line.daysYes(), line.daysRecorded(),
                            change);
                    case SCALE -> text("report.pdf.own.scale", line.name(), line.daysRecorded(),
                            numbers.decimal(line.mean(), 1), change);
                    case COUNT -> text("report.pdf.own.count", line.name(), line.daysRecorded(),
                            numbers.decimal(line.mean(), 1), change);
                };
                runs.add(new Run(separator + words, table));
                separator = " · ";
            }
            blocks.add(PdfLayout.gap(1.5f));
            blocks.add(layout.paragraph(runs));
        }

        /** One line per symptom: estimate, range, how likely lower, the verdict; exploratory ones said so. */
        private void effects(List<Block> blocks) {
            if (data.effects().isEmpty()) {
                return;
            }
            EffectWords words = new EffectWords(messages);
            blocks.add(PdfLayout.gap(2f));
            blocks.add(layout.paragraph(List.of(new Run(text("report.pdf.effects.title"), tableBold))));
            // The declared question on a line of its own; the exploratory ones run on, to keep the page to one.
            List<String> exploratory = new ArrayList<>();
            for (var effect : data.effects()) {
                if (!(effect.symptom() instanceof org.carnet.tracking.Symptom) && !effect.declared()) {
                    // An own symptom's estimate is its line's change word (above): the page stays one.
                    continue;
                }
                if (effect.declared()) {
                    blocks.add(layout.paragraph(List.of(new Run(words.line(effect), body))));
                } else {
                    exploratory.add(words.compact(effect));
                }
            }
            if (!exploratory.isEmpty()) {
                blocks.add(layout.paragraph(List.of(new Run(text("report.pdf.effects.exploratory",
                        String.join(" · ", exploratory)), small))));
            }
            blocks.add(layout.paragraph(List.of(new Run(text("report.pdf.effects.note"), small))));
        }

        private String oneDecimal(Double value) {
            return value == null || value.isNaN() ? DASH : numbers.fixed(value, 1);
        }

        /**
         * The change and what it means: "−76% better", "* worse" when there is no percentage because nothing was
         * recorded before the start, "—" with too few days recorded. The words follow {@link SymptomRow#direction()},
         * the effect estimate's verdict: "not enough data" beside a percentage when there is no estimate yet.
         */
        private List<Run> change(SymptomRow row) {
            Direction direction = row.direction();
            if (row.baselineMean() == null || row.last7Mean() == null) {
                return List.of(new Run(DASH, tableBold));
            }
            String figure = row.changePercent() != null ? numbers.signedPercent(row.changePercent()) : ZERO_BASELINE;
            return List.of(new Run(figure + " ", tableBold),
                    new Run(lowerFirst(messages.of("tracking.direction", direction)), table));
        }

        // ------------------------------------------------------------ 5. chart

        private void chart(List<Block> blocks, Mode mode) {
            blocks.add(layout.heading(List.of(new Run(text("report.pdf.chart.title"), layout.bold(HEADING_SIZE)))));
            blocks.add(PdfLayout.gap(2));
            ReportData.ChartSeries series = data.chart();
            boolean empty = series == null || series.days().isEmpty() || series.values().values().stream()
                    .allMatch(values -> values.stream().allMatch(Objects::isNull));
            if (empty) {
                blocks.add(layout.paragraph(List.of(new Run(text("report.pdf.chart.none"), body))));
                return;
            }
            if (!ReportChart.hasLine(series)) {
                // Axes with no line would say nothing: say why instead.
                blocks.add(layout.paragraph(List.of(new Run(text("report.pdf.chart.tooFew", ReportChart.AVERAGE_MIN_DAYS,
                        ReportChart.AVERAGE_DAYS, ReportChart.recordedDays(series)), body))));
                return;
            }
            if (chart == null) {
                chart = ReportChart.create(series, messages, 7.5f, PdfLayout.WIDTH);
            }
            ReportChart.Chart drawn = chart;
            String alternative = text("report.pdf.chart.alt", series.values().keySet().stream().sorted()
                    .map(symptom -> messages.of("symptom", symptom)).collect(Collectors.joining(", ")),
                    messages.shortDate(series.days().get(0)),
                    messages.shortDate(series.days().get(series.days().size() - 1)));
            blocks.add(PdfLayout.picture(mode.chartHeight(), alternative, (stream, x, bottom, width, height) ->
                    ReportChart.draw(drawn, document, layout.fonts(), stream, x, bottom, width, height)));
        }

        // ------------------------------------------------------------ 6. palpitations

        private void palpitations(List<Block> blocks) {
            Palpitations palpitations = data.palpitations();
            List<Run> runs = new ArrayList<>();
            runs.add(new Run(text("report.pdf.palpitations.label") + " ", bodyBold));
            if (palpitations == null || palpitations.episodes() == 0 && palpitations.daysWithPalpitations() == 0) {
                runs.add(new Run(text("report.pdf.palpitations.none"), body));
            } else if (palpitations.episodes() == 0) {
                runs.add(new Run(text("report.pdf.palpitations.counted", palpitations.daysWithPalpitations(),
                        palpitations.recorded()), body));
            } else {
                String time = palpitations.typicalTime() == null ? text("report.pdf.palpitations.time.unknown")
                        : text("report.pdf.palpitations.time", clock(palpitations.typicalTime()));
                String duration = palpitations.typicalDurationMinutes() == null
                        ? text("report.pdf.palpitations.duration.unknown")
                        : text("report.pdf.palpitations.duration", palpitations.typicalDurationMinutes());
                String rhythm = text("report.pdf.palpitations.rhythm", palpitations.regular(),
                        palpitations.irregular());
                List<Map.Entry<Trigger, Integer>> triggers = palpitations.triggers().entrySet().stream()
                        .filter(e -> e.getValue() != null && e.getValue() > 0)
                        .sorted(Map.Entry.<Trigger, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .toList();
                String triggerText = triggers.isEmpty() ? text("report.pdf.palpitations.noTrigger")
                        : text("report.pdf.palpitations.triggers", String.join(", ", triggers.stream()
                        .map(e -> text("report.pdf.palpitations.trigger",
                                lowerFirst(messages.of("episode.trigger", e.getKey())), e.getValue()))
                        .toList()));
                runs.add(new Run(text("report.pdf.palpitations", palpitations.daysWithPalpitations(),
                        palpitations.recorded(), palpitations.episodes(), time, duration, rhythm, triggerText), body));
            }
            blocks.add(layout.paragraph(runs));
        }

        // ------------------------------------------------------------ 7. supplements and medications

        private void medicines(List<Block> blocks, Mode mode) {
            blocks.add(layout.heading(List.of(new Run(text("report.pdf.supplements.title"),
                    layout.bold(HEADING_SIZE)))));
            blocks.add(PdfLayout.gap(2));
            int total = data.supplements().size() + data.medications().size();
            if (total == 0) {
                blocks.add(layout.paragraph(List.of(new Run(text("report.pdf.supplements.none"), body))));
                return;
            }
            List<List<Run>> header = List.of(cell("report.pdf.supplements.product"),
                    cell("report.pdf.supplements.form"), cell("report.pdf.supplements.perUnit"),
                    cell("report.pdf.supplements.time"), cell("report.pdf.supplements.from"),
                    cell("report.pdf.supplements.days"));
            List<Column> columns = layout.columns(PdfLayout.WIDTH, new float[] {3f, 1.5f, 3f, 0.9f, 1.1f, 0.9f},
                    new boolean[] {false, false, false, true, true, true}, header, CELL_PAD);
            Block headerRow = layout.row(header, columns, true, CELL_PAD, 1.5f);
            blocks.add(headerRow);
            int shown = 0;
            for (SupplementLine line : data.supplements()) {
                if (shown++ >= mode.medicineRows()) {
                    break;
                }
                blocks.add(PdfLayout.underHeader(layout.row(List.of(
                        List.of(new Run(nullToDash(line.product()), table)),
                        List.of(new Run(line.form() == null ? DASH : messages.of("magnesium.form", line.form()),
                                table)),
                        List.of(new Run(perUnit(line), table)),
                        number(line.usualTime() == null ? DASH : clock(line.usualTime())),
                        number(line.firstDay() == null ? DASH : messages.shortDate(line.firstDay())),
                        number(text("report.pdf.supplements.daysOf", line.daysTaken(), line.daysInPeriod()))),
                        columns, false, CELL_PAD, 1f), headerRow));
            }
            for (MedicationLine line : data.medications()) {
                if (shown++ >= mode.medicineRows()) {
                    break;
                }
                blocks.add(PdfLayout.underHeader(layout.row(List.of(
                        List.of(new Run(nullToDash(line.name()), table)),
                        List.of(new Run(line.medicationClass() == null ? DASH
                                : messages.of("medication.class", line.medicationClass()), table)),
                        List.of(new Run(text("report.pdf.supplements.medication"), table.coloured(PdfLayout.GREY))),
                        number(line.usualTime() == null ? DASH : clock(line.usualTime())),
                        number(line.firstDay() == null ? DASH : messages.shortDate(line.firstDay())),
                        number(periodDays() > 0 ? text("report.pdf.supplements.daysOf", line.daysTaken(),
                                periodDays()) : String.valueOf(line.daysTaken()))),
                        columns, false, CELL_PAD, 1f), headerRow));
            }
            if (total > mode.medicineRows()) {
                blocks.add(layout.paragraph(List.of(new Run(text("report.pdf.supplements.more",
                        total - mode.medicineRows()), small))));
            }
        }

        private String perUnit(SupplementLine line) {
            List<String> parts = new ArrayList<>();
            if (positive(line.magnesiumMg())) {
                parts.add(text("report.pdf.unit.magnesium", line.magnesiumMg()));
            }
            if (positive(line.vitaminDMicrograms())) {
                parts.add(text("report.pdf.unit.vitaminD", line.vitaminDMicrograms(),
                        Math.round(VitaminDUnits.iuFromMicrograms(line.vitaminDMicrograms()))));
            }
            if (positive(line.vitaminK2Micrograms())) {
                parts.add(text("report.pdf.unit.vitaminK2", line.vitaminK2Micrograms()));
            }
            if (positive(line.calciumMg())) {
                parts.add(text("report.pdf.unit.calcium", line.calciumMg()));
            }
            return parts.isEmpty() ? DASH : String.join(", ", parts);
        }

        // ------------------------------------------------------------ 8. findings

        /**
         * One line per rule with its most serious day: the title (⚠ for a warning), when, then what was found with
         * its figure and threshold, spoken of the period. The source's advice follows in full mode only: a finding's
         * figure and threshold are never left out.
         */
        private void findings(List<Block> blocks, Mode mode) {
            blocks.add(layout.heading(List.of(new Run(text("report.pdf.findings.title"), layout.bold(HEADING_SIZE)))));
            blocks.add(PdfLayout.gap(2));
            if (findingGroups.isEmpty()) {
                blocks.add(layout.paragraph(List.of(new Run(text("report.pdf.findings.none"), body))));
                return;
            }
            List<Run> advice = new ArrayList<>();
            for (PeriodFinding group : findingGroups) {
                if (mode.adviceInOneParagraph() && group.severity() == Severity.INFO) {
                    // Title, days and source of each, after the warnings and cautions (INFO sorts last), small.
                    advice.add(new Run((advice.isEmpty() ? text("report.pdf.findings.advice") + " " : " · ")
                            + messages.get(group.worst().titleKey()), smallBold));
                    advice.add(new Run(" " + text("report.pdf.findings.adviceWhen", Math.max(1, group.days().size()),
                            group.days().isEmpty() ? DASH : messages.shortDate(group.days().last())), smallText));
                    advice.add(new Run(" " + messages.shortSource(group.fact()), small));
                    continue;
                }
                List<Run> runs = new ArrayList<>();
                String title = messages.get(group.worst().titleKey());
                runs.add(new Run(group.severity() == Severity.WARNING ? "⚠ " + title : title, bodyBold));
                runs.add(new Run(" " + text("report.pdf.findings.when", when(group)), body));
                runs.add(new Run(" " + found(group), body));
                if (mode.fullFindings() && messages.has(group.adviceKey())) {
                    runs.add(new Run(" " + messages.get(group.adviceKey(), periodArgs(group)), body));
                }
                if (mode.fullFindings()) {
                    blocks.add(layout.paragraph(runs));
                    blocks.add(layout.paragraph(List.of(new Run(messages.source(group.fact()), small)),
                            PdfLayout.WIDTH, 8));
                    blocks.add(PdfLayout.gap(2));
                } else {
                    runs.add(new Run(" " + messages.source(group.fact()), small));
                    blocks.add(layout.paragraph(runs));
                    blocks.add(PdfLayout.gap(1));
                }
            }
            if (!advice.isEmpty()) {
                blocks.add(layout.paragraph(advice));
                blocks.add(PdfLayout.gap(1));
            }
        }

        /** What was found, with the worst day's figures: the period's words where the rule has them. */
        private String found(PeriodFinding group) {
            if (messages.has(group.periodKey())) {
                return messages.get(group.periodKey(), periodArgs(group));
            }
            return messages.get(group.worst().messageKey(), group.worst().args().toArray());
        }

        private Object[] periodArgs(PeriodFinding group) {
            return group.periodArgs(group.worstDay() == null ? DASH : messages.shortDate(group.worstDay()));
        }

        private String when(PeriodFinding group) {
            java.util.NavigableSet<LocalDate> days = group.days();
            if (days.isEmpty()) {
                return text("report.pdf.findings.profile");
            }
            if (days.size() == 1) {
                return text("report.pdf.findings.once", messages.shortDate(days.first()));
            }
            return text("report.pdf.findings.days", days.size(), messages.shortDate(days.first()),
                    messages.shortDate(days.last()));
        }

        // ------------------------------------------------------------ 9. to discuss

        /**
         * The latest result of each test, against the laboratory's own range: stated, never interpreted. In the
         * tightest modes (the advice in one paragraph) the heading, the results and the note make one paragraph.
         */
        private void results(List<Block> blocks, Mode mode) {
            if (mode.adviceInOneParagraph()) {
                List<Run> runs = new ArrayList<>();
                runs.add(new Run(text("report.pdf.results.short.title") + " ", smallBold));
                for (org.carnet.labs.LabResult result : data.results()) {
                    runs.add(new Run((runs.size() == 1 ? "" : " · ") + shortResult(result), smallText));
                }
                blocks.add(layout.paragraph(runs));
                return;
            }
            blocks.add(layout.heading(List.of(new Run(text("report.pdf.results.title"), layout.bold(HEADING_SIZE)))));
            blocks.add(PdfLayout.gap(2));
            for (org.carnet.labs.LabResult result : data.results()) {
                blocks.add(layout.bullet(List.of(new Run(org.carnet.labs.LabText.describe(result, messages), body)),
                        body, PdfLayout.WIDTH, 9));
            }
            blocks.add(layout.paragraph(List.of(new Run(text("report.pdf.results.note"), small)), PdfLayout.WIDTH,
                    9));
        }

        /** "Serum magnesium 0.84 mmol/L (03/03/2026; lab range 0.65–1.05)", then ", below the lab range" if so. */
        private String shortResult(org.carnet.labs.LabResult r) {
            String range = org.carnet.labs.LabText.range(r, messages, false);
            String line = text("report.pdf.results.short", messages.of("labs.test", r.test()),
                    org.carnet.labs.LabText.number(r.value(), messages) + " " + r.unit().symbol(),
                    range == null ? messages.shortDate(r.takenOn())
                            : text("report.pdf.results.short.range", messages.shortDate(r.takenOn()), range));
            if (r.belowRange()) {
                return line + text("report.pdf.results.short.below");
            }
            return r.aboveRange() ? line + text("report.pdf.results.short.above") : line;
        }

        private void toDiscuss(List<Block> blocks, Mode mode) {
            blocks.add(layout.heading(List.of(new Run(text("report.pdf.toDiscuss.title"), layout.bold(HEADING_SIZE)))));
            blocks.add(PdfLayout.gap(2));
            if (data.toDiscuss().isEmpty()) {
                blocks.add(layout.paragraph(List.of(new Run(text("report.pdf.toDiscuss.none"), body))));
                return;
            }
            // Tests resting on the same fact share one source line, under the last of them.
            Map<Fact, List<TestToDiscuss>> byFact = new LinkedHashMap<>();
            for (TestToDiscuss test : new TreeSet<>(data.toDiscuss())) {
                byFact.computeIfAbsent(test.fact(), f -> new ArrayList<>()).add(test);
            }
            for (Map.Entry<Fact, List<TestToDiscuss>> entry : byFact.entrySet()) {
                List<TestToDiscuss> tests = entry.getValue();
                if (!mode.listTests()) {
                    // Tight: the tests of one source on one line, the source after them.
                    String names = String.join(" · ", tests.stream().map(t -> messages.of("report.pdf.test", t))
                            .toList());
                    blocks.add(layout.bullet(List.of(new Run(names, body),
                            new Run(" " + messages.source(entry.getKey()), small)), body, PdfLayout.WIDTH, 9));
                    blocks.add(PdfLayout.gap(1));
                    continue;
                }
                for (TestToDiscuss test : tests) {
                    blocks.add(layout.bullet(List.of(new Run(messages.of("report.pdf.test", test), body)), body,
                            PdfLayout.WIDTH, 9));
                }
                blocks.add(layout.paragraph(List.of(new Run(messages.source(entry.getKey()), small)),
                        PdfLayout.WIDTH, 9));
                blocks.add(PdfLayout.gap(1.5f));
            }
        }

        // ------------------------------------------------------------ 10. footer

        private String footerText() {
            List<String> documents = new ArrayList<>();
            for (SourceDocument source : SourceDocument.values()) {
                documents.add(source.published() == null
                        ? text("report.pdf.footer.document", source.publisher(), source.title())
                        : messages.get("source.document", source.publisher(), source.title(),
                        messages.shortDate(source.published())));
            }
            return text("report.pdf.footer", String.join("; ", documents), FoodTable.CREDIT);
        }

        private float pageLabelWidth() {
            return layout.width(text("report.pdf.page", 8, 8), layout.regular(FOOTER_SIZE + 0.5f));
        }

        private void drawFooter(PDPageContentStream stream, List<Line> footer, int page, int count)
                throws IOException {
            float top = PdfLayout.BOTTOM + PdfLayout.height(footer);
            PdfLayout.RULE.stroke(stream);
            stream.setLineWidth(0.4f);
            stream.moveTo(PdfLayout.LEFT, top + 2.5f);
            stream.lineTo(PdfLayout.RIGHT, top + 2.5f);
            stream.stroke();
            PdfLayout.drawLines(stream, footer, PdfLayout.LEFT, top, PdfLayout.WIDTH, false);
            List<Line> label = layout.wrap(List.of(new Run(text("report.pdf.page", page, count),
                    layout.regular(FOOTER_SIZE + 0.5f))), PdfLayout.WIDTH);
            PdfLayout.drawLines(stream, label, PdfLayout.LEFT, top, PdfLayout.WIDTH, true);
        }

        private void describe() {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text("report.pdf.title"));
            info.setCreator("Carnet");
            Calendar created = GregorianCalendar.from(LocalDate.now().atStartOfDay(ZoneId.systemDefault()));
            info.setCreationDate(created);
            document.getDocumentCatalog().setLanguage(messages.language().code());
        }

        // ------------------------------------------------------------ helpers

        private String text(String key, Object... args) {
            return messages.get(key, args);
        }

        private List<Run> cell(String key) {
            return List.of(new Run(text(key), headerCell));
        }

        private List<Run> number(String value) {
            return List.of(new Run(value, table));
        }

        private long periodDays() {
            ReportData.Header header = data.header();
            if (header.from() == null || header.to() == null) {
                return 0;
            }
            return ChronoUnit.DAYS.between(header.from(), header.to()) + 1;
        }

        private String lowerFirst(String word) {
            if (word.isEmpty() || word.length() > 1 && Character.isUpperCase(word.charAt(1))) {
                return word;
            }
            return word.substring(0, 1).toLowerCase(locale) + word.substring(1);
        }

        private static boolean positive(Double value) {
            return value != null && value > 0;
        }

        private static String nullToDash(String value) {
            return value == null || value.isBlank() ? DASH : value.strip();
        }

        private static String clock(LocalTime time) {
            return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
        }
    }

    /**
     * The findings one per rule, each with its most serious day, most serious first. Red-flag findings are left out:
     * the framed box at the top already shows those days, with the same source.
     */
    static List<PeriodFinding> shownFindings(ReportData data) {
        return data.findingsByRule().stream().filter(g -> !TrackingFindings.RED_FLAG.equals(g.ruleId())).toList();
    }
}
