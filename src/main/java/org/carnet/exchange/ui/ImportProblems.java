package org.carnet.exchange.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carnet.exchange.ImportProblem;
import org.carnet.exchange.ImportReason;
import org.carnet.exchange.ImportResult;
import org.carnet.exchange.JsonKind;
import org.carnet.ui.Messages;

/**
 * The words for the problems of a backup file, in the reader's language: where first, as written in the file
 * and as a person says it ({@code checkIns[12].fatigue (check-in no. 13)}), then what is wrong, then the line and
 * column when the problem was found while reading.
 */
public final class ImportProblems {
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z]+)(?:\\[(\\d{1,9})])?");

    private ImportProblems() {
    }

    public static String describe(Messages messages, ImportProblem problem) {
        Object[] args = problem.args().stream()
                .map(arg -> arg instanceof JsonKind kind ? messages.of("import.kind", kind) : reason(messages, arg))
                .toArray();
        String text = messages.get(problem.key(), args);
        String path = problem.path();
        if (!path.isEmpty()) {
            String record = recordWords(messages, problem.record());
            text = record == null ? messages.get("import.at", path, text)
                    : messages.get("import.atRecord", path, record, text);
        }
        if (problem.line() > 0) {
            text = messages.get("import.position", text, problem.line(), problem.column());
        }
        return text;
    }

    /** The reasons an import stopped for ({@link ImportReason}s), in the person's language; any other argument as it is. */
    public static Object reason(Messages messages, Object arg) {
        return arg instanceof ImportReason code ? messages.of(ImportReason.KEY_PREFIX, code) : arg;
    }

    /**
     * The first {@code limit} problems in words, then, if there are more, a line saying how many are not shown
     * (counting those the validator itself only counted).
     */
    public static List<String> describe(Messages messages, List<ImportProblem> problems, int limit) {
        List<ImportProblem> listed = problems.stream().filter(p -> !p.code().equals(ImportProblem.MORE)).toList();
        List<String> lines = new ArrayList<>(listed.stream().limit(limit).map(p -> describe(messages, p)).toList());
        int hidden = count(problems) - lines.size();
        if (hidden > 0) {
            lines.add(messages.get(ImportProblem.KEY_PREFIX + ImportProblem.MORE, hidden));
        }
        return lines;
    }

    /**
     * What an import did, one line per table of the format in its order (the names of docs/backup-format.md), with
     * the records added and those already there: the same lines in the window and on the command line.
     */
    public static List<String> tables(Messages messages, ImportResult result) {
        return result.tables().stream()
                .map(t -> messages.get("import.result.table", t.table(), t.added(), t.skipped())).toList();
    }

    /**
     * One line per food code of the file that {@code known} does not hold (a Ciqual code this version's table lacks),
     * with the days it was logged on: the intakes were imported as they are and count no nutrient.
     */
    public static List<String> unknownFoods(Messages messages, ImportResult result,
                                            java.util.function.Predicate<String> known) {
        List<String> lines = new ArrayList<>();
        result.foodCodes().forEach((code, days) -> {
            if (!known.test(code)) {
                List<String> shown = days.stream().limit(5).map(messages::shortDate).toList();
                String dates = String.join(", ", shown) + (days.size() > shown.size() ? ", …" : "");
                lines.add(messages.get("import.unknownFood", code, days.size(), dates));
            }
        });
        return lines;
    }

    /** How many problems the file has, those found beyond the validator's limit included. */
    public static int count(List<ImportProblem> problems) {
        int count = 0;
        for (ImportProblem p : problems) {
            count += p.code().equals(ImportProblem.MORE) && !p.args().isEmpty() && p.args().get(0) instanceof Integer more ? more : 1;
        }
        return count;
    }

    /**
     * "check-in no. 13" for {@code checkIns[12]}, "protocol no. 1, dose no. 2" for {@code protocols[0].doses[1]};
     * null when the record is not one of the format's tables.
     */
    static String recordWords(Messages messages, String record) {
        if (record == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String segment : record.split("\\.")) {
            Matcher m = ENTRY.matcher(segment);
            if (!m.matches() || !messages.has("import.table." + m.group(1))) {
                return null;
            }
            String table = messages.get("import.table." + m.group(1));
            parts.add(m.group(2) == null ? table
                    : messages.get("import.record", table, Long.parseLong(m.group(2)) + 1));
        }
        return String.join(", ", parts);
    }
}
