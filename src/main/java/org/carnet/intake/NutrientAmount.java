package org.carnet.intake;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A nutrient content as the food table gives it, kept honest: a measured value, "traces", below a detection limit
 * ("&lt;0.5"), or unknown (not determined), which is never the same as zero.
 */
public sealed interface NutrientAmount {

    /** A measured value, per 100 g. */
    record Measured(double value) implements NutrientAmount {
        public Measured {
            if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("Not a nutrient amount: " + value);
            }
        }
    }

    /** Present in traces. */
    record Traces() implements NutrientAmount {
    }

    /** Below the detection limit given. */
    record BelowLimit(double limit) implements NutrientAmount {
    }

    /** Not determined: unknown, not zero. */
    record Unknown() implements NutrientAmount {
    }

    NutrientAmount UNKNOWN = new Unknown();
    NutrientAmount TRACES = new Traces();

    /** What this amount adds to a total: the value when measured, 0 for traces or below a limit, none if unknown. */
    default OptionalDouble contribution() {
        if (this instanceof Measured measured) {
            return OptionalDouble.of(measured.value());
        }
        if (this instanceof Unknown) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(0);
    }

    /** The amount in a quantity of {@code grams} of the food (values are per 100 g). */
    default NutrientAmount scaledTo(double grams) {
        if (this instanceof Measured measured) {
            return new Measured(measured.value() * grams / 100.0);
        }
        return this;
    }

    /**
     * Reads a cell of the Ciqual extract: empty = unknown, {@code traces}, {@code <0.5} (below limit), or a number
     * with a dot. Anything else is refused: the table is shipped with the app, so a bad cell is a build error.
     */
    static NutrientAmount parse(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty() || text.equals("-")) {
            return UNKNOWN;
        }
        if (text.toLowerCase(Locale.ROOT).equals("traces")) {
            return TRACES;
        }
        if (text.startsWith("<")) {
            return new BelowLimit(Double.parseDouble(text.substring(1).strip().replace(',', '.')));
        }
        return new Measured(Double.parseDouble(text.replace(',', '.')));
    }
}
