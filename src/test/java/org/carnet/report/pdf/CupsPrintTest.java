package org.carnet.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.carnet.report.PdfPages;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Print… for real: the summary sent through the app's print path ({@link PdfPages#printTo}, what Print… does after
 * its dialog) to a CUPS queue of Debian's cups-pdf, which writes what it prints as a PDF; that file is read back.
 * Runs where CUPS is installed and may be administered (root, as on CI): it starts cupsd itself if none is running,
 * adds a queue, and removes both afterwards. Elsewhere it is skipped, saying why.
 */
class CupsPrintTest {
    private static final String QUEUE = "CarnetTest" + ProcessHandle.current().pid();
    private static final String PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd";
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A4 in points, and how far a printed page may be from it. */
    private static final float A4_WIDTH = 595.28f;
    private static final float A4_HEIGHT = 841.89f;
    private static final float TOLERANCE = 3f;

    private static Process startedCupsd;
    private static String whyNot;

    @BeforeAll
    static void queue() throws Exception {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            whyNot = "not Linux";
        } else if (!Files.isExecutable(Path.of("/usr/sbin/cupsd")) || !Files.isRegularFile(Path.of(PPD))) {
            whyNot = "cups or printer-driver-cups-pdf is not installed (apt-get install cups printer-driver-cups-pdf)";
        } else if (!Files.isExecutable(Path.of("/usr/bin/lpr"))) {
            whyNot = "lpr is not installed (apt-get install cups-bsd): Java printing on Linux hands jobs to lpr";
        } else if (!"root".equals(System.getProperty("user.name"))) {
            whyNot = "adding a CUPS queue needs root (lpadmin); run as root, as CI does";
        }
        if (whyNot != null) {
            return;
        }
        if (!schedulerRunning()) {
            startedCupsd = new ProcessBuilder("/usr/sbin/cupsd", "-f").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Instant until = Instant.now().plusSeconds(15);
            while (!schedulerRunning() && Instant.now().isBefore(until) && startedCupsd.isAlive()) {
                Thread.sleep(200);
            }
            if (!schedulerRunning()) {
                whyNot = "cupsd could not be started";
                stopCupsd();
                return;
            }
        }
        Result added = run("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", PPD, "-o", "PageSize=A4");
        if (added.code() != 0) {
            whyNot = "lpadmin refused the queue: " + added.output();
        }
    }

    @AfterAll
    static void removeQueue() throws Exception {
        if (whyNot == null) {
            run("lpadmin", "-x", QUEUE);
        }
        stopCupsd();
    }

    private static void stopCupsd() throws InterruptedException {
        if (startedCupsd != null) {
            startedCupsd.destroy();
            startedCupsd.waitFor(10, TimeUnit.SECONDS);
            startedCupsd = null;
        }
    }

    private record Result(int code, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return new Result(process.waitFor(), output);
    }

    private static boolean schedulerRunning() throws IOException, InterruptedException {
        Result status = run("lpstat", "-r");
        return status.code() == 0 && status.output().contains("is running");
    }

    private static PrintService service() throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until)) {
            Optional<PrintService> found = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                    .filter(s -> s.getName().equals(QUEUE)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Java printing does not see the CUPS queue " + QUEUE);
    }

    /** Where cups-pdf writes a job of this user ("Out ${HOME}/PDF" in /etc/cups/cups-pdf.conf). */
    private static Path outputFolder() {
        return Path.of(System.getProperty("user.home"), "PDF");
    }

    private static Path printed(String job, Instant since) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            if (Files.isDirectory(outputFolder())) {
                List<Path> files;
                try (Stream<Path> list = Files.list(outputFolder())) {
                    files = list.filter(p -> p.getFileName().toString().contains(job))
                            .filter(p -> p.getFileName().toString().endsWith(".pdf")).toList();
                }
                for (Path file : files) {
                    // cups-pdf writes the file, then closes it: wait until it is a whole PDF.
                    if (Files.getLastModifiedTime(file).toInstant().isAfter(since.minusSeconds(1))
                            && Files.size(file) > 0 && new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                            .stripTrailing().endsWith("%%EOF")) {
                        return file;
                    }
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("cups-pdf wrote nothing for " + job + " in " + outputFolder() + " within " + WAIT
                + "; queue: " + run("lpstat", "-o", QUEUE).output());
    }

    /**
     * Prints, then reads back what cups-pdf wrote: the page count, A4, the fonts, and each page as it looks. The
     * text itself is not compared: cups-pdf turns the job into PostScript and back (Ghostscript), which keeps the
     * glyphs but not the text layer's map to characters, so any PDF printed through it
     * extracts as nonsense; the pages are compared as pictures with the summary's own instead.
     */
    private static void print(byte[] pdf, String job, int pagesExpected) throws Exception {
        Instant start = Instant.now();
        PdfPages.printTo(pdf, job, service(), 1);
        Path file = printed(job, start);
        try (PDDocument document = Loader.loadPDF(file.toFile()); PDDocument original = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(pagesExpected);
            List<String> sizes = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                sizes.add(page.getMediaBox().getWidth() + "×" + page.getMediaBox().getHeight());
                assertThat(page.getMediaBox().getWidth()).as("A4 width, points").isCloseTo(A4_WIDTH,
                        org.assertj.core.data.Offset.offset(TOLERANCE));
                assertThat(page.getMediaBox().getHeight()).as("A4 height, points").isCloseTo(A4_HEIGHT,
                        org.assertj.core.data.Offset.offset(TOLERANCE));
                BufferedImage printedPage = new PDFRenderer(document).renderImageWithDPI(i, 50, ImageType.GRAY);
                double difference = difference(new PDFRenderer(original).renderImageWithDPI(i, 50, ImageType.GRAY),
                        printedPage);
                System.out.printf("CupsPrintTest: %s page %d differs from the summary's by %.1f grey levels%n", job,
                        i + 1, difference);
                // Anti-aliasing aside, the same page: a few grey levels, where another page of text is far off.
                assertThat(difference).as("page %d looks like the summary's (mean grey difference)", i + 1)
                        .isLessThan(12.0);
                if (original.getNumberOfPages() > 1) {
                    int other = (i + 1) % original.getNumberOfPages();
                    double otherPage = difference(new PDFRenderer(original).renderImageWithDPI(other, 50,
                            ImageType.GRAY), printedPage);
                    assertThat(difference).as("closer to its own page than to page %d", other + 1)
                            .isLessThan(otherPage / 2);
                }
            }
            System.out.printf("CupsPrintTest: %s printed by CUPS to %s: %d page(s) %s%n", job, file,
                    document.getNumberOfPages(), sizes);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The mean difference of two grey images of the same page, 0 (same) to 255; different sizes count as 255. */
    private static double difference(BufferedImage a, BufferedImage b) {
        if (Math.abs(a.getWidth() - b.getWidth()) > 1 || Math.abs(a.getHeight() - b.getHeight()) > 1) {
            return 255;
        }
        int width = Math.min(a.getWidth(), b.getWidth());
        int height = Math.min(a.getHeight(), b.getHeight());
        long total = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                total += Math.abs((a.getRGB(x, y) & 0xFF) - (b.getRGB(x, y) & 0xFF));
            }
        }
        return (double) total / ((long) width * height);
    }

    @Test
    void theSummaryPrintsToACupsQueueOnA4AsItLooks() throws Exception {
        assumeTrue(whyNot == null, () -> "CUPS printing skipped: " + whyNot);
        Messages english = new Messages(Language.ENGLISH);

        print(SummaryPdf.write(SummaryPdfTest.typical(), english), "carnet-one-page", 1);
        print(SummaryPdf.write(SummaryPdfTest.heavy(), new Messages(Language.FRENCH)), "carnet-two-pages", 2);
    }
}
