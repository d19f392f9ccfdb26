package org.carnet.exchange;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the values of a backup exactly as the format says. Gson on its own takes {@code "3"} for the number 3,
 * {@code 12} for the text "12", and {@code "yes"} for {@code false}; here a value of the wrong JSON type is a
 * {@link ProblemException} that names the record and field, the type expected and what was found.
 */
final class StrictAdapters {
    private static final Pattern LOCATION = Pattern.compile("at line (\\d+) column (\\d+) path (\\S*)");

    private StrictAdapters() {
    }

    /** A problem found while reading the file, with its place in it. */
    static final class ProblemException extends JsonParseException {
        private final transient ImportProblem problem;

        ProblemException(ImportProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        ImportProblem problem() {
            return problem;
        }
    }

    static GsonBuilder register(GsonBuilder builder) {
        return builder
                .registerTypeAdapter(String.class, new Strict<>(JsonKind.TEXT, JsonToken.STRING, JsonReader::nextString,
                        JsonWriter::value))
                .registerTypeAdapter(Boolean.class, new Strict<>(JsonKind.BOOLEAN, JsonToken.BOOLEAN,
                        JsonReader::nextBoolean, JsonWriter::value))
                .registerTypeAdapter(Integer.class, new Strict<>(JsonKind.WHOLE_NUMBER, JsonToken.NUMBER,
                        in -> (int) wholeNumber(in, Integer.MIN_VALUE, Integer.MAX_VALUE), JsonWriter::value))
                .registerTypeAdapter(Long.class, new Strict<>(JsonKind.WHOLE_NUMBER, JsonToken.NUMBER,
                        in -> wholeNumber(in, Long.MIN_VALUE, Long.MAX_VALUE), JsonWriter::value))
                .registerTypeAdapter(Double.class, new Strict<>(JsonKind.NUMBER, JsonToken.NUMBER,
                        StrictAdapters::finiteNumber, JsonWriter::value))
                .registerTypeAdapter(LocalDate.class, time(JsonKind.DATE, LocalDate::parse))
                .registerTypeAdapter(LocalDateTime.class, time(JsonKind.DATE_TIME, LocalDateTime::parse))
                .registerTypeAdapter(LocalTime.class, time(JsonKind.TIME, LocalTime::parse));
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read(JsonReader in) throws IOException;
    }

    @FunctionalInterface
    private interface Writing<T> {
        void write(JsonWriter out, T value) throws IOException;
    }

    /** Null, or a value of exactly one JSON type. */
    private static final class Strict<T> extends TypeAdapter<T> {
        private final JsonKind kind;
        private final JsonToken token;
        private final Reading<T> reading;
        private final Writing<T> writing;

        Strict(JsonKind kind, JsonToken token, Reading<T> reading, Writing<T> writing) {
            this.kind = kind;
            this.token = token;
            this.reading = reading;
            this.writing = writing;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                writing.write(out, value);
            }
        }

        @Override
        public T read(JsonReader in) throws IOException {
            JsonToken found = in.peek();
            if (found == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            if (found == token) {
                return reading.read(in);
            }
            throw wrongType(in, kind, found);
        }
    }

    private static <T> TypeAdapter<T> time(JsonKind kind, Function<String, T> parser) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                if (value == null) {
                    out.nullValue();
                } else {
                    out.value(value.toString());
                }
            }

            @Override
            public T read(JsonReader in) throws IOException {
                JsonToken found = in.peek();
                if (found == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                if (found != JsonToken.STRING) {
                    throw wrongType(in, kind, found);
                }
                ImportProblem place = located(in, "x");
                String text = in.nextString();
                try {
                    return parser.apply(text);
                } catch (DateTimeParseException e) {
                    String code = switch (kind) {
                        case DATE -> "badDate";
                        case TIME -> "badTime";
                        default -> "badDateTime";
                    };
                    throw new ProblemException(moved(place, code, abbreviate(text)));
                }
            }
        };
    }

    /**
     * The value is not of the type expected. Text where a number or true/false is expected is read, so that the
     * message can show it and say to write it without quotes when that is all that is wrong.
     */
    private static ProblemException wrongType(JsonReader in, JsonKind expected, JsonToken found) throws IOException {
        ImportProblem place = located(in, "x");
        if (found == JsonToken.STRING && expected != JsonKind.TEXT) {
            String text = in.nextString();
            boolean unquoted = switch (expected) {
                case BOOLEAN -> text.equals("true") || text.equals("false");
                case NUMBER, WHOLE_NUMBER -> isNumber(text);
                default -> false;
            };
            return new ProblemException(moved(place, unquoted ? "quoted" : "typeText", expected, abbreviate(text)));
        }
        return new ProblemException(moved(place, "type", expected, JsonKind.of(found)));
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The number as written, if it is a whole number from min to max; 1.0 and 1e2 are whole, 1.5 is not. */
    private static long wholeNumber(JsonReader in, long min, long max) throws IOException {
        ImportProblem place = located(in, "x");
        String literal = in.nextString();
        BigDecimal value = decimal(literal, place);
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new ProblemException(moved(place, "notWholeNumber", abbreviate(literal)));
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new ProblemException(moved(place, "numberTooLarge", abbreviate(literal)));
        }
        return value.longValue();
    }

    private static Double finiteNumber(JsonReader in) throws IOException {
        ImportProblem place = located(in, "x");
        String literal = in.nextString();
        decimal(literal, place);
        double value = Double.parseDouble(literal);
        if (!Double.isFinite(value)) {
            throw new ProblemException(moved(place, "numberTooLarge", abbreviate(literal)));
        }
        return value;
    }

    private static BigDecimal decimal(String literal, ImportProblem place) {
        try {
            return new BigDecimal(literal);
        } catch (NumberFormatException e) {
            // An exponent beyond what BigDecimal holds (1e9999999999): far too large (or small) either way.
            throw new ProblemException(moved(place, "numberTooLarge", abbreviate(literal)));
        }
    }

    /** Where the reader is: its path (record and field), line and column, with a placeholder code. */
    static ImportProblem located(JsonReader in, String code, Object... args) {
        Matcher m = LOCATION.matcher(in.toString());
        if (m.find()) {
            return ImportProblem.at(in.getPath(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), code,
                    args);
        }
        return ImportProblem.at(in.getPath(), code, args);
    }

    static ImportProblem moved(ImportProblem place, String code, Object... args) {
        return new ImportProblem(code, place.record(), place.field(), java.util.List.of(args), place.line(),
                place.column());
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
