package org.carnet.core;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses what a person typed in a number field. Empty means "not recorded" (no value, no error); a comma is
 * accepted as the decimal separator because most users write French numbers.
 */
public final class NumberInput {
    public static final String NOT_A_WHOLE_NUMBER = "validation.notWholeNumber";
    public static final String NOT_A_NUMBER = "validation.notNumber";
    public static final String OUT_OF_RANGE = "validation.range";
    public static final String TOO_MANY_DECIMALS = "validation.decimals";

    private NumberInput() {
    }

    /** The outcome of parsing one field: a value (possibly absent) or an error. */
    public record Parsed<T>(Optional<T> value, Optional<FieldError> error) {
        public boolean ok() {
            return error.isEmpty();
        }

        public T orNull() {
            return value.orElse(null);
        }

        static <T> Parsed<T> empty() {
            return new Parsed<>(Optional.empty(), Optional.empty());
        }

        static <T> Parsed<T> of(T value) {
            return new Parsed<>(Optional.of(value), Optional.empty());
        }

        static <T> Parsed<T> failed(FieldError error) {
            return new Parsed<>(Optional.empty(), Optional.of(error));
        }
    }

    public static Parsed<Integer> wholeNumber(String field, String text, int min, int max) {
        String trimmed = normalise(text);
        if (trimmed.isEmpty()) {
            return Parsed.empty();
        }
        if (!trimmed.matches("[+-]?\\d{1,9}")) {
            return Parsed.failed(FieldError.of(field, NOT_A_WHOLE_NUMBER, min, max));
        }
        int value = Integer.parseInt(trimmed);
        if (value < min || value > max) {
            return Parsed.failed(FieldError.of(field, OUT_OF_RANGE, min, max));
        }
        return Parsed.of(value);
    }

    /** A year in {@code min..max}; messages show the bounds as years (1900, not 1,900). */
    public static Parsed<Integer> year(String field, String text, int min, int max) {
        Parsed<Integer> parsed = wholeNumber(field, text, min, max);
        return parsed.error()
                .map(e -> Parsed.<Integer>failed(FieldError.of(field, e.code(), String.valueOf(min), String.valueOf(max))))
                .orElse(parsed);
    }

    public static Parsed<Double> decimal(String field, String text, double min, double max, int maxDecimals) {
        String trimmed = normalise(text).replace(',', '.');
        if (trimmed.isEmpty()) {
            return Parsed.empty();
        }
        if (!trimmed.matches("[+-]?(\\d{1,9}(\\.\\d*)?|\\.\\d+)")) {
            return Parsed.failed(FieldError.of(field, NOT_A_NUMBER, format(min), format(max)));
        }
        BigDecimal value = new BigDecimal(trimmed);
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Parsed.failed(FieldError.of(field, OUT_OF_RANGE, format(min), format(max)));
        }
        if (value.stripTrailingZeros().scale() > maxDecimals) {
            return Parsed.failed(FieldError.of(field, TOO_MANY_DECIMALS, maxDecimals));
        }
        return Parsed.of(value.doubleValue());
    }

    /**
     * A decimal that must be more than 0 (grams, units): the bounds said are the smallest amount the decimals allow
     * and {@code max}, whichever side the value falls out, so 0 and 4000 grams give the same "0.1 to 3000".
     */
    public static Parsed<Double> positiveDecimal(String field, String text, double max, int maxDecimals) {
        BigDecimal smallest = BigDecimal.ONE.movePointLeft(maxDecimals);
        Parsed<Double> parsed = decimal(field, text, 0, max, maxDecimals);
        boolean outOfRange = parsed.error().map(e -> e.code().equals(OUT_OF_RANGE)).orElse(false)
                || parsed.value().map(v -> v <= 0).orElse(false);
        if (outOfRange) {
            return Parsed.failed(FieldError.of(field, OUT_OF_RANGE, smallest, format(max)));
        }
        return parsed;
    }

    /**
     * True when {@code text} is a whole number in range that no further key could turn into another valid value:
     * "6" on a 0–10 scale, "0", "12" for 0–50; not "1" (it may become 10) nor "" (nothing typed).
     */
    public static boolean wholeNumberComplete(String text, int min, int max) {
        if (wholeNumber("", text, min, max).value().isEmpty()) {
            return false;
        }
        String typed = normalise(text);
        // Nobody writes 05: a lone zero is complete even though "05" would parse.
        return typed.equals("0") || typed.equals("-0") || !extendable(typed, "0123456789",
                t -> wholeNumber("", t, min, max).value().isPresent());
    }

    private static boolean extendable(String typed, String keys, java.util.function.Predicate<String> valid) {
        for (char key : keys.toCharArray()) {
            if (valid.test(typed + key)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replace('\u00a0', ' ').replace(" ", "");
    }

    /** A whole bound as its digits (years stay 1900, not 1,900); a decimal one as a number, shown as the language writes it. */
    private static Object format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number)
                : java.math.BigDecimal.valueOf(number).stripTrailingZeros();
    }
}
