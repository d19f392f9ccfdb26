package org.carnet.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carnet.core.StorageException;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportReason;
import org.carnet.exchange.ImportResult;
import org.carnet.exchange.csv.CsvExport;
import org.carnet.exchange.ui.ImportProblems;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcBackupRepository;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;

/** {@code export}, {@code import} and {@code export-csv}: the journal in and out, with no window. */
final class ExchangeCommands {
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final CliJournal journal;
    /** The person's language: what the commands say, and an import's problems unless --lang says otherwise. */
    private final Messages words;
    /** The command being run, for the help a usage error points to. */
    private String command;

    ExchangeCommands(PrintStream out, PrintStream err, Clock clock) {
        this(out, err, clock, new CliJournal(clock, null, CliJournal.CONSOLE));
    }

    ExchangeCommands(PrintStream out, PrintStream err, Clock clock, CliJournal journal) {
        this(out, err, clock, journal, new Messages(Language.ENGLISH));
    }

    ExchangeCommands(PrintStream out, PrintStream err, Clock clock, CliJournal journal, Messages words) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.journal = journal;
        this.words = words;
    }

    int run(String command, Path dataDir, List<String> args) {
        this.command = command;
        Map<String, String> options = new HashMap<>();
        Set<String> valued = switch (command) {
            case "export" -> Set.of("--out");
            case "import" -> Set.of("--in", "--lang");
            default -> Set.of("--out-dir", "--from", "--to");
        };
        boolean replace = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (options.containsKey(arg) || arg.equals("--replace") && replace) {
                return usage("cli.usage.twice", command, arg);
            } else if (command.equals("import") && arg.equals("--replace")) {
                replace = true;
            } else if (valued.contains(arg)) {
                // "--in --replace" is a forgotten file name, not a file called "--replace".
                if (i + 1 >= args.size() || valued.contains(args.get(i + 1)) || args.get(i + 1).equals("--replace")) {
                    return usage("cli.usage.needsValue", command, arg);
                }
                options.put(arg, args.get(++i));
            } else {
                return usage("cli.usage.unexpected", command, arg);
            }
        }
        String required = command.equals("export") ? "--out" : command.equals("import") ? "--in" : "--out-dir";
        if (!options.containsKey(required)) {
            return usage("cli.usage.needs", command, required);
        }
        String lang = options.getOrDefault("--lang", words.language().code());
        if (!lang.equals("en") && !lang.equals("fr")) {
            return usage("cli.usage.lang", lang);
        }
        LocalDate from;
        LocalDate to;
        try {
            from = options.containsKey("--from") ? LocalDate.parse(options.get("--from")) : LocalDate.of(1900, 1, 1);
            to = options.containsKey("--to") ? LocalDate.parse(options.get("--to")) : LocalDate.now(clock);
        } catch (DateTimeParseException e) {
            return usage("cli.usage.dates");
        }
        if (to.isBefore(from)) {
            return usage("cli.usage.toBeforeFrom");
        }
        Logging.toDataFolder(dataDir);
        if (command.equals("export")) {
            // Only the database: the backup reads the tables itself, and the services (the guidance rules, the
            // food catalogue, the tracking and reminder services) cost a cold JVM their class loads for nothing.
            try (Database database = journal.openDatabaseToRead(dataDir)) {
                return export(new BackupJson(new JdbcBackupRepository(database)), Path.of(options.get("--out")));
            } catch (StorageException e) {
                err.println(journal.describe(dataDir, e));
                return Cli.FAILED;
            }
        }
        try (Services services = journal.open(dataDir)) {
            return switch (command) {
                case "import" -> importFile(services, Path.of(options.get("--in")), replace,
                        new Messages(Language.fromCode(lang, words.language())));
                default -> exportCsv(services.csvExport(), Path.of(options.get("--out-dir")), from, to);
            };
        } catch (StorageException e) {
            err.println(journal.describe(dataDir, e));
            return Cli.FAILED;
        }
    }

    private int export(BackupJson backup, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                org.carnet.storage.AtomicFiles.inFolders(parent, () -> {
                    backup.exportTo(file);
                    return null;
                });
            } else {
                backup.exportTo(file);
            }
            out.println(words.get("cli.export.done", file.toAbsolutePath().toString()));
            return Cli.OK;
        } catch (IOException e) {
            err.println(cannotWrite(words, file, e));
            return Cli.FAILED;
        }
    }

    /**
     * Why {@code target} could not be written, in words that name the target (never the temporary file beside it);
     * the detail goes to carnet.log.
     */
    static String cannotWrite(Messages words, Path target, IOException e) {
        java.util.logging.Logger.getLogger(ExchangeCommands.class.getName())
                .log(java.util.logging.Level.WARNING, "Cannot write " + target, e);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String reason;
        if (e instanceof org.carnet.storage.AtomicFiles.NotARegularFileException notRegular) {
            reason = words.get("cli.write.notRegular." + switch (notRegular.kind()) {
                case FOLDER -> "folder";
                case SYMBOLIC_LINK -> "link";
                case SPECIAL -> "special";
            }, String.valueOf(notRegular.target()));
        } else if (org.carnet.storage.StorageFailures.isDiskFull(e)) {
            reason = words.get("import.reason.diskFull");
        } else if (e instanceof java.nio.file.AccessDeniedException
                || e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                && fs.getReason().contains("Read-only")) {
            reason = words.get("cli.write.notWritable", String.valueOf(folder));
        } else if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
            // A folder was needed where a file is (export-csv --out-dir FILE, or a file in the path).
            reason = words.get("cli.write.fileNotFolder",
                    String.valueOf(exists.getFile() == null ? absolute : exists.getFile()));
        } else if (e instanceof java.nio.file.NoSuchFileException && folder != null && Files.isDirectory(folder)) {
            // The folder is there but refuses new files (a system folder such as /proc or /sys).
            reason = words.get("cli.write.systemFolder", String.valueOf(folder));
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            reason = words.get("cli.write.noFolder", String.valueOf(folder));
        } else if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return "carnet: " + words.get("cli.write.failed", absolute.toString(), reason);
    }

    /**
     * The file's problems and the counts in {@code fileWords}: --lang, else the person's language. A file that is
     * not there, or is a folder, is said in them too: it is the file's first problem.
     */
    private int importFile(Services services, Path file, boolean replace, Messages fileWords) {
        if (Files.isDirectory(file)) {
            err.println("carnet: " + fileWords.get("cli.import.folder", file.toString()));
            return Cli.FAILED;
        }
        if (!Files.isRegularFile(file)) {
            err.println("carnet: " + fileWords.get("cli.import.noFile", file.toString()));
            return Cli.FAILED;
        }
        ImportResult result = services.importBackup(file, replace ? ImportMode.REPLACE : ImportMode.MERGE,
                safety -> out.println(fileWords.get("cli.import.backup", safety.toString())));
        if (!result.ok() && result.problems().size() == 1
                && result.problems().get(0).code().equals(BackupJson.NOT_IMPORTED)) {
            // The file was fine; the journal could not take it (a full disk, a damaged journal): no "problem" in it.
            Object reason = result.problems().get(0).args().isEmpty() ? "" : result.problems().get(0).args().get(0);
            err.println("carnet: " + (reason == ImportReason.DISK_FULL
                    ? fileWords.get("import.cli.diskFull", services.dataDir().toAbsolutePath())
                    : fileWords.get("import.cli.failed", ImportProblems.reason(fileWords, reason))));
            return Cli.FAILED;
        }
        if (!result.ok()) {
            err.println("carnet: " + fileWords.get("import.cli.refused", ImportProblems.count(result.problems())));
            ImportProblems.describe(fileWords, result.problems(), 20).forEach(e -> err.println("  " + e));
            return Cli.FAILED;
        }
        out.println(fileWords.get(replace ? "cli.import.replaced" : "cli.import.done", file.toAbsolutePath().toString()));
        ImportProblems.tables(fileWords, result).forEach(line -> out.println("  " + line));
        // Imported with a warning, not refused: a newer food table may hold the code (docs/backup-format.md).
        ImportProblems.unknownFoods(fileWords, result, code -> services.intake().food(code).isPresent())
                .forEach(line -> err.println("carnet: " + line));
        return Cli.OK;
    }

    private int exportCsv(CsvExport export, Path dir, LocalDate from, LocalDate to) {
        CsvExport.Summary summary;
        try {
            summary = export.export(dir, from, to);
        } catch (CsvExport.WriteFailure e) {
            err.println(cannotWrite(words, e.target(), e.getCause()));
            return Cli.FAILED;
        }
        out.println(words.get("cli.csv.done", dir.toAbsolutePath().toString(), summary.dayRows(),
                summary.episodeRows(), summary.intakeRows(), summary.labRows()));
        return Cli.OK;
    }

    /** A usage error in the person's words ({@code key} a cli.usage.* message), then the command's own help. */
    private int usage(String key, Object... args) {
        err.println("carnet: " + words.get(key, args));
        err.println(words.get("cli.tryCommandHelp", command));
        return Cli.USAGE;
    }
}
