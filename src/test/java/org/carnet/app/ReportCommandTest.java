package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.LogManager;
import org.carnet.journal.CheckIn;
import org.carnet.journal.RedFlag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carnet --data-dir DIR report ...}: the same PDF as the app, with no window, and clear refusals. */
class ReportCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void closeLog() {
        LogManager.getLogManager().reset();
    }

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), AppHarness.CLOCK).run(CommandLine.parse(args));
    }

    private void journal() {
        try (Services services = Services.open(dir.resolve("data"), AppHarness.CLOCK)) {
            for (int i = 0; i < 20; i++) {
                LocalDate day = AppHarness.TODAY.minusDays(i);
                services.journal().save(new CheckIn(day, i % 3, 4, true, 3, 7.0, i % 2, 5, 2, 3, null,
                        i == 4 ? Set.of(RedFlag.CHEST_PAIN) : Set.of(), null));
            }
        }
    }

    @Test
    void aPeriodWithEntriesGivesAPdf() throws Exception {
        journal();
        Path pdf = dir.resolve("out/summary.pdf");
        int code = run("--data-dir", dir.resolve("data").toString(), "report", "--from",
                AppHarness.TODAY.minusDays(19).toString(), "--to", AppHarness.TODAY.toString(), "--out", pdf.toString(),
                "--lang", "fr");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // The terminal is English here: --lang fr after the command makes the confirmation French too.
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Résumé du", "écrit dans", "(1 page)");
        out.reset();
        assertThat(run("--data-dir", dir.resolve("data").toString(), "report", "--from",
                AppHarness.TODAY.minusDays(19).toString(), "--to", AppHarness.TODAY.toString(), "--out",
                pdf.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Summary of", "written to", "(1 page)");
    }

    @Test
    void anEmptyPeriodIsRefusedWithAMessage() {
        journal();
        int code = run("--data-dir", dir.resolve("data").toString(), "report", "--from", "2020-01-01", "--to",
                "2020-01-31", "--out", dir.resolve("empty.pdf").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Nothing was logged in this period");
        assertThat(dir.resolve("empty.pdf")).doesNotExist();
    }

    @Test
    void aPeriodEndingAfterTodayIsRefusedAsInTheWindow() {
        journal();
        Path pdf = dir.resolve("future.pdf");
        int code = run("--data-dir", dir.resolve("data").toString(), "report", "--from",
                AppHarness.TODAY.minusDays(19).toString(), "--to", AppHarness.TODAY.plusDays(30).toString(), "--out",
                pdf.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ends after today (" + AppHarness.TODAY + ")");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aBadDateIsAUsageError() {
        int code = run("--data-dir", dir.resolve("data").toString(), "report", "--from", "2026-02-30", "--to",
                "2026-03-01", "--out", dir.resolve("x.pdf").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--from is not a date");
    }
}
