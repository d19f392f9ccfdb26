package org.carnet.reminders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Runs a system program (systemctl, gdbus, schtasks…) and gives its exit code; tests replace it. */
public interface CommandRunner {
    /** The exit code, or -1 when the program is missing or did not end within the time. */
    int run(List<String> command, Map<String, String> environment);

    default int run(List<String> command) {
        return run(command, Map.of());
    }

    /**
     * What the program wrote on its standard output when it ended with exit code 0 within {@code timeout}; empty
     * when it failed. A runner that only knows exit codes (a test's) gives an empty text for a success.
     */
    default Optional<String> output(List<String> command, Map<String, String> environment, Duration timeout) {
        return run(command, environment) == 0 ? Optional.of("") : Optional.empty();
    }

    /**
     * Starts a program that keeps writing lines (a D-Bus monitor) and hands them over as they come; empty when it
     * cannot start. A runner that only knows exit codes starts nothing.
     */
    default Optional<Lines> watch(List<String> command, Map<String, String> environment) {
        return Optional.empty();
    }

    /** The lines of a running program, read as they come; closing it stops the program. */
    interface Lines extends AutoCloseable {
        /** The next line, waiting at most {@code wait}; null when none came in time or the program ended. */
        String next(Duration wait) throws InterruptedException;

        @Override
        void close();
    }

    /** The real one: each program has 20 s to finish; output the caller does not want is read and dropped. */
    CommandRunner SYSTEM = new CommandRunner() {
        @Override
        public int run(List<String> command, Map<String, String> environment) {
            return execute(command, environment, Duration.ofSeconds(20)).code();
        }

        @Override
        public Optional<String> output(List<String> command, Map<String, String> environment, Duration timeout) {
            Result result = execute(command, environment, timeout);
            return result.code() == 0 ? Optional.of(result.output()) : Optional.empty();
        }

        @Override
        public Optional<Lines> watch(List<String> command, Map<String, String> environment) {
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
                builder.environment().putAll(environment);
                Process process = builder.start();
                process.getOutputStream().close();
                BlockingQueue<String> lines = new LinkedBlockingQueue<>();
                String end = new String("end of output");
                Thread reader = new Thread(() -> {
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                            StandardCharsets.UTF_8))) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            lines.add(line);
                        }
                    } catch (IOException e) {
                        // The program was stopped: no more lines.
                    }
                    lines.add(end);
                }, "carnet-watch-" + command.get(0));
                reader.setDaemon(true);
                reader.start();
                return Optional.of(new Lines() {
                    private boolean ended;

                    @Override
                    public String next(Duration wait) throws InterruptedException {
                        if (ended) {
                            return null;
                        }
                        String line = lines.poll(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
                        if (line == end) {
                            ended = true;
                            return null;
                        }
                        return line;
                    }

                    @Override
                    public void close() {
                        process.destroy();
                    }
                });
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    };

    /** An exit code (-1: missing, or killed at the time limit) and what the program wrote. */
    record Result(int code, String output) {
    }

    private static Result execute(List<String> command, Map<String, String> environment, Duration timeout) {
        Process process = null;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            process = builder.start();
            process.getOutputStream().close();
            Process started = process;
            java.util.concurrent.CompletableFuture<byte[]> output = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return started.getInputStream().readAllBytes();
                        } catch (IOException e) {
                            return new byte[0];
                        }
                    });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "");
            }
            String text = new String(output.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                java.util.logging.Logger.getLogger(CommandRunner.class.getName()).fine(() -> command.get(0)
                        + " said: " + text.strip());
            }
            return new Result(process.exitValue(), text);
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            if (process != null) {
                process.destroyForcibly();
            }
            return new Result(-1, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new Result(-1, "");
        }
    }
}
