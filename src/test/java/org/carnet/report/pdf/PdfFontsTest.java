package org.carnet.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The command line's warm-up makes the summary's document with the two faces parsed once; they are not parsed twice. */
class PdfFontsTest {

    @Test
    void theSummaryAfterAWarmUpUsesTheFacesTheWarmUpParsed() throws Exception {
        int before = PdfFonts.parses();
        PdfFonts.warmUp();
        PdfFonts.warmUp();  // a second one before a summary took the first does nothing
        PdfFonts.Prepared prepared = PdfFonts.takePrepared();
        assertThat(prepared).isNotNull();
        try (PDDocument document = prepared.document()) {
            PdfFonts fonts = prepared.fonts();
            assertThat(fonts.printable("Magnésium ≥ 300 µg « flag »", fonts.regular()))
                    .isEqualTo("Magnésium ≥ 300 µg « flag »");
        }
        assertThat(PdfFonts.parses() - before).isEqualTo(2);
        assertThat(PdfFonts.takePrepared()).as("taken once").isNull();

        // The warm-up's faces served one document (which closed them): the next parses its own.
        try (PDDocument document = new PDDocument()) {
            PdfFonts.load(document);
        }
        assertThat(PdfFonts.parses() - before).isEqualTo(4);
    }

    @Test
    void aWidthIsTheOnePdfBoxGivesForTheWholeText() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            for (org.apache.pdfbox.pdmodel.font.PDFont font : java.util.List.of(fonts.regular(), fonts.bold())) {
                for (String text : java.util.List.of("", "Magnésium ≥ 300 µg « flag »", "Vitamine D3 (cholécalciférol)",
                        "25-OH D: 75 nmol/L — 2026-03-14", "\u00A0x ? 😀", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")) {
                    String printable = fonts.printable(text, font);
                    // Twice: the second from what the first learnt.
                    assertThat(fonts.stringWidth(printable, font)).isEqualTo(font.getStringWidth(printable));
                    assertThat(fonts.stringWidth(printable, font)).isEqualTo(font.getStringWidth(printable));
                }
            }
        }
    }
}
