package org.carnet.exchange.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** How values look in the CSV files: locale-free, so a French system still writes 7.5 and not 7,5. */
final class Values {
    /** Enough for µg of vitamin D; more would only show floating-point noise. */
    private static final int DECIMALS = 2;

    private Values() {
    }

    static String decimal(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    static String code(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }

    /** Several codes in one cell, separated by "|" (a comma would read as a second column to a careless eye). */
    static String codes(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(Values::code).collect(Collectors.joining("|"));
    }
}
