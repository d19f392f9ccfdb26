package org.carnet.labs;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.carnet.ui.Messages;

/**
 * One result in words, as the summary and the Results page show it: test, value and unit as typed, date, the
 * laboratory's range, and "below" or "above" it when it is. Nothing is read into it beyond that.
 */
public final class LabText {
    private LabText() {
    }

    public static String describe(LabResult r, Messages messages) {
        String value = number(r.value(), messages) + " " + r.unit().symbol();
        String range = range(r, messages);
        String line = messages.get("labs.line", messages.of("labs.test", r.test()), value,
                messages.shortDate(r.takenOn()));
        if (range != null) {
            line += " " + messages.get("labs.line.range", range);
        }
        if (r.belowRange()) {
            line += " " + messages.get("labs.line.below");
        } else if (r.aboveRange()) {
            line += " " + messages.get("labs.line.above");
        }
        return line;
    }

    /** "3.5–5.1 mmol/L", "≥ 30 nmol/L", "≤ 1,000 pg/mL", or null when the laboratory printed none. */
    public static String range(LabResult r, Messages messages) {
        return range(r, messages, true);
    }

    /** The same, without the unit when {@code withUnit} is false (beside a value in that unit). */
    public static String range(LabResult r, Messages messages, boolean withUnit) {
        String unit = withUnit ? " " + r.unit().symbol() : "";
        if (r.rangeLow() != null && r.rangeHigh() != null) {
            return number(r.rangeLow(), messages) + "–" + number(r.rangeHigh(), messages) + unit;
        }
        if (r.rangeLow() != null) {
            return messages.get("labs.range.atLeast", number(r.rangeLow(), messages) + unit);
        }
        if (r.rangeHigh() != null) {
            return messages.get("labs.range.atMost", number(r.rangeHigh(), messages) + unit);
        }
        return null;
    }

    /** As typed: up to 3 decimals, the language's decimal mark. */
    public static String number(double value, Messages messages) {
        return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(messages.locale())).format(value);
    }
}
