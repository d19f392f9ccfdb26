package org.carnet.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.carnet.core.StorageException;
import org.carnet.journal.DayCount;
import org.carnet.storage.DataLocation;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcJournalRepository;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;

/**
 * The command-line mode: no window, plain text, and exit codes a script can rely on. This is the only place that
 * prints to the console.
 */
final class Cli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final CliJournal.PasswordPrompt prompt;
    private CliJournal journal;

    Cli(PrintStream out, PrintStream err, Clock clock) {
        this(out, err, clock, CliJournal.CONSOLE);
    }

    Cli(PrintStream out, PrintStream err, Clock clock, CliJournal.PasswordPrompt prompt) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.prompt = prompt;
    }

    /** Each command's arguments, as typed (never translated); the order is the order shown by --help. */
    private static final Map<String, String> COMMANDS = new java.util.LinkedHashMap<>();

    static {
        COMMANDS.put("status", "status");
        COMMANDS.put("report", ReportArguments.USAGE);
        COMMANDS.put("export", "export --out FILE.json");
        COMMANDS.put("import", "import --in FILE.json [--replace] [--lang fr|en]");
        COMMANDS.put("export-csv", "export-csv --out-dir DIR [--from YYYY-MM-DD --to YYYY-MM-DD]");
        COMMANDS.put("remind", RemindCommand.USAGE);
    }

    int run(CommandLine line) {
        Path dataDir = line.error() == null ? DataLocation.resolveForThisProcess(line.dataDir()) : null;
        Messages words = new Messages(language(line, dataDir));
        if (line.error() != null) {
            err.println("carnet: " + line.error().in(words));
            err.println(words.get("cli.tryHelp"));
            return USAGE;
        }
        if (line.help()) {
            out.print(help(words));
            return OK;
        }
        if (line.version()) {
            out.println("Carnet " + Version.current());
            return OK;
        }
        if (!COMMANDS.containsKey(line.command())) {
            err.println("carnet: " + words.get("cli.unknownCommand", line.command()));
            err.println(words.get("cli.tryHelp"));
            return USAGE;
        }
        if (line.commandArgs().contains("--help") || line.commandArgs().contains("-h")) {
            out.print(commandHelp(line.command(), words));
            return OK;
        }
        if (line.passwordFile() != null) {
            // Said whatever the journal: a mistyped path is never silently ignored.
            Path file = Path.of(line.passwordFile());
            String problem = java.nio.file.Files.isDirectory(file) ? "cli.passwordFile.folder"
                    : !java.nio.file.Files.exists(file) ? "cli.passwordFile.missing"
                    : !java.nio.file.Files.isReadable(file) ? "cli.passwordFile.unreadable" : null;
            if (problem != null) {
                err.println("carnet: " + words.get(problem, file.toAbsolutePath()));
                return USAGE;
            }
        }
        journal = new CliJournal(clock, line.passwordFile() == null ? null : Path.of(line.passwordFile()), prompt,
                words);
        try {
            org.carnet.storage.UnusableFolderException.refuse(dataDir);
        } catch (StorageException e) {
            err.println(journal.describe(dataDir, e));
            return FAILED;
        }
        switch (line.command()) {
            case "report" -> {
                return report(dataDir, line.commandArgs(), words);
            }
            case "remind" -> {
                return RemindCommand.forThisSystem(out, err, clock, journal, words).run(dataDir, line.commandArgs());
            }
            case "export", "import", "export-csv" -> {
                return new ExchangeCommands(out, err, clock, journal, words).run(line.command(), dataDir,
                        line.commandArgs());
            }
            default -> {
                // status, below
            }
        }
        return status(dataDir, line.commandArgs(), words);
    }

    private int report(Path dataDir, List<String> args, Messages words) {
        ReportArguments report = ReportArguments.parse(args, words.language(), words);
        if (report.error() != null) {
            err.println("carnet: " + report.error());
            err.println(words.get("cli.tryCommandHelp", "report"));
            return USAGE;
        }
        // The summary's language (--lang after the command) is also the confirmation's, as import's --lang is.
        Messages said = report.language() == words.language() ? words : new Messages(report.language());
        Logging.toDataFolder(dataDir);
        // Fonts and PDFBox load on a second core while the journal opens and the report's data is read.
        org.carnet.report.pdf.SummaryPdf.warmUpInBackground();
        try (Services services = journal.openToRead(dataDir)) {
            org.carnet.report.pdf.SummaryPdf.Written summary = org.carnet.report.pdf.SummaryPdf.written(
                    services.report().build(report.from(), report.to()), said);
            java.nio.file.Path parent = report.out().toAbsolutePath().getParent();
            if (parent != null) {
                org.carnet.storage.AtomicFiles.inFolders(parent, () -> {
                    org.carnet.storage.AtomicFiles.write(report.out(), summary.pdf());
                    return null;
                });
            } else {
                org.carnet.storage.AtomicFiles.write(report.out(), summary.pdf());
            }
            out.println(said.get("cli.report.done", report.from().toString(), report.to().toString(),
                    report.out().toAbsolutePath().toString(), summary.pages()));
            return OK;
        } catch (org.carnet.core.ValidationException e) {
            e.errors().forEach(error -> err.println("carnet: " + said.error(error)));
            return FAILED;
        } catch (StorageException e) {
            err.println(journal.describe(dataDir, e));
            return FAILED;
        } catch (java.io.IOException e) {
            err.println(ExchangeCommands.cannotWrite(said, report.out(), e));
            return FAILED;
        }
    }

    private int status(Path dataDir, List<String> args, Messages words) {
        if (!args.isEmpty()) {
            err.println("carnet: " + words.get("cli.status.noArguments", String.join(" ", args)));
            err.println(words.get("cli.tryCommandHelp", "status"));
            return USAGE;
        }
        Logging.toDataFolder(dataDir);
        try (Database database = journal.openDatabaseToRead(dataDir)) {
            DayCount days = new JdbcJournalRepository(database).countDays();
            out.println(words.get("cli.status.folder", dataDir.toString()));
            out.println(words.get("cli.status.days", days.days()));
            out.println(days.latest() == null ? words.get("cli.status.latest.none")
                    : words.get("cli.status.latest", days.latest().toString()));
            return OK;
        } catch (StorageException e) {
            err.println(journal.describe(dataDir, e));
            return FAILED;
        }
    }

    /**
     * The person's language: --lang, else the one chosen in the window for the journal in {@code dataDir} (null when
     * the line is wrong and no folder is known), else the system's.
     */
    static Language language(CommandLine line, Path dataDir) {
        Language system = systemLanguage(System.getenv());
        return line.lang() != null ? Language.fromCode(line.lang(), Language.ENGLISH)
                : dataDir != null ? AppSettings.load(dataDir).language(system) : system;
    }

    /**
     * The terminal's language: French when LC_ALL, else LC_MESSAGES, else LANG says so (even where that locale is
     * not installed and Java fell back to English), else Java's default locale.
     */
    static Language systemLanguage(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.startsWith("fr") ? Language.FRENCH : Language.fromSystem(java.util.Locale.getDefault());
            }
        }
        return Language.fromSystem(java.util.Locale.getDefault());
    }

    /**
     * UTF-8 when LC_ALL, LC_CTYPE or LANG names it, even where that locale is not installed and Java fell back to
     * ASCII (which prints "?" for é); else {@code fallback}, Java's own choice.
     */
    static java.nio.charset.Charset terminalCharset(Map<String, String> env, java.nio.charset.Charset fallback) {
        for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                String lower = value.toLowerCase(java.util.Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8") ? java.nio.charset.StandardCharsets.UTF_8
                        : fallback;
            }
        }
        return fallback;
    }

    /** The help in English (the tests' reference). */
    static String help() {
        return help(new Messages(Language.ENGLISH));
    }

    /** The options and commands in {@code words}' language; option and command names as typed. */
    static String help(Messages words) {
        StringBuilder text = new StringBuilder();
        text.append(words.get("cli.help.title")).append("\n\n");
        text.append(words.get("cli.help.usage")).append('\n');
        entry(text, "carnet [--data-dir DIR]", words.get("cli.help.usage.window"), 37);
        entry(text, "carnet [--data-dir DIR] COMMAND", words.get("cli.help.usage.command"), 37);
        text.append('\n').append(words.get("cli.help.options")).append('\n');
        entry(text, "--data-dir DIR", words.get("cli.help.option.dataDir"), 17);
        entry(text, "--password-file FILE", words.get("cli.help.option.passwordFile"), 17);
        entry(text, "--open checkin|intake", words.get("cli.help.option.open"), 17);
        entry(text, "--lang fr|en", words.get("cli.help.option.lang"), 17);
        entry(text, "--help, -h", words.get("cli.help.option.help"), 17);
        entry(text, "--version, -V", words.get("cli.help.option.version"), 17);
        text.append('\n').append(words.get("cli.help.commands")).append('\n');
        for (String command : COMMANDS.keySet()) {
            entry(text, command, words.get("cli.help.command." + command), 18);
        }
        text.append('\n');
        wrap(text, words.get("cli.help.more"), "");
        wrap(text, words.get("cli.help.exit"), "");
        return text.toString();
    }

    /** One command's help: how it is typed, then what it does. */
    static String commandHelp(String command, Messages words) {
        StringBuilder text = new StringBuilder();
        text.append(words.get("cli.help.usage")).append('\n');
        text.append("  carnet [--data-dir DIR] ").append(COMMANDS.get(command)).append("\n\n");
        wrap(text, words.get("cli.help.command." + command), "  ");
        wrap(text, words.get("cli.help.exit"), "");
        return text.toString();
    }

    private static final int WIDTH = 88;

    /** "  NAME   description", the name padded to {@code column}; a name too long puts the words on the next line. */
    private static void entry(StringBuilder text, String name, String description, int column) {
        String indent = " ".repeat(2 + column + 1);
        if (name.length() > column) {
            text.append("  ").append(name).append('\n');
            wrap(text, description, indent);
        } else {
            StringBuilder first = new StringBuilder();
            wrap(first, description, indent);
            text.append("  ").append(String.format("%-" + column + "s", name)).append(' ')
                    .append(first.substring(indent.length()));
        }
    }

    /** The words wrapped at {@link #WIDTH} columns, each line starting with {@code indent}. */
    private static void wrap(StringBuilder text, String words, String indent) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : words.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                text.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        text.append(line).append('\n');
    }
}
