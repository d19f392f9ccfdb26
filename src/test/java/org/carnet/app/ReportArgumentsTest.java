package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.carnet.ui.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportArgumentsTest {

    @Test
    void aCompleteCommandIsRead() {
        ReportArguments args = ReportArguments.parse(List.of("--from", "2026-01-01", "--to", "2026-02-25", "--out",
                "s.pdf", "--lang", "fr"), Language.ENGLISH);
        assertThat(args.error()).isNull();
        assertThat(args.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(args.to()).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(args.out()).isEqualTo(Path.of("s.pdf"));
        assertThat(args.language()).isEqualTo(Language.FRENCH);
    }

    @Test
    void theLanguageDefaultsToTheAppsOne() {
        assertThat(ReportArguments.parse(List.of("--from", "2026-01-01", "--to", "2026-01-02", "--out", "s.pdf"),
                Language.FRENCH).language()).isEqualTo(Language.FRENCH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--from 2026-13-01 --to 2026-02-01 --out s.pdf | --from is not a date",
        "--from 2026-01-01 --to 01/02/2026 --out s.pdf | --to is not a date",
        "--from 2026-02-01 --to 2026-01-01 --out s.pdf | comes before",
        "--from 2026-01-01 --to 2026-02-01 | needs --from, --to and --out",
        "--from 2026-01-01 --to 2026-02-01 --out s.pdf --lang de | --lang is fr or en",
        "--from 2026-01-01 --to 2026-02-01 --out | --out needs a value",
        "--since 2026-01-01 | unknown report option"
    })
    void mistakesAreExplained(String line, String expected) {
        ReportArguments args = ReportArguments.parse(List.of(line.split(" ")), Language.ENGLISH);
        assertThat(args.error()).contains(expected);
        assertThat(args.out()).isNull();
    }
}
