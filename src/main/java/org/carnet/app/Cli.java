package org.carnet.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.carnet.core.StorageException;
import org.carnet.journal.DayCount;
import org.carnet.storage.DataLocation;

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

    /** Commands and their one-line help; the order is the order shown by --help. */
    private static final Map<String, String> COMMANDS = new java.util.LinkedHashMap<>(Map.of(
            "status", "show where the journal is and how many days it holds",
            "report", "write the GP summary as PDF: " + ReportArguments.USAGE));

    static {
        COMMANDS.put("export", "export --out FILE.json: the whole journal as a JSON backup");
        COMMANDS.put("import", "import --in FILE.json [--replace] [--lang fr|en]: add a backup's records (or replace "
                + "everything, after an automatic backup); problems with the file in English or French");
        COMMANDS.put("export-csv", "export-csv --out-dir DIR [--from YYYY-MM-DD --to YYYY-MM-DD]: days, episodes "
                + "and intakes as CSV for a spreadsheet");
        COMMANDS.put("remind", RemindCommand.USAGE + ": show a desktop notification for what is due and not "
                + "logged (the reminders turned on in Preferences); --dry-run prints it only; --install / --remove "
                + "the schedule that runs it every 15 minutes");
    }

    int run(CommandLine line) {
        if (line.error() != null) {
            err.println("carnet: " + line.error());
            err.println("Try 'carnet --help' for the options.");
            return USAGE;
        }
        if (line.help()) {
            out.print(help());
            return OK;
        }
        if (line.version()) {
            out.println("Carnet " + Version.current());
            return OK;
        }
        if (!COMMANDS.containsKey(line.command())) {
            err.println("carnet: unknown command: " + line.command());
            err.println("Try 'carnet --help' for the commands.");
            return USAGE;
        }
        Path dataDir = DataLocation.resolveForThisProcess(line.dataDir());
        journal = new CliJournal(clock, line.passwordFile() == null ? null : Path.of(line.passwordFile()), prompt);
        try {
            org.carnet.storage.UnusableFolderException.refuse(dataDir);
        } catch (StorageException e) {
            err.println(journal.describe(dataDir, e));
            return FAILED;
        }
        switch (line.command()) {
            case "report" -> {
                return report(dataDir, line.commandArgs());
            }
            case "remind" -> {
                return RemindCommand.forThisSystem(out, err, clock, journal).run(dataDir, line.commandArgs());
            }
            case "export", "import", "export-csv" -> {
                return new ExchangeCommands(out, err, clock, journal).run(line.command(), dataDir, line.commandArgs());
            }
            default -> {
                // status, below
            }
        }
        return status(dataDir, line.commandArgs());
    }

    private int report(Path dataDir, List<String> args) {
        ReportArguments report = ReportArguments.parse(args, AppSettings.load(dataDir).language());
        if (report.error() != null) {
            err.println("carnet: " + report.error());
            return USAGE;
        }
        Logging.toDataFolder(dataDir);
        // Fonts and PDFBox load on a second core while the journal opens and the report's data is read.
        org.carnet.report.pdf.SummaryPdf.warmUpInBackground();
        try (Services services = journal.open(dataDir)) {
            byte[] pdf = org.carnet.report.pdf.SummaryPdf.write(services.report().build(report.from(), report.to()),
                    new org.carnet.ui.Messages(report.language()));
            java.nio.file.Path parent = report.out().toAbsolutePath().getParent();
            if (parent != null) {
                org.carnet.storage.AtomicFiles.createFolders(parent);
            }
            org.carnet.storage.AtomicFiles.write(report.out(), pdf);
            out.println("Summary of " + report.from() + " to " + report.to() + " written to "
                    + report.out().toAbsolutePath() + " (" + org.carnet.report.PdfPages.pageCount(pdf) + " page(s))");
            return OK;
        } catch (org.carnet.core.ValidationException e) {
            org.carnet.ui.Messages words = new org.carnet.ui.Messages(org.carnet.ui.Language.ENGLISH);
            e.errors().forEach(error -> err.println("carnet: " + words.error(error)));
            return FAILED;
        } catch (StorageException e) {
            err.println(journal.describe(dataDir, e));
            return FAILED;
        } catch (java.io.IOException e) {
            err.println(ExchangeCommands.cannotWrite(report.out(), e));
            return FAILED;
        }
    }

    private int status(Path dataDir, List<String> args) {
        if (!args.isEmpty()) {
            err.println("carnet: status takes no arguments, got: " + String.join(" ", args));
            return USAGE;
        }
        Logging.toDataFolder(dataDir);
        try (Services services = journal.open(dataDir)) {
            DayCount days = services.journal().countDays();
            out.println("Data folder: " + dataDir);
            out.println("Days in the journal: " + days.days());
            out.println("Latest day: " + (days.latest() == null ? "none" : days.latest().toString()));
            return OK;
        } catch (StorageException e) {
            err.println(journal.describe(dataDir, e));
            return FAILED;
        }
    }

    static String help() {
        return """
                Carnet: a private journal of cramps, sleep and palpitations.

                Usage:
                  carnet [--data-dir DIR]              open the app's window
                  carnet [--data-dir DIR] COMMAND      run a command, no window

                Options:
                  --data-dir DIR   the folder holding the journal (default: your data folder,
                                   or the CARNET_DATA_DIR environment variable)
                  --password-file FILE
                                   for a journal protected by a password: the file whose first
                                   line is the password (otherwise it is asked at the terminal)
                  --open checkin|intake
                                   open the window on today's check-in or the intake page (a
                                   reminder's click); a window already open comes forward on it
                  --help, -h       show this help
                  --version, -V    show the version

                Commands:
                """
                + COMMANDS.entrySet().stream()
                        .map(e -> String.format("  %-18s %s%n", e.getKey(), e.getValue()))
                        .reduce("", String::concat)
                + """

                Exit codes: 0 done, 1 the command failed (for example the journal is open elsewhere),
                2 the command line is wrong, 3 (remind) something was due but no notification
                service answered.
                """;
    }
}
