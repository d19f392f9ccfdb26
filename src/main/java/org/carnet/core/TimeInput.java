package org.carnet.core;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Optional;

/** Parses a time of day as people type it: 21:30, 21h30, 21.30, 21h, 21. */
public final class TimeInput {
    public static final String INVALID_TIME = "validation.time";
    public static final String REQUIRED = "validation.required";

    private TimeInput() {
    }

    public static NumberInput.Parsed<LocalTime> parse(String field, String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace('h', ':')
                .replace('.', ':');
        if (trimmed.isEmpty()) {
            return new NumberInput.Parsed<>(Optional.empty(), Optional.of(FieldError.of(field, REQUIRED)));
        }
        if (trimmed.matches("\\d{1,2}")) {
            trimmed = trimmed + ":00";
        } else if (trimmed.endsWith(":")) {
            trimmed = trimmed + "00";
        }
        String[] parts = trimmed.split(":");
        if (parts.length == 2 && parts[0].matches("\\d{1,2}") && parts[1].matches("\\d{2}")) {
            try {
                return new NumberInput.Parsed<>(Optional.of(LocalTime.of(Integer.parseInt(parts[0]),
                        Integer.parseInt(parts[1]))), Optional.empty());
            } catch (DateTimeException e) {
                // falls through to the error below
            }
        }
        return new NumberInput.Parsed<>(Optional.empty(), Optional.of(FieldError.of(field, INVALID_TIME)));
    }

    public static String format(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
