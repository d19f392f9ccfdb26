package org.carnet.exchange;

import com.google.gson.stream.JsonToken;

/** What a value of the file is, or should be, in words the UI gives ({@code import.kind.<name>}). */
public enum JsonKind {
    TEXT, NUMBER, WHOLE_NUMBER, BOOLEAN, DATE, DATE_TIME, TIME, OBJECT, LIST, NULL,
    FIELD_NAME, END_OF_OBJECT, END_OF_LIST, END_OF_FILE;

    static JsonKind of(JsonToken token) {
        return switch (token) {
            case BEGIN_ARRAY -> LIST;
            case END_ARRAY -> END_OF_LIST;
            case BEGIN_OBJECT -> OBJECT;
            case END_OBJECT -> END_OF_OBJECT;
            case NAME -> FIELD_NAME;
            case STRING -> TEXT;
            case NUMBER -> NUMBER;
            case BOOLEAN -> BOOLEAN;
            case NULL -> NULL;
            case END_DOCUMENT -> END_OF_FILE;
        };
    }

    /** Gson's names in its messages ("Expected BEGIN_OBJECT but was STRING", "Expected an int but was ..."). */
    static JsonKind fromGsonWord(String word) {
        return switch (word) {
            case "an int", "a long" -> WHOLE_NUMBER;
            case "a double", "a number" -> NUMBER;
            case "a boolean" -> BOOLEAN;
            case "a string" -> TEXT;
            default -> {
                try {
                    yield of(JsonToken.valueOf(word));
                } catch (IllegalArgumentException e) {
                    yield null;
                }
            }
        };
    }
}
