package org.carnet.reminders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a system program (systemctl, gdbus, schtasks…) and gives its exit code; tests replace it. */
public interface CommandRunner {
    /** The exit code, or -1 when the program is missing or did not end within the time. */
    int run(List<String> command, Map<String, String> environment);

    default int run(List<String> command) {
        return run(command, Map.of());
    }

    /** The real one: output is read and dropped; each program has 20 s to finish. */
    CommandRunner SYSTEM = (command, environment) -> {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            if (process.exitValue() != 0) {
                java.util.logging.Logger.getLogger(CommandRunner.class.getName()).fine(() -> command.get(0)
                        + " said: " + new String(output, StandardCharsets.UTF_8).strip());
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    };
}
