package org.carnet.reminders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writing and deleting the files of a schedule, and quoting the command in them. */
final class ScheduleFiles {
    private ScheduleFiles() {
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Schedule.ScheduleException(Schedule.ScheduleException.Problem.WRITE, String.valueOf(file), e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new Schedule.ScheduleException(Schedule.ScheduleException.Problem.DELETE, String.valueOf(file), e);
        }
    }

    /** A command line for systemd's ExecStart and a desktop entry's Exec: each word in double quotes. */
    static String quoted(List<String> command) {
        return command.stream()
                .map(word -> "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%") + "\"")
                .collect(Collectors.joining(" "));
    }

    static String xmlEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
