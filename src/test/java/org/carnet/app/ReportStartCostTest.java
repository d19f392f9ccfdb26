package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.carnet.journal.CheckIn;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcJournalRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixed cost of {@code report}, seen as the classes a fresh JVM loads for it ({@code -Xlog:class+load}): the
 * summary's chart is drawn with PDFBox's own operators, so a report with a chart loads no JFreeChart, no
 * pdfbox-graphics2d, no AWT fonts and no Java2D rendering. (PDFBox itself still touches a few AWT image and colour
 * classes when {@code PDDocument} is first loaded: a one-pixel raster it converts to warm its colour spaces up, and
 * FontBox's glyph paths; those are not the chart's, and are not checked here.)
 */
class ReportStartCostTest {
    /** What the chart loaded when JFreeChart drew it through a Graphics2D. */
    private static final List<String> CHART_ONLY = List.of("org.jfree.", "de.rototor.", "sun.font.",
            "java.awt.Font", "java.awt.font.", "java.awt.Graphics2D", "java.awt.BasicStroke", "java.awt.Color",
            "sun.java2d.SunGraphics2D", "sun.java2d.loops.", "sun.java2d.pipe.", "sun.java2d.marlin.");

    @TempDir
    Path folder;

    @Test
    void aReportWithAChartLoadsNoJFreeChartNorJava2D() throws Exception {
        Path journal = folder.resolve("journal");
        try (Database database = Database.open(journal)) {
            JdbcJournalRepository days = new JdbcJournalRepository(database);
            for (int day = 1; day <= 14; day++) {
                days.saveCheckIn(new CheckIn(LocalDate.of(2026, 3, day), day % 4, null, null, null, null, null,
                        null, null, null, null, Set.of(), null));
            }
        }
        Path pdf = folder.resolve("summary.pdf");
        Path log = folder.resolve("classes.log");
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--data-dir",
                journal.toString(), "report", "--from", "2026-03-01", "--to", "2026-03-14", "--out", pdf.toString(),
                "--lang", "en"));
        // The classes the command line links ahead on a second core (report/ReportClasses) hidden by an empty list
        // first on the class path: what is checked is what the report's own code loads.
        Path hidden = folder.resolve("no-list");
        Files.createDirectories(hidden.resolve("org/carnet/report"));
        Files.writeString(hidden.resolve("org/carnet/report/report-classes.txt"), "");
        line.set(line.indexOf("-cp") + 1, hidden + java.io.File.pathSeparator + System.getProperty("java.class.path"));
        Path output = folder.resolve("out.txt");
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(Files.size(pdf)).isPositive();
        // Lines like "[0.012s][info][class,load] org.h2.Driver source: file:/…/h2.jar"
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(l -> l.substring(l.lastIndexOf(']') + 1).trim())
                .map(l -> l.contains(" ") ? l.substring(0, l.indexOf(' ')) : l)
                .toList();
        // The chart was drawn (its painter ran), without what JFreeChart needed.
        assertThat(loaded).contains("org.carnet.report.pdf.ReportChart$Painter");
        assertThat(loaded).noneMatch(c -> CHART_ONLY.stream().anyMatch(c::startsWith));
    }

    @Test
    void theClassesLinkedAheadAreNoneOfTheChartsOldOnes() throws Exception {
        assertThat(org.carnet.report.ReportClassesAccess.names())
                .isNotEmpty()
                .noneMatch(c -> CHART_ONLY.stream().anyMatch(c::startsWith));
    }
}
