package org.carnet.report.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * An RGB colour for the summary's content streams. The summary does not use {@code java.awt.Color}: loading it starts
 * AWT's native library, which a command-line {@code report} otherwise never needs.
 */
record PdfColor(float red, float green, float blue) {
    static final PdfColor BLACK = of(0, 0, 0);
    static final PdfColor WHITE = of(0xFF, 0xFF, 0xFF);

    static PdfColor of(int red, int green, int blue) {
        return new PdfColor(red / 255f, green / 255f, blue / 255f);
    }

    /** Sets this colour for filling and text. */
    void fill(PDPageContentStream stream) throws IOException {
        stream.setNonStrokingColor(red, green, blue);
    }

    /** Sets this colour for lines. */
    void stroke(PDPageContentStream stream) throws IOException {
        stream.setStrokingColor(red, green, blue);
    }
}
