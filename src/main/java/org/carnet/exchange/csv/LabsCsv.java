package org.carnet.exchange.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.carnet.labs.LabResult;

/**
 * The rows of {@code labs.csv}: one laboratory result a row, oldest first, as typed (value and range in the unit
 * chosen, up to 3 decimals), then the same in the test's canonical unit so that results typed in different units
 * compare in one column. {@code range_position} says "below" or "above" the laboratory's own range, nothing more.
 */
final class LabsCsv {
    static final String FILE = "labs.csv";
    static final String[] HEADER = {"date", "test", "value", "unit", "range_low", "range_high", "range_position",
        "canonical_value", "canonical_unit"};

    private LabsCsv() {
    }

    static List<List<String>> rows(List<LabResult> results, LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        results.stream().filter(r -> !r.takenOn().isBefore(from) && !r.takenOn().isAfter(to))
                .sorted(Comparator.comparing(LabResult::takenOn).thenComparing(r -> r.id() == null ? 0 : r.id()))
                .forEach(r -> rows.add(List.of(r.takenOn().toString(), Values.code(r.test()), typed(r.value()),
                        r.unit().symbol(), typed(r.rangeLow()), typed(r.rangeHigh()), position(r),
                        typed(round(r.canonicalValue())), r.test().canonicalUnit().symbol())));
        return rows;
    }

    private static String position(LabResult r) {
        return r.belowRange() ? "below" : r.aboveRange() ? "above" : "";
    }

    /** Canonical values keep the 4 decimals the journal stores. */
    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static String typed(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
