package org.carnet.exchange;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The journal backup as JSON (docs/backup-format.md). Export writes every table; import reads the whole file,
 * validates all of it, and only then writes it through the {@link BackupStore} in one transaction. Import never
 * throws: whatever is wrong with the file (or the disk) comes back as an {@link ImportResult} with errors.
 */
public final class BackupJson {
    private static final Logger LOG = Logger.getLogger(BackupJson.class.getName());
    /** Far more than the format needs (4 levels); refuses hostile nesting early. */
    private static final int NESTING_LIMIT = 32;
    /** A backup of decades is a few tens of MB; anything much larger is not ours. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private final BackupStore store;
    private final Gson gson;

    public BackupJson(BackupStore store) {
        this.store = store;
        this.gson = new GsonBuilder()
                .registerTypeAdapter(LocalDate.class, adapter(LocalDate::parse).nullSafe())
                .registerTypeAdapter(LocalDateTime.class, adapter(LocalDateTime::parse).nullSafe())
                .registerTypeAdapter(LocalTime.class, adapter(LocalTime::parse).nullSafe())
                .setStrictness(Strictness.STRICT)
                .disableHtmlEscaping()
                .setPrettyPrinting()
                .create();
    }

    // Export

    /** The whole journal as JSON text. */
    public String export() {
        return gson.toJson(store.readAll());
    }

    public void export(Writer out) throws IOException {
        try {
            gson.toJson(store.readAll(), out);
        } catch (com.google.gson.JsonIOException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e);
        }
        out.flush();
    }

    /** Writes to a temporary file beside the target, then moves it in place, so a failed export leaves no half file. */
    public void exportTo(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".carnet-backup", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                export(out);
            }
            try {
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    // Import

    public ImportResult importFrom(Path file, ImportMode mode) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return ImportResult.failed("The file is too large to be a Carnet backup.");
            }
            return importBytes(Files.readAllBytes(file), mode);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.WARNING, "Cannot read backup " + file, e);
            return ImportResult.failed("The file cannot be read: " + e.getMessage());
        }
    }

    public ImportResult importFrom(InputStream in, ImportMode mode) {
        try {
            return importBytes(in.readAllBytes(), mode);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return ImportResult.failed("The file cannot be read: " + e.getMessage());
        }
    }

    /** Bytes must be UTF-8 (a BOM is allowed). */
    public ImportResult importBytes(byte[] bytes, ImportMode mode) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return ImportResult.failed("The file is not valid UTF-8 text, so it is not a Carnet backup.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return importText(text, mode);
    }

    public ImportResult importText(String json, ImportMode mode) {
        if (json == null || json.isBlank()) {
            return ImportResult.failed("The file is empty.");
        }
        try {
            Backup backup = parse(new StringReader(json));
            if (backup == null) {
                return ImportResult.failed("The file is empty.");
            }
            List<String> errors = BackupValidator.validate(backup);
            if (!errors.isEmpty()) {
                return ImportResult.failed(errors);
            }
            return store.write(backup, mode);
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            return ImportResult.failed("The file is not a valid Carnet backup: " + describe(e));
        } catch (StackOverflowError e) {
            return ImportResult.failed("The file is not a valid Carnet backup: nested too deeply.");
        } catch (RuntimeException | OutOfMemoryError e) {
            // A storage failure (disk, lock) or anything unforeseen: the transaction was rolled back.
            LOG.log(Level.WARNING, "Backup import failed", e);
            return ImportResult.failed("The backup could not be imported; nothing was changed. (" + e.getMessage() + ")");
        }
    }

    private Backup parse(Reader in) throws IOException {
        JsonReader reader = gson.newJsonReader(in);
        reader.setNestingLimit(NESTING_LIMIT);
        if (reader.peek() == JsonToken.END_DOCUMENT) {
            return null;
        }
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            throw new JsonParseException("expected a JSON object at the start of the file");
        }
        Backup backup = gson.fromJson(reader, Backup.class);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new JsonParseException("unexpected data after the end of the backup");
        }
        return backup;
    }

    private static final java.util.regex.Pattern EXCEPTION_PREFIX =
            java.util.regex.Pattern.compile("(?:[a-z]+\\.)+[A-Za-z]*(?:Exception|Error): ");
    private static final java.util.regex.Pattern LOCATION =
            java.util.regex.Pattern.compile("\\s*at line (\\d+) column (\\d+) path \\$\\.?(\\S*)");

    /** Gson's message, in words: "episodes[5].kind: expected a string but was BEGIN_OBJECT (line 377, column 16)". */
    static String describe(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null && message == null; t = t.getCause() == t ? null : t.getCause()) {
            message = t.getMessage();
        }
        if (message == null) {
            return "unreadable content";
        }
        int seeDocs = message.indexOf("\nSee ");
        if (seeDocs >= 0) {
            message = message.substring(0, seeDocs);
        }
        message = EXCEPTION_PREFIX.matcher(message).replaceAll("").strip()
                .replaceAll("[Uu]se JsonReader\\.setStrictness\\(Strictness\\.LENIENT\\) to accept malformed JSON",
                        "malformed JSON (not a Carnet backup, or damaged)")
                .replace("BEGIN_ARRAY", "a list").replace("BEGIN_OBJECT", "an object")
                .replace("END_ARRAY", "the end of a list").replace("END_OBJECT", "the end of an object")
                .replace("END_DOCUMENT", "the end of the file").replace("BOOLEAN", "true/false")
                .replace("NUMBER", "a number").replace("STRING", "text").replace("NAME", "a field name");
        boolean early = message.contains("End of input") || message.contains("EOF");
        java.util.regex.Matcher location = LOCATION.matcher(message);
        if (location.find()) {
            String path = location.group(3);
            if (path.length() > 60) {
                path = path.substring(0, 60) + "…";
            }
            String what = message.substring(0, location.start()).strip();
            message = (path.isEmpty() ? "" : path + ": ") + lowerFirst(what) + " (line " + location.group(1)
                    + ", column " + location.group(2) + ")";
        }
        if (early) {
            message = "the file ends too early (is it complete?) " + message;
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static <T> TypeAdapter<T> adapter(Function<String, T> parser) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(value.toString());
            }

            @Override
            public T read(JsonReader in) throws IOException {
                String path = in.getPath().replaceFirst("^\\$\\.?", "");
                if (in.peek() != JsonToken.STRING) {
                    throw new JsonParseException(path + ": expected a date or time as text, found " + in.peek());
                }
                String text = in.nextString();
                try {
                    return parser.apply(text);
                } catch (DateTimeParseException e) {
                    throw new JsonParseException(path + ": \"" + abbreviate(text) + "\" is not a valid date or time");
                }
            }
        };
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
