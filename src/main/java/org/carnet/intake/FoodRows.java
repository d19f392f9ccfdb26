package org.carnet.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rows of a table in the extract's format, found by code and each parsed only when asked for: what a look-up by
 * code needs (the report, a command's day totals) without parsing and building the whole table and its 3,484 foods.
 * Finding the rows reads only each line's first field (the code); a row is parsed as {@link FoodTable} parses it,
 * so a food found here equals the table's. Rows are lines, as in the extract (names never span lines).
 */
final class FoodRows {
    private final byte[] text;
    /** The header's columns, checked once. */
    private final List<String> columns;
    /** Each code's line: {start, end (the line break excluded), line number}. */
    private final Map<String, int[]> lines;
    private final Map<String, Food> parsed = new ConcurrentHashMap<>();

    private FoodRows(byte[] text) {
        this.text = text;
        int end = lineEnd(text, 0);
        this.columns = FoodTable.columns(new String(text, 0, trimmedEnd(text, 0, end), StandardCharsets.UTF_8));
        Map<String, int[]> found = new HashMap<>(8192);
        int number = 1;
        for (int start = next(text, end); start < text.length; start = next(text, end)) {
            end = lineEnd(text, start);
            number++;
            int last = trimmedEnd(text, start, end);
            if (last == start) {
                continue;
            }
            String code = code(text, start, last);
            int[] previous = found.put(code, new int[] {start, last, number});
            if (previous != null) {
                throw new FoodTable.MalformedTableException(number,
                        "code " + code + " already on line " + previous[2]);
            }
        }
        this.lines = found;
    }

    /** The shipped Ciqual extract's rows. */
    static FoodRows ciqual() {
        try (InputStream in = FoodTable.class.getResourceAsStream(FoodTable.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The Ciqual table is missing from the application: "
                        + FoodTable.RESOURCE);
            }
            return new FoodRows(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Ciqual table", e);
        }
    }

    /** The rows of {@code table}, the whole text of a table in the extract's format. */
    static FoodRows of(String table) {
        return new FoodRows(table.getBytes(StandardCharsets.UTF_8));
    }

    Optional<Food> byCode(String code) {
        Food food = parsed.get(code);
        if (food == null) {
            int[] line = lines.get(code);
            if (line == null) {
                return Optional.empty();
            }
            food = FoodTable.row(columns, new String(text, line[0], line[1] - line[0], StandardCharsets.UTF_8),
                    line[2]);
            parsed.putIfAbsent(code, food);
        }
        return Optional.of(food);
    }

    int size() {
        return lines.size();
    }

    /** The first field of the line, as the parser reads it (unquoted, stripped). */
    private static String code(byte[] text, int start, int end) {
        int from = start;
        int to;
        if (text[from] == '"') {
            from++;
            to = from;
            while (to < end && text[to] != '"') {
                to++;
            }
        } else {
            to = from;
            while (to < end && text[to] != ',') {
                to++;
            }
        }
        return new String(text, from, to - from, StandardCharsets.UTF_8).strip();
    }

    private static int lineEnd(byte[] text, int from) {
        int at = from;
        while (at < text.length && text[at] != '\n') {
            at++;
        }
        return at;
    }

    /** The start of the line after the one ending at {@code end}. */
    private static int next(byte[] text, int end) {
        return Math.min(text.length, end + 1);
    }

    /** {@code end} without a carriage return before it. */
    private static int trimmedEnd(byte[] text, int start, int end) {
        return end > start && text[end - 1] == '\r' ? end - 1 : end;
    }
}
