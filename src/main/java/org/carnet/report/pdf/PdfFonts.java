package org.carnet.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The summary's two faces, DejaVu Sans and DejaVu Sans Bold (free licence, assets/fonts), embedded as subsets so the
 * text is real, selectable and covers French, µ, ≥ and « ». The chart measures its text and draws its rotated axis
 * label from the regular face's own tables (no AWT font).
 */
final class PdfFonts {
    static final String DIRECTORY = "/org/carnet/report/fonts/";
    static final String REGULAR_FILE = "DejaVuSans.ttf";
    static final String BOLD_FILE = "DejaVuSans-Bold.ttf";

    private static volatile byte[] regularBytes;
    private static volatile byte[] boldBytes;
    /** The next summary's document with both faces, made by {@link #warmUp()}, or null. */
    private static final AtomicReference<CompletableFuture<Prepared>> PREPARED = new AtomicReference<>();
    private static final AtomicInteger PARSES = new AtomicInteger();

    private final PDFont regular;
    private final PDFont bold;
    /** The regular face's tables (metrics, outlines), for the chart; the document closes it when it is saved. */
    private final TrueTypeFont regularFace;
    private final Map<PDFont, Map<Integer, Boolean>> coverage = new HashMap<>();
    /** Each character's advance per face, in 1/1000 em, as {@link PDFont#getStringWidth} adds them up. */
    private final Map<PDFont, Map<Integer, Float>> advances = new HashMap<>();

    private PdfFonts(PDFont regular, PDFont bold, TrueTypeFont regularFace) {
        this.regular = regular;
        this.bold = bold;
        this.regularFace = regularFace;
    }

    /**
     * Makes the next summary's document and loads both faces into it (read, parsed for PDFBox, made its fonts), for
     * the next {@link #takePrepared} to use: the command line does it on a second core while its first thread opens
     * the journal and reads the report's data. PDFBox's own first document (its static initialiser converts a
     * one-pixel image to warm its colour spaces up, and loads AWT's image classes for it) and the faces' loading into
     * a document were the first thread's before. A parsed font serves one document only (the document closes it), so
     * a second warm-up before a summary took the first does nothing.
     */
    static void warmUp() throws IOException {
        CompletableFuture<Prepared> next = new CompletableFuture<>();
        if (PREPARED.compareAndSet(null, next)) {
            PDDocument document = null;
            try {
                document = new PDDocument();
                next.complete(new Prepared(document, load(document)));
            } catch (IOException | RuntimeException e) {
                next.completeExceptionally(e);
                if (document != null) {
                    document.close();
                }
                throw e;
            }
        }
    }

    /** A document with both faces loaded, made ahead by {@link #warmUp}. */
    record Prepared(PDDocument document, PdfFonts fonts) {
    }

    /** Loads both faces into the document (embedded, subset on save). */
    static PdfFonts load(PDDocument document) throws IOException {
        TrueTypeFont regularFace = parse(regularBytes());
        TrueTypeFont boldFace = parse(boldBytes());
        return new PdfFonts(face(document, regularFace), face(document, boldFace), regularFace);
    }

    /**
     * The document a warm-up made (waiting for it if it is still at it), or null if there is none or it failed (the
     * caller then makes its own and meets the failure itself).
     */
    static Prepared takePrepared() {
        CompletableFuture<Prepared> prepared = PREPARED.getAndSet(null);
        if (prepared == null) {
            return null;
        }
        try {
            return prepared.join();
        } catch (CompletionException | CancellationException e) {
            return null;
        }
    }

    /** How many times a face was parsed for PDFBox in this JVM (for tests). */
    static int parses() {
        return PARSES.get();
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        PARSES.incrementAndGet();
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    /**
     * One face, with the font's glyph substitutions (GSUB) off. PDFBox 3 applies DejaVu's "liga" feature when it
     * writes text: "fl" becomes the glyph of U+FB02, which the text layer then maps back to that ligature code point,
     * so searching or copying "flag" fails and screen readers stumble. Without substitutions every character is its
     * own glyph; DejaVu Sans has no shaping that French or English need.
     */
    private static PDFont face(PDDocument document, TrueTypeFont font) throws IOException {
        font.setEnableGsub(false);
        // The document closes the font when it is saved (embedSubset = true).
        return PDType0Font.load(document, font, true);
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    /** The regular face's tables, while the document is open. */
    TrueTypeFont regularFace() {
        return regularFace;
    }

    /**
     * The text with every character the font cannot draw replaced (a space-like one by a space, anything else by
     * "?"), and tabs and line breaks made spaces, so that measuring and writing never fail on a product name.
     */
    String printable(String text, PDFont font) {
        Map<Integer, Boolean> known = coverage.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canEncode(font, c))) {
                out.appendCodePoint(cp);
            } else if (Character.isSpaceChar(cp)) {
                out.append(known.computeIfAbsent(0xA0, c -> canEncode(font, c)) ? '\u00A0' : ' ');
            } else if (!Character.isISOControl(cp)) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /**
     * The width of printable text ({@link #printable}) in 1/1000 em: the same float as
     * {@code font.getStringWidth(text)}, which encodes the whole text and adds the width of each code, one per
     * character here (two-byte glyph codes), in order from 0. Each character's width is asked of PDFBox once per face;
     * measuring is most of the summary's layout, tried in several modes, and PDFBox's encoding and decoding of every
     * string measured was most of that on a cold JVM.
     */
    float stringWidth(String text, PDFont font) throws IOException {
        Map<Integer, Float> known = advances.get(font);
        if (known == null) {
            known = new HashMap<>();
            advances.put(font, known);
        }
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Float advance = known.get(cp);
            if (advance == null) {
                advance = font.getStringWidth(new String(Character.toChars(cp)));
                known.put(cp, advance);
            }
            width += advance;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] regularBytes() {
        byte[] bytes = regularBytes;
        if (bytes == null) {
            bytes = read(REGULAR_FILE);
            regularBytes = bytes;
        }
        return bytes;
    }

    private static byte[] boldBytes() {
        byte[] bytes = boldBytes;
        if (bytes == null) {
            bytes = read(BOLD_FILE);
            boldBytes = bytes;
        }
        return bytes;
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + DIRECTORY + file + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
