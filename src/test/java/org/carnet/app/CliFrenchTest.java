package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.LogManager;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --lang fr}, what the commands themselves say (their usage errors, a file that cannot be read or written,
 * remind's own lines) is French, with no English left: each case run as the command line runs it.
 */
class CliFrenchTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-02T08:00:00Z"), ZoneOffset.UTC);
    /** English words none of the French messages holds (typed names such as --out or FILE.pdf aside). */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|is|not|needs|given|twice|could|folder|file|Usage|usage|unexpected|comes|before|Reminders|Nothing"
                    + "|goes|alone|together|takes|got|days)\\b");

    @TempDir
    Path temp;

    @AfterEach
    void closeTheLogFile() {
        LogManager.getLogManager().reset();
    }

    private record Said(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Said run(String... args) {
        List<String> line = new ArrayList<>(List.of("--lang", "fr", "--data-dir", temp.resolve("data").toString()));
        line.addAll(List.of(args));
        return runWhole(line.toArray(String[]::new));
    }

    /** The command line as given, nothing added. */
    private static Said runWhole(String... line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK)
                .run(CommandLine.parse(line));
        return new Said(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void frenchOnly(List<String> wrong, String what, Said said, int code, String... french) {
        if (said.code() != code) {
            wrong.add(what + ": exit " + said.code() + ", not " + code + ": " + said.all());
        }
        for (String words : french) {
            if (!said.all().contains(words)) {
                wrong.add(what + ": no \"" + words + "\" in: " + said.all());
            }
        }
        // Option names (--password-file) are typed as they are, in both languages.
        var english = ENGLISH.matcher(said.all().replaceAll("--[a-z-]+", "--"));
        if (english.find()) {
            wrong.add(what + ": English \"" + english.group() + "\" in: " + said.all());
        }
    }

    @Test
    void theExchangeCommandsSayTheirMistakesInFrench() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("dossier"));
        Path plain = Files.writeString(temp.resolve("notes.txt"), "x");
        List<String> wrong = new ArrayList<>();
        frenchOnly(wrong, "twice", run("export", "--out", "a.json", "--out", "b.json"), Cli.USAGE,
                "export : --out est donné deux fois", "Essayez");
        frenchOnly(wrong, "no value", run("export", "--out"), Cli.USAGE, "export : --out attend une valeur");
        frenchOnly(wrong, "unexpected", run("export", "--bogus"), Cli.USAGE, "export : argument inattendu --bogus");
        frenchOnly(wrong, "missing", run("import"), Cli.USAGE, "import demande --in");
        frenchOnly(wrong, "lang", run("import", "--in", "a.json", "--lang", "de"), Cli.USAGE,
                "--lang vaut fr ou en, pas de");
        frenchOnly(wrong, "dates", run("export-csv", "--out-dir", "csv", "--from", "demain"), Cli.USAGE,
                "sont des dates comme");
        frenchOnly(wrong, "order", run("export-csv", "--out-dir", "csv", "--from", "2026-03-02", "--to", "2026-03-01"),
                Cli.USAGE, "--to tombe avant --from");
        frenchOnly(wrong, "import a folder", run("import", "--in", folder.toString()), Cli.FAILED,
                "est un dossier ; donnez le fichier de sauvegarde");
        frenchOnly(wrong, "import nothing", run("import", "--in", temp.resolve("absent.json").toString()),
                Cli.FAILED, "aucun fichier");
        frenchOnly(wrong, "export to a folder", run("export", "--out", folder.toString()), Cli.FAILED,
                "impossible d’écrire", "est un dossier, pas un fichier ordinaire", "Rien n’y a été modifié");
        frenchOnly(wrong, "csv into a file", run("export-csv", "--out-dir", plain.toString()), Cli.FAILED,
                "impossible d’écrire", "est un fichier, pas un dossier");
        assertThat(wrong).isEmpty();
    }

    @Test
    void theGlobalOptionsSayTheirMistakesInFrench() {
        List<String> wrong = new ArrayList<>();
        frenchOnly(wrong, "unknown", runWhole("--lang", "fr", "--bogus"), Cli.USAGE, "carnet: option inconnue : --bogus",
                "Essayez");
        frenchOnly(wrong, "unknown before --lang", runWhole("--bogus", "--lang=fr"), Cli.USAGE,
                "option inconnue : --bogus");
        frenchOnly(wrong, "data-dir", runWhole("--lang", "fr", "--data-dir"), Cli.USAGE,
                "--data-dir attend un dossier, par exemple : --data-dir ~/carnet-test");
        frenchOnly(wrong, "data-dir before --lang", runWhole("--data-dir", "--lang", "fr"), Cli.USAGE,
                "--data-dir attend un dossier");
        frenchOnly(wrong, "password-file", runWhole("--lang", "fr", "--password-file", ""), Cli.USAGE,
                "--password-file attend un fichier dont la première ligne est le mot de passe");
        frenchOnly(wrong, "data-dir twice", runWhole("--lang", "fr", "--data-dir", "/a", "--data-dir=/b"), Cli.USAGE,
                "--data-dir est donné deux fois");
        frenchOnly(wrong, "lang twice", runWhole("--lang", "fr", "--lang", "en"), Cli.USAGE,
                "--lang est donné deux fois");
        frenchOnly(wrong, "lang without a value", runWhole("--lang", "fr", "--data-dir", "/a", "--lang"), Cli.USAGE,
                "--lang vaut fr ou en");
        frenchOnly(wrong, "open", runWhole("--lang", "fr", "--open", "tracking"), Cli.USAGE,
                "--open vaut checkin ou intake, pas tracking");
        frenchOnly(wrong, "open without a value", runWhole("--open", "--lang", "fr"), Cli.USAGE,
                "--open vaut checkin ou intake");
        frenchOnly(wrong, "open with a command", runWhole("--lang", "fr", "--open", "checkin", "status"), Cli.USAGE,
                "--open ouvre la fenêtre sur une page ; il ne va pas avec une commande (status)");
        assertThat(wrong).isEmpty();
    }

    @Test
    void theReportSaysItsMistakesInFrench() {
        List<String> wrong = new ArrayList<>();
        String pdf = temp.resolve("r.pdf").toString();
        frenchOnly(wrong, "unknown", run("report", "--since", "2026-01-01"), Cli.USAGE,
                "option de report inconnue : --since", "utilisation :");
        frenchOnly(wrong, "twice", run("report", "--out", pdf, "--out", pdf), Cli.USAGE,
                "report : --out est donné deux fois");
        frenchOnly(wrong, "no value", run("report", "--from"), Cli.USAGE, "--from attend une valeur");
        frenchOnly(wrong, "bad from", run("report", "--from", "hier"), Cli.USAGE, "--from n’est pas une date");
        frenchOnly(wrong, "bad to", run("report", "--to", "03/01"), Cli.USAGE, "--to n’est pas une date");
        frenchOnly(wrong, "lang", run("report", "--lang", "de"), Cli.USAGE, "--lang vaut fr ou en");
        frenchOnly(wrong, "missing", run("report", "--from", "2026-01-01"), Cli.USAGE, "report demande --from");
        frenchOnly(wrong, "order", run("report", "--from", "2026-03-02", "--to", "2026-03-01", "--out", pdf),
                Cli.USAGE, "tombe avant");
        frenchOnly(wrong, "too long", run("report", "--from", "2024-01-01", "--to", "2026-01-01", "--out", pdf),
                Cli.USAGE, "la période du 2024-01-01 au 2026-01-01 compte 732 jours");
        assertThat(wrong).isEmpty();
    }

    @Test
    void remindSaysItsOwnLinesInFrench() {
        List<String> wrong = new ArrayList<>();
        frenchOnly(wrong, "together", run("remind", "--status", "--remove"), Cli.USAGE,
                "--status et --remove ne vont pas ensemble", "Utilisation : carnet remind");
        frenchOnly(wrong, "twice", run("remind", "--status", "--status"), Cli.USAGE,
                "remind : --status est donné deux fois");
        frenchOnly(wrong, "no value", run("remind", "--at"), Cli.USAGE, "remind : --at attend une valeur");
        frenchOnly(wrong, "range", run("remind", "--every", "0"), Cli.USAGE, "de 1 à 1440, reçu : 0");
        frenchOnly(wrong, "every", run("remind", "--every", "souvent"), Cli.USAGE, "--every prend des minutes");
        frenchOnly(wrong, "at", run("remind", "--at", "ce-soir"), Cli.USAGE, "--at prend une date et une heure");
        frenchOnly(wrong, "unknown", run("remind", "--bogus"), Cli.USAGE, "remind : argument inattendu --bogus");
        frenchOnly(wrong, "alone", run("remind", "--install", "--dry-run"), Cli.USAGE, "--install se donne seul");
        frenchOnly(wrong, "off", run("remind", "--dry-run"), Cli.OK, "Les rappels sont désactivés");
        assertThat(wrong).isEmpty();
    }
}
