package org.carnet.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The summary's small layout engine: styled runs wrapped to a width, blocks of measured height (paragraphs, table
 * rows, a framed box, the chart), and a pagination that moves a block that does not fit to the next page. Blocks are
 * measured before anything is drawn, so the page count is known when the footers ("page N / M") are written.
 */
final class PdfLayout {
    static final PDRectangle PAGE = PDRectangle.A4;
    /** 15 mm. */
    static final float MARGIN = 15f * 72f / 25.4f;
    static final float LEFT = MARGIN;
    static final float RIGHT = PAGE.getWidth() - MARGIN;
    static final float TOP = PAGE.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    /** Line height as a multiple of the font size. */
    static final float LEADING = 1.22f;
    /** Baseline below the top of a line, as a multiple of the font size (DejaVu's ascent is 0.93). */
    static final float ASCENT = 0.95f;

    static final PdfColor BLACK = PdfColor.BLACK;
    static final PdfColor GREY = PdfColor.of(0x55, 0x55, 0x55);
    static final PdfColor RULE = PdfColor.of(0x99, 0x99, 0x99);
    static final PdfColor FILL = PdfColor.of(0xE8, 0xE8, 0xE8);

    /** A font, a size and a colour. */
    record Style(PDFont font, float size, PdfColor color) {
        Style sized(float newSize) {
            return new Style(font, newSize, color);
        }

        Style coloured(PdfColor newColor) {
            return new Style(font, size, newColor);
        }
    }

    /** Some text in one style; "\n" forces a line break. */
    record Run(String text, Style style) {
    }

    record Piece(String text, Style style, float width) {
    }

    record Line(List<Piece> pieces, float width, float size) {
        float height() {
            return size * LEADING;
        }
    }

    /** Something with a height, drawn with its top-left corner at (x, top). */
    interface Block {
        float height();

        void draw(PDPageContentStream stream, float x, float top) throws IOException;

        /** Kept on the same page as the block that follows it (headings). */
        default boolean keepWithNext() {
            return false;
        }

        /** Space that is dropped at the top of a page. */
        default boolean isGap() {
            return false;
        }

        /** A table's header row, drawn again above this row when the row starts a new page; null if none. */
        default Block repeatedHeader() {
            return null;
        }
    }

    /** The row, with the table header to repeat above it when it starts a page. */
    static Block underHeader(Block row, Block header) {
        return new Block() {
            @Override
            public float height() {
                return row.height();
            }

            @Override
            public void draw(PDPageContentStream stream, float x, float top) throws IOException {
                row.draw(stream, x, top);
            }

            @Override
            public Block repeatedHeader() {
                return header;
            }
        };
    }

    record Placed(Block block, float top) {
    }

    private final PdfFonts fonts;

    PdfLayout(PdfFonts fonts) {
        this.fonts = fonts;
    }

    PdfFonts fonts() {
        return fonts;
    }

    Style regular(float size) {
        return new Style(fonts.regular(), size, BLACK);
    }

    Style bold(float size) {
        return new Style(fonts.bold(), size, BLACK);
    }

    float width(String text, Style style) {
        try {
            return fonts.stringWidth(fonts.printable(text, style.font()), style.font()) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- wrapping

    /** The runs broken into lines no wider than {@code maxWidth}; words longer than a line are cut. */
    List<Line> wrap(List<Run> runs, float maxWidth) {
        LineBuilder builder = new LineBuilder(maxWidth);
        for (Run run : runs) {
            String[] hard = run.text().split("\n", -1);
            for (int h = 0; h < hard.length; h++) {
                if (h > 0) {
                    builder.breakLine(run.style());
                }
                String text = fonts.printable(hard[h], run.style().font());
                int i = 0;
                while (i < text.length()) {
                    if (text.charAt(i) == ' ') {
                        builder.space(run.style());
                        i++;
                        continue;
                    }
                    int end = nextBreak(text, i);
                    builder.word(text.substring(i, end), run.style());
                    i = end;
                }
            }
        }
        return builder.finish();
    }

    /**
     * The end of the word starting at {@code from}: the next space a line may break at. A space before a French
     * high punctuation mark or a closing guillemet ({@code : ; ! ? » %}), or after an opening one, does not break.
     */
    static int nextBreak(String text, int from) {
        int i = from;
        while (true) {
            int space = text.indexOf(' ', i);
            if (space < 0) {
                return text.length();
            }
            int next = space;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            boolean glued = next < text.length() && GLUED_AFTER_SPACE.indexOf(text.charAt(next)) >= 0
                    || space > from && text.charAt(space - 1) == '«'
                    || space > from && Character.isDigit(text.charAt(space - 1)) && isUnit(text, next);
            if (!glued || next >= text.length()) {
                return space;
            }
            i = next;
        }
    }

    private static final String GLUED_AFTER_SPACE = ":;!?»%";
    /** Units kept on the line of the number before them. */
    private static final java.util.Set<String> UNITS = java.util.Set.of("mg", "µg", "g", "IU", "UI", "min", "h",
            "days", "jours", "day", "jour");

    private static boolean isUnit(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > from && UNITS.contains(text.substring(from, end));
    }

    private final class LineBuilder {
        private final float maxWidth;
        private final List<Line> lines = new ArrayList<>();
        private List<Piece> pieces = new ArrayList<>();
        private float x;
        private float size;
        private Style pendingSpace;

        LineBuilder(float maxWidth) {
            this.maxWidth = maxWidth;
        }

        void space(Style style) {
            if (!pieces.isEmpty()) {
                pendingSpace = style;
            }
        }

        void word(String word, Style style) {
            float wordWidth = width(word, style);
            float spaceWidth = pendingSpace == null ? 0 : width(" ", pendingSpace);
            if (!pieces.isEmpty() && x + spaceWidth + wordWidth > maxWidth) {
                breakLine(style);
                spaceWidth = 0;
            }
            if (wordWidth > maxWidth) {
                cut(word, style);
                return;
            }
            if (pendingSpace != null && !pieces.isEmpty()) {
                append(" ", pendingSpace, spaceWidth);
            }
            pendingSpace = null;
            append(word, style, wordWidth);
        }

        private void cut(String word, Style style) {
            pendingSpace = null;
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                String next = chunk + new String(Character.toChars(cp));
                if (width(next, style) + x > maxWidth && (chunk.length() > 0 || !pieces.isEmpty())) {
                    if (chunk.length() > 0) {
                        append(chunk.toString(), style, width(chunk.toString(), style));
                    }
                    breakLine(style);
                    chunk.setLength(0);
                    continue;
                }
                chunk.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (chunk.length() > 0) {
                append(chunk.toString(), style, width(chunk.toString(), style));
            }
        }

        private void append(String text, Style style, float textWidth) {
            if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).style().equals(style)) {
                Piece last = pieces.remove(pieces.size() - 1);
                pieces.add(new Piece(last.text() + text, style, last.width() + textWidth));
            } else {
                pieces.add(new Piece(text, style, textWidth));
            }
            x += textWidth;
            size = Math.max(size, style.size());
        }

        void breakLine(Style style) {
            lines.add(new Line(pieces, x, pieces.isEmpty() ? style.size() : size));
            pieces = new ArrayList<>();
            x = 0;
            size = 0;
            pendingSpace = null;
        }

        List<Line> finish() {
            if (!pieces.isEmpty()) {
                lines.add(new Line(pieces, x, size));
            }
            return lines;
        }
    }

    static float height(List<Line> lines) {
        float height = 0;
        for (Line line : lines) {
            height += line.height();
        }
        return height;
    }

    /** Draws the lines from {@code top} down, each starting at x (or ending at x + width when right-aligned). */
    static void drawLines(PDPageContentStream stream, List<Line> lines, float x, float top, float width,
                          boolean alignRight) throws IOException {
        PdfTags.text(() -> {
            float y = top;
            for (int l = 0; l < lines.size(); l++) {
                Line line = lines.get(l);
                float baseline = y - line.size() * ASCENT;
                float cursor = alignRight ? x + width - line.width() : x;
                for (int p = 0; p < line.pieces().size(); p++) {
                    Piece piece = line.pieces().get(p);
                    // The space a line break replaced is kept at the end of the line (past the text, so unseen): text
                    // extraction and screen readers read "Days recorded", not "Daysrecorded".
                    boolean wrapped = l + 1 < lines.size() && p + 1 == line.pieces().size();
                    stream.beginText();
                    stream.setFont(piece.style().font(), piece.style().size());
                    piece.style().color().fill(stream);
                    stream.newLineAtOffset(cursor, baseline);
                    stream.showText(wrapped && !piece.text().endsWith(" ") ? piece.text() + " " : piece.text());
                    stream.endText();
                    cursor += piece.width();
                }
                y -= line.height();
            }
        });
    }

    // ---------------------------------------------------------------- blocks

    /** A paragraph of runs, wrapped to {@code width} and indented by {@code indent}. */
    Block paragraph(List<Run> runs, float width, float indent) {
        return tagged(runs, width, indent, "P");
    }

    /** Wrapped text, tagged for screen readers as {@code tag} (P, H1, H2). */
    private Block tagged(List<Run> runs, float width, float indent, String tag) {
        List<Line> lines = wrap(runs, width - indent);
        return new Block() {
            @Override
            public float height() {
                return PdfLayout.height(lines);
            }

            @Override
            public void draw(PDPageContentStream stream, float x, float top) throws IOException {
                PdfTags.element(tag, () -> drawLines(stream, lines, x + indent, top, width - indent, false));
            }
        };
    }

    /** The document's title (the first-level heading). */
    Block title(List<Run> runs) {
        return tagged(runs, WIDTH, 0, "H1");
    }

    Block paragraph(List<Run> runs) {
        return paragraph(runs, WIDTH, 0);
    }

    /** A bulleted paragraph: the bullet hangs in the indent. */
    Block bullet(List<Run> runs, Style bulletStyle, float width, float indent) {
        List<Line> lines = wrap(runs, width - indent);
        return new Block() {
            @Override
            public float height() {
                return PdfLayout.height(lines);
            }

            @Override
            public void draw(PDPageContentStream stream, float x, float top) throws IOException {
                PdfTags.grouped("L", bulletStyle, "LI", () -> {
                    PdfTags.element("Lbl", () -> drawLines(stream, wrap(List.of(new Run("•", bulletStyle)), indent),
                            x + indent * 0.25f, top, indent, false));
                    PdfTags.element("LBody", () -> drawLines(stream, lines, x + indent, top, width - indent, false));
                });
            }
        };
    }

    /** A section heading: kept with what follows it. */
    Block heading(List<Run> runs) {
        Block text = tagged(runs, WIDTH, 0, "H2");
        return new Block() {
            @Override
            public float height() {
                return text.height();
            }

            @Override
            public void draw(PDPageContentStream stream, float x, float top) throws IOException {
                text.draw(stream, x, top);
            }

            @Override
            public boolean keepWithNext() {
                return true;
            }
        };
    }

    static Block gap(float height) {
        return new Block() {
            @Override
            public float height() {
                return height;
            }

            @Override
            public void draw(PDPageContentStream stream, float x, float top) {
                // nothing to draw
            }

            @Override
            public boolean isGap() {
                return true;
            }
        };
    }

    /** A horizontal rule across the width, in the middle of its height. */
    static Block rule(float height, float thickness, PdfColor color) {
        return new Block() {
            @Override
            public float height() {
                return height;
            }

            @Override
            public void draw(PDPageContentStream stream, float x, float top) throws IOException {
                PdfTags.artifact(stream, () -> {
                    color.stroke(stream);
                    stream.setLineWidth(thickness);
                    stream.moveTo(x, top - height / 2);
                    stream.lineTo(x + WIDTH, top - height / 2);
                    stream.stroke();
                });
            }
        };
    }

    /** Blocks inside a frame of the given border width, with padding; drawn across the full width. */
    static Block box(List<Block> inner, float border, float padding) {
        return new Block() {
            @Override
            public float height() {
                float height = 2 * padding + border;
                for (Block block : inner) {
                    height += block.height();
                }
                return height;
            }

            @Override
            public void draw(PDPageContentStream stream, float x, float top) throws IOException {
                float height = height();
                PdfTags.artifact(stream, () -> {
                    BLACK.stroke(stream);
                    stream.setLineWidth(border);
                    // The stroke is centred on the path: inset by half the border so it stays within the margins.
                    stream.addRect(x + border / 2, top - height + border / 2, WIDTH - border, height - border);
                    stream.stroke();
                });
                PdfTags.element("Div", () -> {
                    float y = top - border / 2 - padding;
                    for (Block block : inner) {
                        block.draw(stream, x + border + padding, y);
                        y -= block.height();
                    }
                });
            }
        };
    }

    /** Width available inside a {@link #box} of this border and padding. */
    static float boxInnerWidth(float border, float padding) {
        return WIDTH - 2 * (border + padding);
    }

    /** A table column: its width, and whether its cells are right-aligned (numbers). */
    record Column(float width, boolean right) {
    }

    /**
     * Columns whose widths follow the weights but are widened so that every word of the header fits (header
     * labels wrap between words, never inside one); the width is taken from the columns that have room to spare.
     */
    List<Column> columns(float total, float[] weights, boolean[] right, List<List<Run>> header, float padX) {
        int n = weights.length;
        float sum = 0;
        for (float weight : weights) {
            sum += weight;
        }
        float[] widths = new float[n];
        float[] minimum = new float[n];
        float deficit = 0;
        float slack = 0;
        for (int i = 0; i < n; i++) {
            widths[i] = total * weights[i] / sum;
            float longest = 0;
            for (Run run : i < header.size() ? header.get(i) : List.<Run>of()) {
                for (String word : fonts.printable(run.text(), run.style().font()).split(" ")) {
                    longest = Math.max(longest, width(word, run.style()));
                }
            }
            minimum[i] = longest + 2 * padX + 0.5f;
            if (minimum[i] > widths[i]) {
                deficit += minimum[i] - widths[i];
                widths[i] = minimum[i];
            } else {
                slack += widths[i] - minimum[i];
            }
        }
        if (deficit > 0 && slack > 0) {
            float share = Math.min(1, deficit / slack);
            for (int i = 0; i < n; i++) {
                if (widths[i] > minimum[i]) {
                    widths[i] -= (widths[i] - minimum[i]) * share;
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            columns.add(new Column(widths[i], right[i]));
        }
        return columns;
    }

    /** One table row; each cell wraps within its column. Header rows are shaded. */
    Block row(List<List<Run>> cells, List<Column> columns, boolean header, float padX, float padY) {
        List<List<Line>> wrapped = new ArrayList<>();
        float tallest = 0;
        for (int i = 0; i < columns.size(); i++) {
            List<Run> cell = i < cells.size() ? cells.get(i) : List.of();
            List<Line> lines = wrap(cell, columns.get(i).width() - 2 * padX);
            wrapped.add(lines);
            tallest = Math.max(tallest, PdfLayout.height(lines));
        }
        float height = tallest + 2 * padY;
        return new Block() {
            @Override
            public float height() {
                return height;
            }

            @Override
            public void draw(PDPageContentStream stream, float x, float top) throws IOException {
                float total = 0;
                for (Column column : columns) {
                    total += column.width();
                }
                float width = total;
                if (header) {
                    PdfTags.artifact(stream, () -> {
                        FILL.fill(stream);
                        stream.addRect(x, top - height, width, height);
                        stream.fill();
                    });
                }
                PdfTags.grouped("Table", columns, "TR", () -> {
                    float cx = x;
                    for (int i = 0; i < columns.size(); i++) {
                        Column column = columns.get(i);
                        List<Line> lines = wrapped.get(i);
                        // Header cells sit at the bottom of the row, so single-line labels line up with the others.
                        float cellTop = header ? top - height + padY + PdfLayout.height(lines) : top - padY;
                        float cellX = cx;
                        PdfTags.element(header ? "TH" : "TD", () -> drawLines(stream, lines, cellX + padX, cellTop,
                                column.width() - 2 * padX, column.right()));
                        cx += column.width();
                    }
                });
                PdfTags.artifact(stream, () -> {
                    RULE.stroke(stream);
                    stream.setLineWidth(header ? 0.6f : 0.3f);
                    stream.moveTo(x, top - height);
                    stream.lineTo(x + width, top - height);
                    stream.stroke();
                });
            }

            @Override
            public boolean keepWithNext() {
                return header;
            }
        };
    }

    /** A block of fixed height drawn by someone else (the chart). */
    interface Painter {
        void paint(PDPageContentStream stream, float x, float bottom, float width, float height) throws IOException;
    }

    /** A picture, described for screen readers by {@code alternative}. */
    static Block picture(float height, String alternative, Painter painter) {
        return new Block() {
            @Override
            public float height() {
                return height;
            }

            @Override
            public void draw(PDPageContentStream stream, float x, float top) throws IOException {
                PdfTags.figure(alternative, () -> painter.paint(stream, x, top - height, WIDTH, height));
            }
        };
    }

    // ---------------------------------------------------------------- pagination

    /**
     * Places the blocks from the top of the page down to {@code bottom}, starting a new page when a block (with the
     * blocks it is kept with) does not fit. A block taller than a page is placed anyway and will overflow: callers
     * keep blocks small.
     */
    static List<List<Placed>> paginate(List<Block> blocks, float top, float bottom) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        pages.add(page);
        float y = top;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isGap() && page.isEmpty()) {
                continue;
            }
            // A heading is kept with what follows it, across the small gap under it.
            float needed = block.height();
            for (int j = i; j + 1 < blocks.size() && (blocks.get(j).keepWithNext()
                    || j > i && blocks.get(j).isGap()); j++) {
                needed += blocks.get(j + 1).height();
            }
            if (y - needed < bottom && !page.isEmpty()) {
                page = new ArrayList<>();
                pages.add(page);
                y = top;
                if (block.isGap()) {
                    continue;
                }
                Block header = block.repeatedHeader();
                if (header != null) {
                    page.add(new Placed(header, y));
                    y -= header.height();
                }
            }
            page.add(new Placed(block, y));
            y -= block.height();
        }
        return pages;
    }
}
