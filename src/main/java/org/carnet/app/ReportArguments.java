package org.carnet.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;

/**
 * The arguments of {@code report}: {@code --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en]}. Parsing
 * never throws; a mistake becomes an {@link #error()} in words.
 */
record ReportArguments(LocalDate from, LocalDate to, Path out, Language language, String error) {

    static final String USAGE = "report --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en]";

    /** As {@link #parse(List, Language, Messages)}, a mistake told in English. */
    static ReportArguments parse(List<String> args, Language defaultLanguage) {
        return parse(args, defaultLanguage, new Messages(Language.ENGLISH));
    }

    /** The arguments; a mistake in {@code words} (the command line's language). */
    static ReportArguments parse(List<String> args, Language defaultLanguage, Messages words) {
        LocalDate from = null;
        LocalDate to = null;
        Path out = null;
        Language language = defaultLanguage;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!List.of("--from", "--to", "--out", "--lang").contains(option)) {
                return failed(words.get("cli.report.unknownOption", option, USAGE));
            }
            if (!seen.add(option)) {
                return failed(words.get("cli.usage.twice", "report", option));
            }
            if (i + 1 >= args.size()) {
                return failed(words.get("cli.report.needsValue", option, USAGE));
            }
            String value = args.get(++i);
            switch (option) {
                case "--from" -> {
                    from = date(value);
                    if (from == null) {
                        return failed(words.get("cli.report.badFrom", value));
                    }
                }
                case "--to" -> {
                    to = date(value);
                    if (to == null) {
                        return failed(words.get("cli.report.badTo", value));
                    }
                }
                case "--out" -> out = Path.of(value);
                default -> {
                    if (!value.equals("fr") && !value.equals("en")) {
                        return failed(words.get("cli.usage.lang", value));
                    }
                    language = Language.fromCode(value, defaultLanguage);
                }
            }
        }
        if (from == null || to == null || out == null) {
            return failed(words.get("cli.report.needs", USAGE));
        }
        if (to.isBefore(from)) {
            return failed(words.get("cli.report.toBeforeFrom", to.toString(), from.toString()));
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        if (days > org.carnet.report.ReportService.MAX_PERIOD_DAYS) {
            return failed(words.get("cli.report.tooLong", from.toString(), to.toString(), days,
                    org.carnet.report.ReportService.MAX_PERIOD_DAYS));
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
