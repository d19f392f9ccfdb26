package org.carnet.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a backup file, as a code the UI turns into words in the reader's language
 * (the message key {@code import.problem.<code>}), where it is, and the values the words need.
 *
 * @param code   what is wrong, e.g. {@code range}; the key of its words is {@link #key()}
 * @param record the record as it is written in the file, e.g. {@code checkIns[12]} or {@code protocols[0].doses[1]};
 *               null for the file as a whole or a top-level field
 * @param field  the field of that record, e.g. {@code fatigue} or {@code redFlags[1]}; null when the problem is the
 *               record itself (or the whole file)
 * @param args   the values of the message: limits, the value found, a table name; numbers, text, dates or
 *               {@link JsonKind}s (which the UI names in words)
 * @param line   the line in the file (from 1) when the problem was found while reading it, else 0
 * @param column the column in that line, else 0
 */
public record ImportProblem(String code, String record, String field, List<Object> args, int line, int column) {
    public static final String KEY_PREFIX = "import.problem.";
    /** The code of the last problem when the validator stopped listing them; its one value is how many more. */
    public static final String MORE = "more";

    public ImportProblem {
        Objects.requireNonNull(code, "code");
        // List.copyOf refuses nulls; a null value becomes the word "null" rather than a crash.
        List<Object> copy = new ArrayList<>(args.size());
        for (Object arg : args) {
            copy.add(arg == null ? "null" : arg);
        }
        args = List.copyOf(copy);
    }

    /** A problem of the whole file (not readable, not JSON...). */
    public static ImportProblem ofFile(String code, Object... args) {
        return new ImportProblem(code, null, null, List.of(args), 0, 0);
    }

    /**
     * A problem at a path of the file as Gson and the format document write it: {@code checkIns[12].fatigue},
     * {@code version}, {@code favouriteFoods[3]}, {@code $.profile.name}. The last name after a dot is the field;
     * what comes before is the record. A top-level name with an index is a record (an entry of a table), without
     * one a field.
     */
    public static ImportProblem at(String path, String code, Object... args) {
        return at(path, 0, 0, code, args);
    }

    public static ImportProblem at(String path, int line, int column, String code, Object... args) {
        String p = path == null ? "" : path.startsWith("$") ? path.substring(1) : path;
        if (p.startsWith(".")) {
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            return new ImportProblem(code, null, null, List.of(args), line, column);
        }
        int dot = p.lastIndexOf('.');
        if (dot >= 0) {
            return new ImportProblem(code, p.substring(0, dot), p.substring(dot + 1), List.of(args), line, column);
        }
        boolean entry = p.endsWith("]");
        return new ImportProblem(code, entry ? p : null, entry ? null : p, List.of(args), line, column);
    }

    /** The message key of the words for this problem. */
    public String key() {
        return KEY_PREFIX + code;
    }

    /** Where it is, as written in the file: {@code checkIns[12].fatigue}; empty for the whole file. */
    public String path() {
        if (record == null) {
            return field == null ? "" : field;
        }
        return field == null ? record : record + "." + field;
    }

    @Override
    public String toString() {
        return (path().isEmpty() ? "" : path() + ": ") + code + args + (line > 0 ? " @" + line + ":" + column : "");
    }
}
