package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.carnet.journal.CheckIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands on a journal protected by a password: asked at the terminal, or read from --password-file. */
class CliPasswordTest {
    @TempDir
    Path temp;
    private Path dataDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void protectedJournal() {
        dataDir = temp.resolve("journal");
        try (Services services = Services.open(dataDir, AppHarness.CLOCK, "my long secret".toCharArray())) {
            services.journal().save(new CheckIn(AppHarness.TODAY, 2, null, null, null, null, null, null, null, null,
                    null, Set.of(), null));
        }
    }

    private int run(CliJournal.PasswordPrompt prompt, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), AppHarness.CLOCK, prompt).run(CommandLine.parse(args));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutATerminalOrAFileTheCommandSaysHowToGiveThePassword() {
        int code = run(dataDir -> null, "--data-dir", dataDir.toString(), "status");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(errText()).contains("protected by a password").contains("--password-file");
    }

    @Test
    void thePasswordTypedAtTheTerminalOpensTheJournal() {
        int code = run(dataDir -> "my long secret".toCharArray(), "--data-dir", dataDir.toString(), "status");

        assertThat(code).as(errText()).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Days in the journal: 1");
    }

    @Test
    void aWrongPasswordIsSaidSoWithExitCodeOne() {
        int code = run(dataDir -> "not my secret".toCharArray(), "--data-dir", dataDir.toString(), "status");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(errText()).contains("wrong password");
    }

    @Test
    void aPasswordFileServesExportsAndTheExportIsTheRealJournal() throws Exception {
        Path file = Files.writeString(temp.resolve("pw.txt"), "my long secret\n");
        Path json = temp.resolve("out.json");

        int code = run(dataDir -> { throw new AssertionError("no prompt with a password file"); },
                "--data-dir", dataDir.toString(), "--password-file", file.toString(), "export", "--out",
                json.toString());

        assertThat(code).as(errText()).isEqualTo(Cli.OK);
        assertThat(Files.readString(json)).contains(AppHarness.TODAY.toString());
    }

    @Test
    void aMissingPasswordFileIsAClearFailure() {
        int code = run(dataDir -> null, "--data-dir", dataDir.toString(), "--password-file",
                temp.resolve("none.txt").toString(), "status");

        // Checked before the journal is opened, as for a journal without a password: a usage error (exit 2).
        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(errText()).contains("the password file " + temp.resolve("none.txt").toAbsolutePath()
                + " does not exist");
    }

    @Test
    void aPasswordFileOptionWithoutAValueIsAUsageError() {
        assertThat(run(dataDir -> null, "--password-file")).isEqualTo(Cli.USAGE);
        assertThat(errText()).contains("--password-file needs a file");
    }
}
