package org.carnet.reminders;

import java.nio.file.Path;
import java.util.List;

/**
 * Windows (written, not yet tried): a Task Scheduler task "Carnet reminders" for the current user, every 15
 * minutes, created with {@code schtasks /Create /XML} from a task file kept in the data folder.
 */
public final class WindowsTask implements Schedule {
    public static final String TASK = "Carnet reminders";

    private final Path file;
    private final CommandRunner runner;

    public WindowsTask(Path dataDir, CommandRunner runner) {
        this.file = dataDir.resolve("carnet-remind-task.xml");
        this.runner = runner;
    }

    @Override
    public String kind() {
        return "windowsTask";
    }

    static String task(List<String> command) {
        String arguments = String.join(" ", command.subList(1, command.size()).stream()
                .map(word -> "\"" + word.replace("\"", "\\\"") + "\"").toList());
        return """
                <?xml version="1.0" encoding="UTF-16"?>
                <Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
                  <RegistrationInfo><Description>Carnet: a reminder when something asked for is due</Description></RegistrationInfo>
                  <Triggers>
                    <LogonTrigger><Enabled>true</Enabled></LogonTrigger>
                    <TimeTrigger>
                      <Repetition><Interval>PT%dM</Interval></Repetition>
                      <StartBoundary>2026-01-01T00:00:00</StartBoundary>
                      <Enabled>true</Enabled>
                    </TimeTrigger>
                  </Triggers>
                  <Principals><Principal id="Author"><LogonType>InteractiveToken</LogonType><RunLevel>LeastPrivilege</RunLevel></Principal></Principals>
                  <Settings>
                    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
                    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
                    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
                    <ExecutionTimeLimit>PT5M</ExecutionTimeLimit>
                  </Settings>
                  <Actions Context="Author">
                    <Exec><Command>%s</Command><Arguments>%s</Arguments></Exec>
                  </Actions>
                </Task>
                """.formatted(EVERY_MINUTES, ScheduleFiles.xmlEscaped(command.get(0)),
                ScheduleFiles.xmlEscaped(arguments));
    }

    @Override
    public List<Path> install(List<String> command) {
        ScheduleFiles.write(file, task(command));
        int code = runner.run(List.of("schtasks", "/Create", "/TN", TASK, "/XML", file.toString(), "/F"));
        if (code != 0) {
            throw new ScheduleException(ScheduleException.Problem.COMMAND,
                    "schtasks /Create (exit code " + code + ")", null);
        }
        return List.of(file);
    }

    @Override
    public void remove() {
        runner.run(List.of("schtasks", "/Delete", "/TN", TASK, "/F"));
        ScheduleFiles.delete(file);
    }

    @Override
    public boolean installed() {
        return java.nio.file.Files.exists(file);
    }
}
