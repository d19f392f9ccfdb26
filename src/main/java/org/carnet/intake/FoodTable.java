package org.carnet.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The Ciqual 2025 foods shipped with the app (magnesium, calcium, vitamin D, K1, K2 per 100 g), read with their
 * honest amounts: an empty cell is unknown, never zero. The table is immutable; {@link #ciqual()} parses the 3,484
 * rows on each call (about 20 ms warm, a few hundred ms as the first work of a fresh JVM), so build it once, off the
 * FX thread, and hand it down.
 */
public final class FoodTable {

    /** The credit the Etalab Open Licence 2.0 asks for (About box, README). */
    public static final String CREDIT =
            "Anses. 2025. Table de composition nutritionnelle des aliments Ciqual. https://ciqual.anses.fr/";

    static final String RESOURCE = "ciqual2025_minerals_vitamins.csv";

    private static final Map<String, Nutrient> NUTRIENT_COLUMNS = Map.of(
            "magnesium_mg", Nutrient.MAGNESIUM,
            "calcium_mg", Nutrient.CALCIUM,
            "vitamin_d_ug", Nutrient.VITAMIN_D,
            "vitamin_k1_ug", Nutrient.VITAMIN_K1,
            "vitamin_k2_ug", Nutrient.VITAMIN_K2);
    // Only the columns read are required: D2, D3 and potassium are in the file but Carnet does not total them.
    private static final List<String> REQUIRED_COLUMNS = List.of("code", "name_fr", "name_en", "group", "subgroup",
            "group_en", "magnesium_mg", "calcium_mg", "vitamin_d_ug", "vitamin_k1_ug", "vitamin_k2_ug");

    private static final String BEVERAGES_GROUP = "eaux et autres boissons";
    private static final Set<String> MILK_SUBGROUPS = Set.of("laits", "laits et boissons infantiles");

    private final List<Food> foods;
    private final Map<String, Food> byCode;

    private FoodTable(List<Food> foods) {
        this.foods = List.copyOf(foods);
        Map<String, Food> index = new HashMap<>(foods.size() * 2);
        foods.forEach(food -> index.put(food.code(), food));
        this.byCode = Collections.unmodifiableMap(index);
    }

    /** The shipped Ciqual extract. */
    public static FoodTable ciqual() {
        try (InputStream in = FoodTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The Ciqual table is missing from the application: " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Ciqual table", e);
        }
    }

    /**
     * Reads a table in the extract's format (header row, comma-separated, UTF-8 text).
     *
     * @throws MalformedTableException naming the line, when a row or cell does not fit the format
     */
    public static FoodTable read(Reader reader) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header);
            List<Food> foods = new ArrayList<>(4096);
            Map<String, Long> seen = new HashMap<>(8192);
            var records = parser.iterator();
            while (nextRecord(records, parser)) {
                CSVRecord record = records.next();
                // The line the record ends on: its own line, as names never span lines in the extract.
                long line = parser.getCurrentLineNumber();
                Food food = toFood(record::get, record.size(), header.size(), line);
                Long previous = seen.put(food.code(), line);
                if (previous != null) {
                    throw new MalformedTableException(line, "code " + food.code() + " already on line " + previous);
                }
                foods.add(food);
            }
            return new FoodTable(foods);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the food table", e);
        }
    }

    /**
     * One row of a table in the extract's format, parsed alone and without Commons CSV (whose classes cost a command
     * about 100 ms to load on a cold JVM): {@code columns} are the table's first line's ({@link #columns}), {@code row}
     * one of its lines (without the line break), {@code line} its line number, for the messages. The same food as
     * {@link #read}'s.
     *
     * @throws MalformedTableException naming the line, when the row does not fit the format
     */
    static Food row(List<String> columns, String row, long line) {
        List<String> cells = cells(row, line);
        return toFood(column -> cells.get(columns.indexOf(column)), cells.size(), columns.size(), line);
    }

    /** The columns of a table's first line, checked: what {@link #row} takes. */
    static List<String> columns(String header) {
        List<String> columns = cells(header, 1);
        checkHeader(columns);
        return columns;
    }

    /** The fields of one CSV line (RFC 4180, as Commons CSV's default format reads them: quotes, "" for a quote). */
    static List<String> cells(String text, long line) {
        List<String> cells = new ArrayList<>(16);
        StringBuilder cell = new StringBuilder();
        int at = 0;
        int length = text.length();
        while (true) {
            cell.setLength(0);
            if (at < length && text.charAt(at) == '"') {
                at++;
                while (true) {
                    if (at >= length) {
                        throw new MalformedTableException(line, "not valid CSV (a quote is not closed)");
                    }
                    char c = text.charAt(at++);
                    if (c != '"') {
                        cell.append(c);
                    } else if (at < length && text.charAt(at) == '"') {
                        cell.append('"');
                        at++;
                    } else {
                        break;
                    }
                }
                if (at < length && text.charAt(at) != ',') {
                    throw new MalformedTableException(line, "not valid CSV (text after a closing quote)");
                }
            } else {
                while (at < length && text.charAt(at) != ',') {
                    cell.append(text.charAt(at++));
                }
            }
            cells.add(cell.toString());
            if (at >= length) {
                return cells;
            }
            at++;
        }
    }

    public List<Food> foods() {
        return foods;
    }

    public Optional<Food> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return foods.size();
    }

    private static boolean nextRecord(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            // Commons CSV reports broken quoting as an I/O error; the line it stopped on is what helps.
            throw new MalformedTableException(parser.getCurrentLineNumber(),
                    "not valid CSV (" + e.getCause().getMessage() + ")");
        }
    }

    private static void checkHeader(List<String> header) {
        List<String> missing = REQUIRED_COLUMNS.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new MalformedTableException(1, "missing columns " + missing);
        }
    }

    private static Food toFood(UnaryOperator<String> record, int size, int columns, long line) {
        if (size != columns) {
            throw new MalformedTableException(line, "expected " + columns + " fields, found " + size);
        }
        String code = record.apply("code").strip();
        String nameFr = record.apply("name_fr").strip();
        if (code.isEmpty() || nameFr.isEmpty()) {
            throw new MalformedTableException(line, "a food needs a code and a French name");
        }
        EnumMap<Nutrient, NutrientAmount> amounts = new EnumMap<>(Nutrient.class);
        NUTRIENT_COLUMNS.forEach((column, nutrient) -> amounts.put(nutrient, amount(record, column, line)));
        String group = record.apply("group").strip();
        boolean drink = isDrink(group, record.apply("group_en").strip(), record.apply("subgroup").strip(), nameFr);
        return new Food(code, nameFr, record.apply("name_en").strip(), group.isEmpty() ? null : group, drink,
                amounts);
    }

    private static NutrientAmount amount(UnaryOperator<String> record, String column, long line) {
        String cell = record.apply(column);
        try {
            return NutrientAmount.parse(cell);
        } catch (IllegalArgumentException e) {
            throw new MalformedTableException(line, column + " is not an amount: '" + cell + "'");
        }
    }

    /**
     * Drinks are logged in ml. Ciqual's beverages group holds waters, soft and alcoholic drinks, but also dry
     * products that are weighed (coffee, cocoa and chicory powders, tea leaves); milks, drinking yoghurts and a few
     * fruit juices sit in other groups.
     */
    static boolean isDrink(String group, String groupEn, String subgroup, String nameFr) {
        String name = nameFr.toLowerCase(Locale.ROOT);
        if (name.contains("poudre") || name.contains("feuille")) {
            return false;
        }
        if (group.equals(BEVERAGES_GROUP) || groupEn.equals("beverages")) {
            return true;
        }
        if (MILK_SUBGROUPS.contains(subgroup)) {
            return !name.contains("concentré");
        }
        return name.startsWith("jus ") || name.contains("à boire");
    }

    /** The table does not fit the expected format; the message names the line. */
    public static final class MalformedTableException extends RuntimeException {
        private final long line;

        MalformedTableException(long line, String problem) {
            super("Food table, line " + line + ": " + problem);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
