package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The launcher run in a child JVM, as a person starts it from a terminal: no display and no locale variables but
 * those the test gives. What it says on the terminal's error stream, and its exit code.
 */
record LauncherChild(int code, String err) {
    /** Runs {@code java JVM_OPTIONS Launcher ARGS} with {@code env} over a cleared display and locale. */
    static LauncherChild run(List<String> jvmOptions, Map<String, String> env, List<String> args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        for (String name : List.of("DISPLAY", "WAYLAND_DISPLAY", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG")) {
            builder.environment().remove(name);
        }
        builder.environment().putAll(env);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process child = builder.start();
        byte[] err = child.getErrorStream().readAllBytes();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new LauncherChild(child.exitValue(), new String(err, StandardCharsets.UTF_8));
    }
}
