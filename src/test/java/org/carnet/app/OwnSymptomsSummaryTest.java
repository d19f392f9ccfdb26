package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carnet.demo.DemoJournal;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DaySummary;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.carnet.report.OwnSymptomLine;
import org.carnet.report.PdfPages;
import org.carnet.report.ReportData;
import org.carnet.report.pdf.SummaryPdf;
import org.carnet.tracking.Direction;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GP summary has one line per own symptom, in English and in French, under a title that says the sources say
 * nothing about them; with two of them the demo summary still fits on one page in English and in French, nothing left out.
 */
class OwnSymptomsSummaryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final Path OUT = Path.of("target", "demo");

    @TempDir
    Path dir;
    private Services demo;

    @BeforeEach
    void fill() {
        demo = Services.open(dir, CLOCK);
        DemoJournal.fill(demo.journal(), demo.intake(), demo.tracking(), demo.profiles(), demo.labs(), CLOCK);
        OwnSymptom fog = demo.ownSymptoms().save(OwnSymptom.create("Brain fog", OwnSymptomKind.SCALE, false));
        OwnSymptom walked = demo.ownSymptoms().save(OwnSymptom.create("Walked 30 min", OwnSymptomKind.YES_NO, true));
        for (DaySummary day : demo.journal().listDays()) {
            CheckIn checkIn = demo.journal().load(day.day()).checkIn().orElse(null);
            if (checkIn != null) {
                int n = (int) (day.day().toEpochDay() % 3);
                demo.journal().save(checkIn.withOwnValues(Map.of(fog.id(), 3 + n, walked.id(), n == 0 ? 0 : 1)));
            }
        }
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    @Test
    void eachOwnSymptomHasItsLineAndTheDemoStaysOnOnePageInBothLanguages() throws Exception {
        LocalDate[] period = demo.report().defaultPeriod();
        ReportData data = demo.report().build(period[0], period[1]);

        assertThat(data.ownSymptoms()).extracting(OwnSymptomLine::name).containsExactly("Brain fog", "Walked 30 min");
        OwnSymptomLine walked = data.ownSymptoms().get(1);
        assertThat((long) walked.daysRecorded()).isEqualTo(demo.journal().listDays().stream()
                .filter(DaySummary::hasCheckIn).count());
        assertThat(walked.direction()).isNotNull();

        Files.createDirectories(OUT);
        byte[] english = SummaryPdf.write(data, new Messages(Language.ENGLISH));
        byte[] french = SummaryPdf.write(data, new Messages(Language.FRENCH));
        Files.write(OUT.resolve("demo-summary-own-symptoms-en.pdf"), english);
        Files.write(OUT.resolve("demo-summary-own-symptoms-fr.pdf"), french);

        assertThat(text(english)).contains(
                "Own symptoms (the sources say nothing about them: no finding, no advice):",
                "Brain fog (0–10): recorded on " + walked.daysRecorded() + " days, mean",
                "Walked 30 min (yes/no): yes on " + walked.daysYes() + " of " + walked.daysRecorded()
                        + " days recorded");
        assertThat(text(french)).contains(
                "Symptômes propres (les sources n’en disent rien : ni constat, ni conseil) :",
                "Brain fog (0–10) : noté " + walked.daysRecorded() + " jours, moyenne",
                "Walked 30 min (oui/non) : oui " + walked.daysYes() + " jours sur " + walked.daysRecorded()
                        + " notés");
        assertThat(PdfPages.pageCount(english)).as("English pages").isEqualTo(1);
        assertThat(PdfPages.pageCount(french)).as("French pages").isEqualTo(1);
        // On that one page nothing was dropped: every finding with its figures, the warning box, every test to
        // discuss, every lab result and every product.
        for (Language language : Language.values()) {
            Messages messages = new Messages(language);
            String page = text(language == Language.FRENCH ? french : english);
            assertThat(page).as(language.name()).contains(messages.get("report.pdf.redFlags.none")
                    .replaceAll("\\s+", " "));
            for (var group : data.findingsByRule()) {
                assertThat(page).as(language.name()).contains(messages.get(group.worst().titleKey()));
            }
            for (var test : data.toDiscuss()) {
                assertThat(page).as(language.name()).contains(messages.of("report.pdf.test", test));
            }
            for (var result : data.results()) {
                assertThat(page).as(language.name()).contains(messages.of("labs.test", result.test()));
            }
            for (var line : data.supplements()) {
                assertThat(page).as(language.name()).contains(line.product());
            }
            for (var line : data.medications()) {
                assertThat(page).as(language.name()).contains(line.name());
            }
        }
        Files.write(OUT.resolve("demo-summary-own-symptoms-fr-1.png"), png(french));
        Files.write(OUT.resolve("demo-summary-own-symptoms-en-1.png"), png(english));
    }

    private static byte[] png(byte[] pdf) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(PdfPages.render(pdf, 100).get(0), "png", out);
        return out.toByteArray();
    }

    @Test
    void theChangeWordComesFromTheProtocolsEstimate() throws Exception {
        LocalDate[] period = demo.report().defaultPeriod();
        ReportData data = demo.report().build(period[0], period[1]);
        OwnSymptomLine fog = data.ownSymptoms().get(0);
        String english = text(SummaryPdf.write(data, new Messages(Language.ENGLISH)));
        // The demo's protocol has a baseline: the line says what its estimate says.
        assertThat(fog.direction()).isNotEqualTo(Direction.NOT_ENOUGH_DATA);
        assertThat(english).contains("Brain fog (0–10): recorded on " + fog.daysRecorded() + " days, mean "
                + new Messages(Language.ENGLISH).numbers().decimal(fog.mean(), 1) + "; since the start: "
                + new Messages(Language.ENGLISH).of("tracking.direction", fog.direction()).toLowerCase(Locale.ROOT));
    }
}
