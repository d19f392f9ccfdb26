package org.carnet.core;

import java.util.List;

/**
 * One refused value: which field, why (a message key the UI turns into words), and the numbers the message
 * needs, such as the allowed range.
 */
public record FieldError(String field, String code, List<Object> args) {
    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, List.of(args));
    }
}
