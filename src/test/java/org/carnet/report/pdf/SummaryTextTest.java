package org.carnet.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.carnet.guidance.Fact;
import org.carnet.guidance.Finding;
import org.carnet.guidance.Severity;
import org.carnet.report.ReportData;
import org.carnet.report.ReportData.Palpitations;
import org.carnet.report.ReportData.SymptomRow;
import org.carnet.tracking.Direction;
import org.carnet.tracking.Symptom;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;

/**
 * What the printed summary says, read back with PDFBox's own text stripper: findings keep their worst day and their
 * figures, the change column speaks in words, each "—" has its reason, counts are told as they combine, and the text
 * layer is the text as typed.
 */
class SummaryTextTest {
    private static final Messages ENGLISH = new Messages(Language.ENGLISH);
    private static final Messages FRENCH = new Messages(Language.FRENCH);
    private static final LocalDate DAY_A = SummaryPdfTest.START.plusDays(4);
    private static final LocalDate DAY_B = SummaryPdfTest.START.plusDays(11);

    /** The text layer exactly as a reader's search or copy gets it (no space folding). */
    private static String raw(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * Every glyph's text as the PDF maps it (its ToUnicode entry), before the stripper's own clean-up: PDFBox folds
     * ligatures back to letters when it writes words, but a viewer's search, copy or a screen reader does not.
     */
    private static String glyphs(byte[] pdf) throws IOException {
        StringBuilder out = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                positions.forEach(p -> out.append(p.getUnicode()));
                out.append(' ');
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return out.toString();
    }

    private static String text(byte[] pdf) throws IOException {
        return SummaryPdfTest.text(pdf);
    }

    private static ReportData with(List<Finding> findings) {
        ReportData t = SummaryPdfTest.typical();
        return new ReportData(t.header(), t.redFlags(), t.protocol(), t.symptoms(), t.chart(), t.palpitations(),
                t.supplements(), t.medications(), findings, t.toDiscuss());
    }

    private static ReportData withRows(List<SymptomRow> rows) {
        ReportData t = SummaryPdfTest.typical();
        return new ReportData(t.header(), t.redFlags(), t.protocol(), rows, t.chart(), t.palpitations(),
                t.supplements(), t.medications(), t.findings(), t.toDiscuss());
    }

    private static ReportData withPalpitations(Palpitations palpitations) {
        ReportData t = SummaryPdfTest.typical();
        return new ReportData(t.header(), t.redFlags(), t.protocol(), t.symptoms(), t.chart(), palpitations,
                t.supplements(), t.medications(), t.findings(), t.toDiscuss());
    }

    private static Finding ceiling(LocalDate day, double mg) {
        return new Finding("MG_SUPPLEMENT_CEILING", Severity.WARNING, day, Fact.MG_SUPPLEMENT_CEILING_250,
                List.of(mg, 250.0));
    }

    private static Finding spacing(LocalDate day, long minutes) {
        return new Finding("MG_SPACING", minutes < 120 ? Severity.WARNING : Severity.CAUTION, day,
                Fact.MG_SPACING_2_4H, List.of("Levothyrox 75", "Magnésium bisglycinate 150", minutes, 2L, 4L));
    }

    @Test
    void aFindingOverSeveralDaysShowsItsWorstDayNotItsLatest() throws IOException {
        // 400 mg on the first day, 260 mg a week later; 60 min from levothyroxine first, 180 min later.
        byte[] pdf = SummaryPdf.write(with(List.of(ceiling(DAY_A, 400), ceiling(DAY_B, 260), spacing(DAY_A, 60),
                spacing(DAY_B, 180))), ENGLISH);
        String text = text(pdf);

        assertThat(text).contains("400 mg").doesNotContain("260 mg").contains("60 min").doesNotContain("180 min");
        // The spacing finding stays a warning (the < 2 h day), marked as such.
        assertThat(text).contains("⚠ Magnesium close to a medication");
        // It speaks of the period, with the worst day's date and how many days.
        assertThat(text).doesNotContain("this day").contains(ENGLISH.shortDate(DAY_A))
                .contains("2 days");
    }

    @Test
    void aFindingOverSeveralDaysSpeaksOfThePeriodInFrenchToo() throws IOException {
        String text = text(SummaryPdf.write(with(List.of(ceiling(DAY_A, 400), ceiling(DAY_B, 260))), FRENCH));

        assertThat(text).contains("400 mg").doesNotContain("260 mg").doesNotContain("ce jour")
                .contains(FRENCH.shortDate(DAY_A));
    }

    @Test
    void everyFindingKeepsItsFigureAndThresholdWhenSeveralKindsShareThePeriod() throws IOException {
        List<Finding> findings = new ArrayList<>(SummaryPdfTest.typical().findings());
        findings.add(ceiling(DAY_A, 300));
        findings.add(new Finding("CALCIUM_WITHOUT_K2", Severity.CAUTION, DAY_A, Fact.K2_WITH_CALCIUM,
                List.of(500.0, 400, 800)));
        findings.add(new Finding("CALCIUM_UPPER_LEVEL", Severity.WARNING, DAY_B, Fact.CA_UPPER_2500,
                List.of(2730.0, 2500.0)));
        findings.add(new Finding("VITD_UPPER_LEVEL", Severity.WARNING, DAY_B, Fact.VITD_UPPER_100,
                List.of(125.0, 100.0, 4000.0)));
        findings.add(new Finding("MG_MORNING_ONLY", Severity.INFO, DAY_B, Fact.MG_TIMING_EVENING,
                List.of("08:30", "12:00")));
        for (Messages messages : List.of(ENGLISH, FRENCH)) {
            byte[] pdf = SummaryPdf.write(with(findings), messages);
            String text = text(pdf);
            String thousandsOf = messages == ENGLISH ? "2,730" : "2 730";
            // Warnings and cautions keep their figures and thresholds in every layout.
            assertThat(text).as(messages.locale().toString())
                    .contains("300 mg").contains("250 mg/")
                    .contains("500 mg").contains("400 mg")
                    .contains(thousandsOf + " mg").contains(messages == ENGLISH ? "2,500 mg/" : "2 500 mg/")
                    .contains("125 µg").contains("100 µg")
                    .contains("75 min");
            // The sources' advice (INFO, here "magnesium in the morning only") keeps its figures on two pages; on
            // one page at the tightest it is its title, days and source in the advice paragraph (details in Carnet).
            if (SummaryPdfTest.pages(pdf) > 1) {
                assertThat(text).as(messages.locale().toString()).contains("08:30").contains("12:00");
            } else {
                assertThat(text).as(messages.locale().toString())
                        .contains(messages.get("report.pdf.findings.advice"))
                        .contains(messages.get("guidance.title.MG_MORNING_ONLY"));
            }
            assertThat(SummaryPdfTest.outsideMargins(pdf)).isEmpty();
        }
    }

    @Test
    void eightWeeksStayOnOnePageInBothLanguages() throws IOException {
        for (Messages messages : List.of(ENGLISH, FRENCH)) {
            assertThat(SummaryPdfTest.pages(SummaryPdf.write(SummaryPdfTest.typical(), messages)))
                    .as(messages.locale().toString()).isEqualTo(1);
        }
    }

    @Test
    void theChangeColumnSaysBetterWorseOrNoClearChangeInWords() throws IOException {
        String english = text(SummaryPdf.write(SummaryPdfTest.typical(), ENGLISH));
        // Cramps fell by 76 %: better. Sleep quality rose by 50 %: better too (higher is better). No change: 0 %.
        assertThat(english).contains("4.6 1.1 −76% better").contains("2.6 3.9 +50% better")
                .contains("0.1 0.1 0% no clear change").contains("5.5 5.0 −9% no clear change");
        String french = text(SummaryPdf.write(SummaryPdfTest.typical(), FRENCH));
        assertThat(french).contains("4,6 1,1 −76 % mieux").contains("2,6 3,9 +50 % mieux")
                .contains("0 % pas de changement net");
    }

    @Test
    void aWorseningIsSaidWorse() throws IOException {
        List<SymptomRow> rows = List.of(new SymptomRow(Symptom.FATIGUE, 60, 55, 5.2, 9.0, 3.0, 6.0, 100.0, Direction.WORSE),
                new SymptomRow(Symptom.SLEEP_QUALITY, 60, 30, 3.0, 1.0, 4.0, 2.0, -50.0, Direction.WORSE));
        String text = text(SummaryPdf.write(withRows(rows), ENGLISH));
        assertThat(text).contains("3.0 6.0 +100% worse").contains("4.0 2.0 −50% worse");
    }

    @Test
    void aZeroBaselineHasItsOwnMarkAndLegendApartFromTooFewDays() throws IOException {
        // 35 days recorded, no cramp at all before the start: no percentage can be computed, but it is not "too few days".
        List<SymptomRow> rows = List.of(new SymptomRow(Symptom.CRAMP_EPISODES, 35, 10, 0.6, 3.0, 0.0, 1.4, null),
                new SymptomRow(Symptom.TWITCHING, 3, 1, 0.5, 2.0, null, null, null));
        for (Messages messages : List.of(ENGLISH, FRENCH)) {
            String text = text(SummaryPdf.write(withRows(rows), messages));
            String zero = messages == ENGLISH ? "0.0 1.4" : "0,0 1,4";
            int row = text.indexOf(zero);
            assertThat(row).as("the zero-baseline row").isPositive();
            String cell = text.substring(row + zero.length(), row + zero.length() + 4).strip();
            assertThat(cell).as("change cell of a zero baseline").doesNotStartWith("—").startsWith("*");
            assertThat(text).contains(messages == ENGLISH ? "— — —" : "— — —");
            // Each mark is explained in the legend.
            assertThat(text).contains(messages == ENGLISH ? "—: too few days recorded" : "— : trop peu de jours notés")
                    .contains(messages == ENGLISH ? "*: nothing before the start" : "* : rien avant le début");
        }
    }

    @Test
    void palpitationsRecordedOnMoreDaysThanEpisodesDoNotContradictEachOther() throws IOException {
        // One episode logged in detail; palpitations counted in the check-ins of two days (3 in all).
        Palpitations palpitations = new Palpitations(1, 2, 3, java.time.LocalTime.of(22, 0), 5, 1, 0, Map.of());
        String text = text(SummaryPdf.write(withPalpitations(palpitations), ENGLISH));
        assertThat(text).doesNotContain("1 episode on 2 days")
                .contains("Palpitations: recorded on 2 days").contains("1 episode logged in detail");
        // And the legend says how a day's count and its episodes combine.
        assertThat(text).contains("the higher of the number in the check-in and the episodes logged");
    }

    @Test
    void theTextLayerHasNoLigatureCodePointAndFindsFlagAsTyped() throws IOException {
        for (Messages messages : List.of(ENGLISH, FRENCH)) {
            for (ReportData data : List.of(SummaryPdfTest.typical(), SummaryPdfTest.heavy(), SummaryPdfTest.quiet())) {
                String raw = glyphs(SummaryPdf.write(data, messages));
                List<String> ligatures = raw.codePoints().filter(cp -> cp >= 0xFB00 && cp <= 0xFB06)
                        .mapToObj(cp -> String.format("U+%04X", cp)).distinct().toList();
                assertThat(ligatures).as(messages.locale() + " ligature code points").isEmpty();
            }
        }
        String english = glyphs(SummaryPdf.write(SummaryPdfTest.typical(), ENGLISH));
        assertThat(english).contains("flag raised").contains("affected").contains("caffeine");
    }

    @Test
    void frenchPercentagesHaveANarrowNoBreakSpaceAndEnglishNone() throws IOException {
        String french = raw(SummaryPdf.write(SummaryPdfTest.typical(), FRENCH));
        assertThat(french).contains("−76\u202F%").contains("+50\u202F%").contains("86\u202F%")
                .doesNotContain(" %").doesNotContain("\u00A0%");
        String english = raw(SummaryPdf.write(SummaryPdfTest.typical(), ENGLISH));
        assertThat(english).contains("−76%").contains("86%").doesNotContain(" %");
        // Thousands are grouped the same way everywhere in a language.
        assertThat(french).contains("1\u202F000 UI");
        assertThat(english).contains("1,000 IU");
    }
}
