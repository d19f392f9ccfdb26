package org.carnet.exchange.csv;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.carnet.core.Numbers;

/**
 * How values look in the CSV files: the locale-free formatter ({@link Numbers#MACHINE}), so a French system still
 * writes 7.5 and not 7,5, with no thousands separator a spreadsheet could misread.
 */
final class Values {
    /** Enough for µg of vitamin D; more would only show floating-point noise. */
    private static final int DECIMALS = 2;

    private Values() {
    }

    static String decimal(double value) {
        return Numbers.MACHINE.decimal(value, DECIMALS);
    }

    static String code(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }

    /** Several codes in one cell, separated by "|" (a comma would read as a second column to a careless eye). */
    static String codes(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(Values::code).collect(Collectors.joining("|"));
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    /**
     * A cell a spreadsheet would run as a formula (it begins with {@code = + - @}, a tab or a carriage return: the
     * OWASP advice on CSV injection) gets a leading {@code '}, so it shows as the text it is. Numbers the export
     * writes itself (a negative one included) stay numbers.
     */
    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
