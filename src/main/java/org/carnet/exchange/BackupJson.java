package org.carnet.exchange;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
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
import java.util.List;
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
    /** The problem's code when a valid file could not be written into the journal (storage, not the file). */
    public static final String NOT_IMPORTED = "notImported";

    private final BackupStore store;
    /** For import only, made on first use: an export writes with {@link BackupWriter} and needs no Gson object. */
    private Gson gson;

    public BackupJson(BackupStore store) {
        this.store = store;
    }

    /** The settings every backup was written with; import reads with the same strict adapters. */
    static Gson gson() {
        return StrictAdapters.register(new GsonBuilder())
                .setStrictness(Strictness.STRICT)
                .disableHtmlEscaping()
                .setPrettyPrinting()
                .create();
    }

    private synchronized Gson reader() {
        if (gson == null) {
            gson = gson();
        }
        return gson;
    }

    // Export

    /** The whole journal as JSON text. */
    public String export() {
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            BackupWriter.write(store.readAll(), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);  // a StringWriter does not fail
        }
        return text.toString();
    }

    public void export(Writer out) throws IOException {
        BackupWriter.write(store.readAll(), out);
        out.flush();
    }

    /** Writes to a temporary file beside the target, then moves it in place, so a failed export leaves no half file. */
    public void exportTo(Path file) throws IOException {
        org.carnet.storage.AtomicFiles.write(file, stream -> {
            Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
            export(out);
        });
    }

    // Import

    public ImportResult importFrom(Path file, ImportMode mode) {
        return importFrom(file, mode, () -> { });
    }

    /**
     * As {@link #importFrom(Path, ImportMode)}, running {@code beforeWriting} (the safety backup of a replace) only
     * once the file has been read and found valid: a file that is refused never makes a backup, so refused attempts
     * never push the good backups out of the ones kept.
     */
    public ImportResult importFrom(Path file, ImportMode mode, Runnable beforeWriting) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return ImportResult.failed(ImportProblem.ofFile("tooLarge", MAX_FILE_BYTES / (1024 * 1024)));
            }
            return importBytes(Files.readAllBytes(file), mode, beforeWriting);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.WARNING, "Cannot read backup " + file, e);
            return ImportResult.failed(unreadable(file, e));
        }
    }

    public ImportResult importFrom(InputStream in, ImportMode mode) {
        try {
            return importBytes(in.readAllBytes(), mode);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return ImportResult.failed(unreadable(null, e));
        }
    }

    /** Bytes must be UTF-8 (a BOM is allowed). */
    public ImportResult importBytes(byte[] bytes, ImportMode mode) {
        return importBytes(bytes, mode, () -> { });
    }

    private ImportResult importBytes(byte[] bytes, ImportMode mode, Runnable beforeWriting) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return ImportResult.failed(ImportProblem.ofFile("notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return importText(text, mode, beforeWriting);
    }

    public ImportResult importText(String json, ImportMode mode) {
        return importText(json, mode, () -> { });
    }

    private ImportResult importText(String json, ImportMode mode, Runnable beforeWriting) {
        if (json == null || json.isBlank()) {
            return ImportResult.failed(ImportProblem.ofFile("empty"));
        }
        try {
            refuseDuplicateKeys(json);
            Backup backup = parse(new StringReader(json));
            if (backup == null) {
                return ImportResult.failed(ImportProblem.ofFile("empty"));
            }
            List<ImportProblem> problems = BackupValidator.validate(backup);
            if (!problems.isEmpty()) {
                return ImportResult.failed(problems);
            }
            beforeWriting.run();
            ImportResult written = store.write(backup, mode);
            return written.ok() ? written.withFoodCodes(BackupCodes.tableCodes(backup)) : written;
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            return ImportResult.failed(syntaxProblem(json, readingProblem(e)));
        } catch (StackOverflowError e) {
            return ImportResult.failed(ImportProblem.ofFile("tooDeep"));
        } catch (RuntimeException | OutOfMemoryError e) {
            // A storage failure (disk, lock) or anything unforeseen: the transaction was rolled back.
            LOG.log(Level.WARNING, "Backup import failed", e);
            return ImportResult.failed(ImportProblem.ofFile(NOT_IMPORTED, reason(e)));
        }
    }

    /**
     * A key given twice is refused, naming it. Where the text is not well-formed JSON the walk stops without a word:
     * the reading that follows reports the first problem a reader meets (a wrong type early on, or where the text is
     * broken), as before.
     */
    private void refuseDuplicateKeys(String json) {
        try {
            DuplicateKeys.refuse(reader(), new StringReader(json), NESTING_LIMIT);
        } catch (StrictAdapters.ProblemException duplicate) {
            throw duplicate;
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException | StackOverflowError
                 malformed) {
            // left to parse()
        }
    }

    private Backup parse(Reader in) throws IOException {
        JsonReader reader = reader().newJsonReader(in);
        reader.setNestingLimit(NESTING_LIMIT);
        JsonToken first = reader.peek();
        if (first == JsonToken.END_DOCUMENT) {
            return null;
        }
        if (first != JsonToken.BEGIN_OBJECT) {
            throw new StrictAdapters.ProblemException(StrictAdapters.moved(StrictAdapters.located(reader, "x"),
                    "notAnObject", JsonKind.of(first)));
        }
        Backup backup = reader().fromJson(reader, Backup.class);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new StrictAdapters.ProblemException(StrictAdapters.moved(StrictAdapters.located(reader, "x"),
                    "trailingData"));
        }
        return backup;
    }

    private static final java.util.regex.Pattern GSON_LOCATION =
            java.util.regex.Pattern.compile("at line (\\d+) column (\\d+) path (\\S*)");
    private static final java.util.regex.Pattern GSON_TYPE =
            java.util.regex.Pattern.compile("Expected (BEGIN_\\w+|END_\\w+|an? \\w+|[A-Z_]+) but was (\\w+)");

    /** What Gson (or our adapters) found wrong while reading, as a problem with its place in the file. */
    static ImportProblem readingProblem(Throwable e) {
        String message = null;
        boolean endOfInput = false;
        boolean malformed = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StrictAdapters.ProblemException problem) {
                return problem.problem();
            }
            endOfInput |= t instanceof java.io.EOFException;
            malformed |= t instanceof com.google.gson.stream.MalformedJsonException;
            if (message == null) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return ImportProblem.ofFile("invalid", "unreadable content");
        }
        java.util.regex.Matcher location = GSON_LOCATION.matcher(message);
        String path = null;
        int line = 0;
        int column = 0;
        if (location.find()) {
            line = Integer.parseInt(location.group(1));
            column = Integer.parseInt(location.group(2));
            path = location.group(3);
        }
        if (message.contains("Nesting limit")) {
            return ImportProblem.at(path, line, column, "tooDeep");
        }
        if (endOfInput || message.contains("End of input")) {
            return ImportProblem.at(path, line, column, "truncated");
        }
        java.util.regex.Matcher type = GSON_TYPE.matcher(message);
        if (!malformed && type.find()) {
            JsonKind expected = JsonKind.fromGsonWord(type.group(1));
            JsonKind found = JsonKind.fromGsonWord(type.group(2));
            if (expected != null && found != null) {
                return ImportProblem.at(path, line, column, "type", expected, found);
            }
        }
        if (malformed) {
            return ImportProblem.at(path, line, column, "malformed");
        }
        return ImportProblem.at(path, line, column, "invalid", describe(e));
    }

    /**
     * The reader's problem told more exactly: a comma before a closing bracket at or before where the reader stopped
     * is named as such, at the comma; "the file ends too early" only when it really does (a string or a bracket left
     * open), else it is JSON that is not valid at that place.
     */
    static ImportProblem syntaxProblem(String json, ImportProblem problem) {
        String code = problem.code();
        if (!code.equals("malformed") && !code.equals("truncated") && !code.equals("invalid")) {
            return problem;
        }
        JsonSyntax.Place comma = JsonSyntax.trailingComma(json);
        if (comma != null && comma.notAfter(problem.line(), problem.column())) {
            return new ImportProblem("trailingComma", problem.record(), problem.field(), List.of(), comma.line(),
                    comma.column());
        }
        boolean endsEarly = JsonSyntax.endsEarly(json);
        if (code.equals("malformed") && endsEarly && atEnd(json, problem.line(), problem.column())) {
            // "Unterminated string", "Expected name": all the reader had left was the end of the file.
            return StrictAdapters.moved(problem, "truncated");
        }
        if (code.equals("truncated") && !endsEarly) {
            return StrictAdapters.moved(problem, "malformed");
        }
        return problem;
    }

    /** True if line and column (from 1, as Gson counts) are at the end of the text, blanks aside. */
    static boolean atEnd(String text, int line, int column) {
        if (line <= 0) {
            return false;
        }
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return true;
            }
            offset = next + 1;
        }
        return offset + column - 1 >= text.stripTrailing().length();
    }

    /**
     * The reason of a failure as a value of the problem: an {@link ImportReason} the UI puts in words, or, for what
     * no code describes, the exception's own message (without its class name).
     */
    static Object reason(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return ImportReason.OUT_OF_MEMORY;
        }
        if (org.carnet.storage.StorageFailures.isDiskFull(e)) {
            return ImportReason.DISK_FULL;
        }
        if (e instanceof org.carnet.core.JournalDamagedException) {
            return ImportReason.DAMAGED;
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** The problem of a file that cannot be read: missing, refused, or another reason. */
    private static ImportProblem unreadable(Path file, Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException
                || e instanceof java.nio.file.AccessDeniedException) {
            String named = ((java.nio.file.FileSystemException) e).getFile();
            return ImportProblem.ofFile(e instanceof java.nio.file.NoSuchFileException ? "noSuchFile" : "accessDenied",
                    named != null ? named : String.valueOf(file));
        }
        return ImportProblem.ofFile("unreadable", reason(e));
    }

    private static final java.util.regex.Pattern EXCEPTION_PREFIX =
            java.util.regex.Pattern.compile("(?:[a-z]+\\.)+[A-Za-z]*(?:Exception|Error): ");
    private static final java.util.regex.Pattern LOCATION =
            java.util.regex.Pattern.compile("\\s*at line (\\d+) column (\\d+) path \\$\\.?(\\S*)");

    /**
     * Gson's message, for what no code of ours describes (the rare case left): the English words of the library,
     * without class names and the path, which the problem carries.
     */
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
        message = EXCEPTION_PREFIX.matcher(message).replaceAll("").strip();
        java.util.regex.Matcher location = LOCATION.matcher(message);
        if (location.find()) {
            message = message.substring(0, location.start()).strip();
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
