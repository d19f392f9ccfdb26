package org.carnet.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.carnet.guidance.Fact;
import org.carnet.guidance.Finding;
import org.carnet.guidance.Severity;
import org.carnet.intake.FoodTable;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.MedicationClass;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Trigger;
import org.carnet.report.ReportData;
import org.carnet.report.ReportData.ChartSeries;
import org.carnet.report.ReportData.Header;
import org.carnet.report.ReportData.MedicationLine;
import org.carnet.report.ReportData.Palpitations;
import org.carnet.report.ReportData.ProtocolLine;
import org.carnet.report.ReportData.RedFlagDay;
import org.carnet.report.ReportData.SupplementLine;
import org.carnet.report.ReportData.SymptomRow;
import org.carnet.report.ReportData.TestToDiscuss;
import org.carnet.tracking.Direction;
import org.carnet.tracking.Symptom;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The printed summary, written from hand-built data and read back: words, pages, margins, fonts, a picture. */
class SummaryPdfTest {
    static final Path OUT = Path.of("target", "report");
    static final LocalDate BASELINE_FROM = LocalDate.of(2026, 1, 20);
    static final LocalDate START = LocalDate.of(2026, 2, 3);
    static final LocalDate TO = START.plusDays(55);
    static final LocalDate PRINTED = TO.plusDays(1);

    static Messages english;
    static Messages french;

    @BeforeAll
    static void messages() throws IOException {
        english = new Messages(Language.ENGLISH);
        french = new Messages(Language.FRENCH);
        Files.createDirectories(OUT);
    }

    // ------------------------------------------------------------------ data

    /** 8 weeks of a protocol after 2 weeks of baseline, as a typical journal gives it. */
    static ReportData typical() {
        return new ReportData(
                new Header("Jeanne Martin", 1968, BASELINE_FROM, TO, PRINTED),
                List.of(new RedFlagDay(LocalDate.of(2026, 3, 12), Set.of(RedFlag.CHEST_PAIN), true)),
                new ProtocolLine("Magnésium le soir ≥ 300 mg", START, 56, 86, true, true),
                symptomRows(List.of(Symptom.CRAMP_EPISODES, Symptom.CRAMP_SEVERITY, Symptom.SLEEP_QUALITY,
                        Symptom.PALPITATIONS, Symptom.FATIGUE, Symptom.TWITCHING)),
                chart(List.of(Symptom.CRAMP_SEVERITY, Symptom.SLEEP_QUALITY, Symptom.PALPITATIONS, Symptom.FATIGUE)),
                new Palpitations(6, 5, 8, LocalTime.of(22, 30), 5, 4, 2, Map.of(Trigger.CAFFEINE, 3, Trigger.STRESS, 2)),
                List.of(new SupplementLine("Magnésium bisglycinate 150", MagnesiumForm.BISGLYCINATE, 150.0, null, null,
                                null, LocalTime.of(21, 0), START, 52, 70),
                        new SupplementLine("Vitamine D3 1000 UI", null, null, 25.0, null, null, LocalTime.of(8, 0),
                                BASELINE_FROM, 68, 70),
                        new SupplementLine("K2 MK-7 75 µg", null, null, null, 75.0, null, LocalTime.of(12, 30),
                                START.plusDays(10), 40, 70)),
                List.of(new MedicationLine("Levothyrox 75", MedicationClass.LEVOTHYROXINE, LocalTime.of(7, 0),
                        BASELINE_FROM, 70)),
                List.of(new Finding("MG_SPACING", Severity.CAUTION, START.plusDays(3), Fact.MG_SPACING_2_4H,
                                List.of("Levothyrox 75", "Magnésium bisglycinate 150", 90L, 2L, 4L)),
                        new Finding("MG_SPACING", Severity.CAUTION, START.plusDays(9), Fact.MG_SPACING_2_4H,
                                List.of("Levothyrox 75", "Magnésium bisglycinate 150", 75L, 2L, 4L)),
                        new Finding("VITD_WITHOUT_MG", Severity.INFO, BASELINE_FROM.plusDays(2),
                                Fact.VITD_NEEDS_MG, List.of(25.0, 10)),
                        new Finding("TRACKING_RED_FLAG", Severity.WARNING, LocalDate.of(2026, 3, 12),
                                Fact.SEE_PRO_RED_FLAGS, List.of(38, 1, 1, List.of(RedFlag.CHEST_PAIN))),
                        new Finding("TRACKING_PERSISTING_4W", Severity.WARNING, TO, Fact.PERSISTENCE_3_4W,
                                List.of(56, 2, 30, List.of(Symptom.FATIGUE, Symptom.PALPITATIONS)))),
                List.of(TestToDiscuss.values()));
    }

    /** Nothing alarming, no protocol, little logged. */
    static ReportData quiet() {
        return new ReportData(
                new Header(null, null, TO.minusDays(27), TO, PRINTED),
                List.of(),
                null,
                symptomRows(List.of(Symptom.CRAMP_EPISODES)),
                new ChartSeries(days(TO.minusDays(27), TO), Map.of(Symptom.CRAMP_EPISODES,
                        series(28, 1, 0)), null, null, null, null),
                new Palpitations(0, 0, 0, null, null, 0, 0, Map.of()),
                List.of(), List.of(), List.of(), List.of());
    }

    /** Everything at once: many warning days, products, medications and findings of every rule on many days. */
    static ReportData heavy() {
        List<RedFlagDay> flags = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            flags.add(new RedFlagDay(START.plusDays(3 + i * 5L),
                    i % 3 == 0 ? Set.of(RedFlag.CHEST_PAIN, RedFlag.FAINTING, RedFlag.BREATHLESSNESS)
                            : Set.of(RedFlag.BREATHLESSNESS), i % 2 == 0));
        }
        List<SupplementLine> supplements = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            supplements.add(new SupplementLine("Complexe magnésium marin + vitamines B6 et D3, gélule n° " + (i + 1),
                    MagnesiumForm.values()[i % MagnesiumForm.values().length], 100.0 + i, 5.0 * i, 25.0, 120.0,
                    LocalTime.of(8 + i, 15), START.plusDays(i), 30 + i, 70));
        }
        List<MedicationLine> medications = new ArrayList<>();
        for (MedicationClass type : MedicationClass.values()) {
            medications.add(new MedicationLine("Médicament " + type.name().toLowerCase(), type, LocalTime.of(7, 0),
                    BASELINE_FROM, 60));
        }
        List<Finding> findings = new ArrayList<>();
        String[] rules = {"MG_SUPPLEMENT_CEILING", "MG_SPACING", "MG_OXIDE_DIARRHOEA", "CALCIUM_WITHOUT_K2",
            "CALCIUM_UPPER_LEVEL", "VITD_WITHOUT_MG", "VITD_UPPER_LEVEL", "MG_MORNING_ONLY",
            "PROFILE_SEE_PROFESSIONAL", "TRACKING_PERSISTING_3W", "TRACKING_PERSISTING_4W",
            "TRACKING_PERSISTING_LOW_ADHERENCE", "TRACKING_NO_BASELINE", "TRACKING_NOT_ENOUGH_DATA"};
        for (String rule : rules) {
            for (int day = 0; day < 56; day += 3) {
                findings.add(new Finding(rule, Severity.values()[day % 3], START.plusDays(day), Fact.MG_FORMS,
                        heavyArgs(rule, day)));
            }
        }
        return new ReportData(
                new Header("Marie-Christine de La Tour-d’Auvergne-Lauraguais", 1951, BASELINE_FROM, TO, PRINTED),
                flags,
                new ProtocolLine("Magnésium bisglycinate le soir, vitamine D3 le midi avec un repas gras, K2 MK-7",
                        START, 56, null, false, false),
                symptomRows(List.of(Symptom.values())),
                chart(List.of(Symptom.values())),
                new Palpitations(40, 31, 52, LocalTime.of(23, 5), 12, 25, 15,
                        Map.of(Trigger.CAFFEINE, 10, Trigger.ALCOHOL, 4, Trigger.EXERTION, 7, Trigger.STRESS, 12,
                                Trigger.OTHER, 1)),
                supplements, medications, findings, List.of(TestToDiscuss.values()));
    }

    /** Arguments of the shape each rule gives (names, amounts, limits), varying with the day. */
    private static List<Object> heavyArgs(String rule, int day) {
        return switch (rule) {
            case "MG_SPACING" -> List.of("Levothyrox 75", "Complexe magnésium marin", 30L + day, 2L, 4L);
            case "MG_OXIDE_DIARRHOEA" -> List.of("Magnésium oxyde 300");
            case "MG_MORNING_ONLY" -> List.of("08:15", "12:00");
            case "CALCIUM_WITHOUT_K2" -> List.of(500.0 + day, 400, 800);
            case "VITD_UPPER_LEVEL" -> List.of(110.0 + day, 100.0, 4000.0);
            case "PROFILE_SEE_PROFESSIONAL" -> List.of(2, List.of());
            default -> List.of(260.5 + day, 250, 2, 45, 3, 6, List.of());
        };
    }

    static List<SymptomRow> symptomRows(List<Symptom> symptoms) {
        List<SymptomRow> rows = new ArrayList<>();
        for (Symptom symptom : symptoms) {
            switch (symptom) {
                case CRAMP_EPISODES -> rows.add(new SymptomRow(symptom, 66, 31, 0.7, 3.0, 1.4, 0.3, -78.6, Direction.BETTER));
                case CRAMP_SEVERITY -> rows.add(new SymptomRow(symptom, 66, 31, 2.3, 8.0, 4.6, 1.1, -76.1, Direction.BETTER));
                case SLEEP_QUALITY -> rows.add(new SymptomRow(symptom, 64, 22, 3.4, 1.0, 2.6, 3.9, 50.0, Direction.BETTER));
                case PALPITATIONS -> rows.add(new SymptomRow(symptom, 66, 5, 0.1, 2.0, 0.1, 0.1, 0.0, Direction.NO_CLEAR_CHANGE));
                case FATIGUE -> rows.add(new SymptomRow(symptom, 60, 55, 5.2, 9.0, 5.5, 5.0, -9.1, Direction.NO_CLEAR_CHANGE));
                case TWITCHING -> rows.add(new SymptomRow(symptom, 12, 3, 0.5, 4.0, null, null, null));
                case IRRITABILITY -> rows.add(new SymptomRow(symptom, 58, 20, 1.5, 6.0, 2.0, 1.2, -40.0, Direction.BETTER));
            }
        }
        return rows;
    }

    static ChartSeries chart(List<Symptom> symptoms) {
        List<LocalDate> days = days(BASELINE_FROM, TO);
        Map<Symptom, List<Double>> values = new EnumMap<>(Symptom.class);
        int seed = 1;
        for (Symptom symptom : symptoms) {
            double top = symptom == Symptom.SLEEP_QUALITY ? 2.5 : symptom == Symptom.CRAMP_EPISODES ? 2 : 6;
            double bottom = symptom == Symptom.SLEEP_QUALITY ? 4 : symptom == Symptom.CRAMP_EPISODES ? 0.3 : 1.5;
            values.put(symptom, series(days.size(), top, bottom, seed++));
        }
        return new ChartSeries(days, values, START, BASELINE_FROM, START.plusDays(20), START.plusDays(55));
    }

    static List<Double> series(int count, double from, double to) {
        return series(count, from, to, 1);
    }

    /** A trend from {@code from} to {@code to} with some noise and an unlogged day now and then. */
    static List<Double> series(int count, double from, double to, int seed) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if ((i * 7 + seed * 3) % 11 == 0) {
                values.add(null);
                continue;
            }
            double trend = from + (to - from) * i / Math.max(1, count - 1);
            double noise = ((i * 37 + seed * 13) % 7 - 3) * 0.25;
            values.add((double) Math.max(0, Math.round((trend + noise) * 2) / 2.0));
        }
        return values;
    }

    static List<LocalDate> days(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    // ------------------------------------------------------------------ reading back

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Lines wrap at spaces: joining them gives back the sentences.
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Every glyph that lies outside the 15 mm margins, with its page and position. */
    static List<String> outsideMargins(byte[] pdf) throws IOException {
        List<String> outside = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                float tolerance = 0.5f;
                for (TextPosition glyph : positions) {
                    if (glyph.getUnicode().isBlank()) {
                        // A space draws no ink; lines keep the space their break replaced, for text extraction.
                        continue;
                    }
                    float left = glyph.getXDirAdj();
                    float right = left + glyph.getWidthDirAdj();
                    float baseline = glyph.getYDirAdj();
                    float top = baseline - glyph.getHeightDir();
                    float width = glyph.getPageWidth();
                    float height = glyph.getPageHeight();
                    if (left < PdfLayout.MARGIN - tolerance || right > width - PdfLayout.MARGIN + tolerance
                            || top < PdfLayout.MARGIN - tolerance || baseline > height - PdfLayout.MARGIN + tolerance) {
                        outside.add("page " + getCurrentPageNo() + " '" + glyph.getUnicode() + "' at x " + left + "–"
                                + right + ", y " + top + "–" + baseline + " in «" + text + "»");
                    }
                }
                super.writeString(text, positions);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return outside;
    }

    /** Every font on every page and in the chart's form, with whether it is embedded. */
    static List<PDFont> fonts(byte[] pdf, List<String> names) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, names);
            }
        }
        return fonts;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, List<String> names)
            throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font);
            names.add(font.getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, names);
            }
        }
    }

    static void png(byte[] pdf, int page, String file) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 100, ImageType.RGB);
            ImageIO.write(image, "png", OUT.resolve(file).toFile());
        }
    }

    // ------------------------------------------------------------------ tests

    @Test
    void englishSummaryOfEightWeeksFitsOnePageWithEverySectionInOrder() throws IOException {
        byte[] pdf = SummaryPdf.write(typical(), english);
        Files.write(OUT.resolve("summary.pdf"), pdf);
        png(pdf, 0, "summary-page1.png");
        String text = text(pdf);

        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(text).doesNotContain("!report").doesNotContain("!symptom").doesNotContain("!guidance");
        // 1. header
        assertThat(text).contains("Carnet — self-reported journal, not a diagnosis")
                .contains("Jeanne Martin, born 1968")
                .contains("Period: 20/01/2026 to 30/03/2026 (70 days)")
                .contains("Printed on 31/03/2026");
        // 2. red flags, framed
        assertThat(text).contains("Warning signs logged").contains("12/03/2026: Chest pain, with palpitations")
                .contains("Source: Topvitamine").doesNotContain("No warning sign");
        // 3. protocol
        assertThat(text).contains("Protocol: “Magnésium le soir ≥ 300 mg” since 03/02/2026, day 56")
                .contains("plan logged as taken on 86% of the days")
                .contains("persistence flag raised after 4 weeks");
        // 4. symptoms
        assertThat(text).contains("Days recorded").contains("Days affected").contains("Before start")
                .contains("Last 7 days").contains("Change")
                .contains("Cramp severity (0–10) 66 31 2.3 8 4.6 1.1 −76%")
                .contains("Sleep quality (1–5) 64 22 3.4 1 2.6 3.9 +50%")
                .contains("Palpitations 66 5 0.1 2 0.1 0.1 0%")
                .contains("Twitching (0–10) 12 3 0.5 4 — — —");
        // 5. chart: legend and bands are real text
        assertThat(text).contains("Main symptoms over the period (7-day average)")
                .contains("Sleep quality (1–5), higher is better").contains("Fatigue (0–10)")
                .contains("Before (baseline)").contains("Weeks 1–3").contains("Weeks 4–8");
        // 6. palpitations
        assertThat(text).contains("Palpitations: recorded on 5 days (8 in all); 6 episodes logged in detail: typically "
                + "around 22:30; lasting about 5 min (median); rhythm: 4 regular, 2 irregular; triggers: caffeine (3), "
                + "stress (2).");
        // 7. supplements and medications
        assertThat(text).contains("Supplements and medications").contains("Magnésium bisglycinate 150")
                .contains("bisglycinate").contains("Mg 150 mg").contains("21:00").contains("52 / 70")
                .contains("vit. D 25 µg (1,000 IU)").contains("vit. K2 75 µg")
                .contains("Levothyrox 75").contains("levothyroxine").contains("medication").contains("70 / 70");
        // 8. findings: one line per rule, warnings first, with sources; the red flag is in the box, not here
        assertThat(text).contains("Magnesium close to a medication (2 days, 06/02/2026 to 12/02/2026)")
                .contains("Vitamin D without a magnesium supplement (22/01/2026)")
                .contains("Symptoms still present after 4 weeks: see a doctor")
                .contains(english.source(Fact.MG_SPACING_2_4H).replace('\u00A0', ' '))
                .contains(english.source(Fact.PERSISTENCE_3_4W).replace('\u00A0', ' '))
                .doesNotContain("Warning sign logged (");
        assertThat(text.indexOf("Symptoms still present after 4 weeks")).isLessThan(
                text.indexOf("Magnesium close to a medication"));
        // 9. to discuss
        assertThat(text).contains("To discuss")
                .contains("Red-cell (erythrocyte) magnesium: serum magnesium can be normal despite a deficit")
                .contains("Potassium and calcium").contains("An ECG").contains("CTX marker")
                .contains(english.source(Fact.TESTS_TO_DISCUSS)).contains(english.source(Fact.K2_CTX_MARKER));
        // 10. footer
        assertThat(text).contains("Sources: Topvitamine, « Les bienfaits principaux du magnésium pour votre santé » "
                        + "(25/12/2025)")
                .contains("CureCurious, « Le paradoxe du calcium")
                .contains("EFSA / EU Scientific Committee on Food, Tolerable upper intake levels")
                .contains(FoodTable.CREDIT).contains("page 1 / 1");

        // The sections come in the order of the page.
        List<String> order = List.of("Carnet — self-reported", "Warning signs logged", "Protocol:",
                "Symptoms over the period", "Main symptoms over the period", "Palpitations: recorded",
                "Supplements and medications", "What Carnet pointed out", "To discuss", "page 1 / 1");
        int previous = -1;
        for (String marker : order) {
            int at = text.indexOf(marker);
            assertThat(at).as(marker).isGreaterThan(previous);
            previous = at;
        }
    }

    @Test
    void frenchSummarySpeaksFrenchAndKeepsItsAccents() throws IOException {
        byte[] pdf = SummaryPdf.write(typical(), french);
        Files.write(OUT.resolve("summary-fr.pdf"), pdf);
        png(pdf, 0, "summary-page1-fr.png");
        String text = text(pdf);

        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(text).doesNotContain("!report")
                .contains("Carnet — journal tenu par le patient, pas un diagnostic")
                .contains("Jeanne Martin, né(e) en 1968")
                .contains("Période : du 20/01/2026 au 30/03/2026 (70 jours)")
                .contains("Signes d’alerte notés").contains("12/03/2026 : Douleur thoracique, avec palpitations")
                .contains("Protocole : « Magnésium le soir ≥ 300 mg » depuis le 03/02/2026, jour 56")
                .contains("plan noté comme pris 86 % des jours")
                .contains("Intensité des crampes (0–10) 66 31 2,3 8 4,6 1,1 −76 %")
                .contains("Qualité du sommeil (1–5), plus haut = mieux")
                .contains("Avant (référence)").contains("Semaines 1 à 3")
                .contains("Palpitations : notées sur 5 jours (8 en tout) ; 6 épisodes notés en détail : en général vers 22:30")
                .contains("rythme : 4 réguliers, 2 irréguliers ; facteurs déclenchants : caféine (3), stress (2).")
                .contains("vit. D 25 µg (1 000 UI)").contains("vit. K2 75 µg")
                .contains("Magnésium proche d’un médicament (2 jours, du 06/02/2026 au 12/02/2026)")
                .contains("Magnésium érythrocytaire : le magnésium sérique peut être normal malgré un déficit")
                .contains("Sources : Topvitamine").contains("Composition des aliments : Anses")
                .contains("page 1 / 1");
        // µ, ≥ and é come back out as they went in: real text in an embedded Unicode font.
        assertThat(text).contains("µg").contains("≥").contains("é").contains("«").contains("»");
    }

    @Test
    void withoutWarningSignsOrProtocolItSaysSo() throws IOException {
        for (Messages messages : List.of(english, french)) {
            byte[] pdf = SummaryPdf.write(quiet(), messages);
            png(pdf, 0, messages == english ? "summary-quiet-page1.png" : "summary-quiet-page1-fr.png");
            String text = text(pdf);
            assertThat(pages(pdf)).isEqualTo(1);
            assertThat(text).doesNotContain("!report");
            if (messages == english) {
                assertThat(text).contains("No warning sign (chest pain, fainting, unexplained breathlessness) was "
                                + "logged in this period.")
                        .contains("Protocol: no protocol recorded.")
                        .contains("Palpitations: none recorded in this period.")
                        .contains("No supplement or medication was logged in this period.")
                        .contains("Nothing was pointed out in this period.")
                        .contains("No test named in the sources applies to what was logged.")
                        .doesNotContain("Before (baseline)")
                        .doesNotContain(", born").contains("Period: 03/03/2026 to 30/03/2026 (28 days)")
                        .contains("page 1 / 1");
            } else {
                assertThat(text).contains("Aucun signe d’alerte").contains("Protocole : aucun protocole enregistré.")
                        .contains("Palpitations : aucune notée sur la période.");
            }
            assertThat(outsideMargins(pdf)).isEmpty();
        }
    }

    @Test
    void nothingLoggedAtAllStillMakesAPage() throws IOException {
        ReportData empty = new ReportData(new Header("", null, TO.minusDays(6), TO, PRINTED), List.of(), null,
                List.of(), new ChartSeries(List.of(), Map.of(), null, null, null, null),
                new Palpitations(0, 0, 0, null, null, 0, 0, Map.of()), List.of(), List.of(), List.of(), List.of());
        byte[] pdf = SummaryPdf.write(empty, english);
        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(text(pdf)).contains("No symptom was recorded in this period.")
                .contains("No symptom values to draw for this period.");
    }

    @Test
    void twoRecordedDaysSayWhyTheAveragesAreNotDrawnInsteadOfEmptyAxes() throws IOException {
        LocalDate from = LocalDate.of(2026, 11, 15);
        List<LocalDate> days = days(from, LocalDate.of(2026, 11, 30));
        List<Double> cramps = new ArrayList<>();
        days.forEach(day -> cramps.add(Map.of(20, 3.0, 21, 0.0).get(day.getDayOfMonth())));
        List<Double> fatigue = new ArrayList<>();
        days.forEach(day -> fatigue.add(Map.of(20, 6.0, 21, 2.0).get(day.getDayOfMonth())));
        ReportData twoDays = new ReportData(new Header("Stranger", 1980, from, days.get(days.size() - 1), PRINTED),
                List.of(), null, symptomRows(List.of(Symptom.CRAMP_EPISODES, Symptom.FATIGUE)),
                new ChartSeries(days, Map.of(Symptom.CRAMP_EPISODES, cramps, Symptom.FATIGUE, fatigue), null, null,
                        null, null),
                new Palpitations(0, 0, 0, null, null, 0, 0, Map.of()), List.of(), List.of(), List.of(), List.of());
        byte[] pdf = SummaryPdf.write(twoDays, english);
        png(pdf, 0, "summary-two-days-page1.png");
        assertThat(text(pdf)).contains("Not enough data to draw the 7-day averages: each point needs at least 3 "
                + "recorded days within 7, and this period has 2 recorded days, too few or too far apart.");
        // No chart drawn (the chart is the page's only form).
        assertThat(forms(pdf)).isZero();
        assertThat(text(SummaryPdf.write(twoDays, french))).contains("Pas assez de données pour tracer les moyennes "
                + "sur 7 jours : chaque point demande au moins 3 jours notés sur 7, et la période compte 2 jours notés");
        // Three recorded days in a row make points, then a line: the chart is drawn.
        cramps.set(7, 1.0);
        cramps.set(8, 1.0);
        byte[] drawn = SummaryPdf.write(twoDays, english);
        assertThat(text(drawn)).doesNotContain("Not enough data to draw");
        assertThat(forms(drawn)).isEqualTo(1);
    }

    private static int forms(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            int forms = 0;
            for (COSName name : resources.getXObjectNames()) {
                forms += resources.getXObject(name) instanceof PDFormXObject ? 1 : 0;
            }
            return forms;
        }
    }

    @Test
    void aHeavyPeriodTakesAtMostTwoPagesAndNothingLeavesTheMargins() throws IOException {
        for (Messages messages : List.of(english, french)) {
            byte[] pdf = SummaryPdf.write(heavy(), messages);
            int pages = pages(pdf);
            String suffix = messages == english ? "" : "-fr";
            Files.write(OUT.resolve("summary-heavy" + suffix + ".pdf"), pdf);
            for (int page = 0; page < pages; page++) {
                png(pdf, page, "summary-heavy" + suffix + "-page" + (page + 1) + ".png");
            }
            String text = text(pdf);
            assertThat(pages).isBetween(1, SummaryPdf.MAX_PAGES);
            assertThat(text).contains("page 1 / " + pages).contains("page " + pages + " / " + pages);
            assertThat(text).doesNotContain("!report");
            // The footer with its sources is on every page.
            assertThat(text.split(FoodTable.CREDIT, -1)).hasSize(pages + 1);
            assertThat(outsideMargins(pdf)).isEmpty();
        }
        String text = text(SummaryPdf.write(heavy(), english));
        assertThat(text).contains("Marie-Christine de La Tour-d’Auvergne-Lauraguais, born 1951")
                .contains("adherence not measured (nothing planned)").contains("persistence flag not raised.")
                .contains("Chest pain, fainting, unexplained breathlessness — 4 days: 06/02/2026 (with palpitations), "
                        + "21/02/2026, 08/03/2026 (with palpitations), 23/03/2026")
                .contains("Unexplained breathlessness — 6 days: 11/02/2026, 16/02/2026 (with palpitations)")
                .contains("Magnesium from supplements above the ceiling (19 days, 03/02/2026 to 29/03/2026)")
                .contains("To discuss").contains("CTX marker");
    }

    @Test
    void theWrittenSummaryCountsItsPagesAsTheFileHasThem() throws IOException {
        for (ReportData data : List.of(typical(), heavy())) {
            SummaryPdf.Written written = SummaryPdf.written(data, english);
            assertThat(written.pages()).isEqualTo(pages(written.pdf()));
        }
        assertThat(SummaryPdf.written(heavy(), english).pages()).isEqualTo(2);
    }

    @Test
    void aTableThatGoesOnToThePageAfterRepeatsItsHeader() throws IOException {
        byte[] pdf = SummaryPdf.write(heavy(), english);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(second).startsWith("Product Form / class Per unit (elemental)");
        }
    }

    @Test
    void aYearLongPeriodKeepsItsDateAxisReadable() throws IOException {
        ReportData data = typical();
        LocalDate from = TO.minusDays(364);
        ReportData year = new ReportData(new Header("Jeanne Martin", 1968, from, TO, PRINTED), data.redFlags(),
                data.protocol(), data.symptoms(),
                new ChartSeries(days(from, TO), Map.of(Symptom.FATIGUE, series(365, 6, 2, 1),
                        Symptom.SLEEP_QUALITY, series(365, 2, 4, 2)), START, START.minusDays(14),
                        START.plusDays(20), START.plusDays(55)),
                data.palpitations(), data.supplements(), data.medications(), data.findings(), data.toDiscuss());
        byte[] pdf = SummaryPdf.write(year, english);
        png(pdf, 0, "summary-year-page1.png");
        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(outsideMargins(pdf)).isEmpty();
        // At most a dozen dd/MM/yy ticks under the chart.
        long ticks = java.util.regex.Pattern.compile("(?<![/\\d])\\d\\d/\\d\\d/\\d\\d(?![/\\d])").matcher(text(pdf))
                .results().count();
        assertThat(ticks).isBetween(6L, 13L);
    }

    @Test
    void everyGlyphStaysWithinTheMargins() throws IOException {
        for (Messages messages : List.of(english, french)) {
            assertThat(outsideMargins(SummaryPdf.write(typical(), messages))).isEmpty();
        }
    }

    @Test
    void fontsAreEmbeddedDejaVuAndTheChartIsVector() throws IOException {
        byte[] pdf = SummaryPdf.write(typical(), french);
        List<String> names = new ArrayList<>();
        List<PDFont> fonts = fonts(pdf, names);
        assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded, "embedded");
        assertThat(names).allMatch(name -> name.contains("DejaVuSans"), "DejaVu");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<PDXObject> objects = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                objects.add(resources.getXObject(name));
            }
            // The chart is a form of paths and text, not a picture.
            assertThat(objects).hasSize(1).allMatch(o -> o instanceof PDFormXObject);
        }
    }

    @Test
    void aProductNameTheFontCannotDrawDoesNotBreakThePage() throws IOException {
        ReportData data = typical();
        ReportData odd = new ReportData(data.header(), data.redFlags(), data.protocol(), data.symptoms(),
                data.chart(), data.palpitations(),
                List.of(new SupplementLine("Magnesium 💊\tnight\u0007 漢字", MagnesiumForm.CITRATE, 100.0, null, null,
                        null, null, null, 3, 70)),
                data.medications(), data.findings(), data.toDiscuss());
        byte[] pdf = SummaryPdf.write(odd, english);
        assertThat(text(pdf)).contains("Magnesium ? night");
        assertThat(outsideMargins(pdf)).isEmpty();
    }

    @Test
    void writesEightWeeksQuickly() throws IOException {
        ReportData data = typical();
        for (int i = 0; i < 5; i++) {
            SummaryPdf.write(data, english);
        }
        int runs = 10;
        long start = System.nanoTime();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            size = SummaryPdf.write(data, english).length;
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("SummaryPdf: 8-week summary written in %.1f ms warm (%d bytes, %d days)%n", millis, size,
                ChronoUnit.DAYS.between(BASELINE_FROM, TO) + 1);
        assertThat(millis).isLessThan(2000);
    }
}
