package org.carnet.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.carnet.ui.Language;

/**
 * The arguments of {@code report}: {@code --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en]}. Parsing
 * never throws; a mistake becomes an {@link #error()} in words.
 */
record ReportArguments(LocalDate from, LocalDate to, Path out, Language language, String error) {

    static final String USAGE = "report --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en]";

    static ReportArguments parse(List<String> args, Language defaultLanguage) {
        LocalDate from = null;
        LocalDate to = null;
        Path out = null;
        Language language = defaultLanguage;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!List.of("--from", "--to", "--out", "--lang").contains(option)) {
                return failed("unknown report option: " + option + " (usage: " + USAGE + ")");
            }
            if (!seen.add(option)) {
                return failed("report: " + option + " is given twice");
            }
            if (i + 1 >= args.size()) {
                return failed(option + " needs a value (usage: " + USAGE + ")");
            }
            String value = args.get(++i);
            switch (option) {
                case "--from" -> {
                    from = date(value);
                    if (from == null) {
                        return failed("--from is not a date like 2026-03-01: " + value);
                    }
                }
                case "--to" -> {
                    to = date(value);
                    if (to == null) {
                        return failed("--to is not a date like 2026-03-31: " + value);
                    }
                }
                case "--out" -> out = Path.of(value);
                default -> {
                    if (!value.equals("fr") && !value.equals("en")) {
                        return failed("--lang is fr or en, not " + value);
                    }
                    language = Language.fromCode(value, defaultLanguage);
                }
            }
        }
        if (from == null || to == null || out == null) {
            return failed("report needs --from, --to and --out (usage: " + USAGE + ")");
        }
        if (to.isBefore(from)) {
            return failed("--to (" + to + ") comes before --from (" + from + ")");
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        if (days > org.carnet.report.ReportService.MAX_PERIOD_DAYS) {
            return failed("the period from " + from + " to " + to + " is " + days + " days; a report covers at most "
                    + org.carnet.report.ReportService.MAX_PERIOD_DAYS + " days");
        }
        return new ReportArguments(from, to, out, language, null);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ReportArguments failed(String error) {
        return new ReportArguments(null, null, null, null, error);
    }
}
