package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.carnet.exchange.ImportMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The close limit ({@link Database#CLOSE_MILLIS}): the app closes its journal while a connection is held busy inside
 * a statement H2 cannot cancel (a transaction never committed), H2's shutdown does not end, and the close waits,
 * then gives up. The child ({@link CloseLimitChild}) is killed (SIGKILL) at a random moment of that wait. Then the
 * journal opens as a start opens it and holds exactly the state after the merge and the note it committed before the
 * close (not the uncommitted change, nor a mix; the state before would be a committed write lost), with nothing
 * temporary left and, for a protected journal, no plain file.
 *
 * <p>In {@code mvn verify}: {@value #DEFAULT_KILLS} kills of each, with a close limit of {@value #CLOSE_MILLIS} ms in
 * the child. The long run: {@code -Dcarnet.crash.kills=200}.
 */
class CloseLimitCrashTest {
    private static final int DEFAULT_KILLS = 3;
    private static final long CLOSE_MILLIS = 2_000;
    private static final String PASSWORD = "close limit password";

    @TempDir
    Path dir;

    @Test
    void aKillWhileTheCloseWaitsForH2LeavesThePlainJournalWithItsLastCommit() throws Exception {
        killAndCheck("close limit", null);
    }

    @Test
    void aKillWhileTheCloseWaitsForH2LeavesTheProtectedJournalWithItsLastCommitAndNothingPlain() throws Exception {
        killAndCheck("close limit protected", PASSWORD);
    }

    private void killAndCheck(String operation, String password) throws Exception {
        CrashKit.assumeChosen(operation);
        char[] key = password == null ? null : password.toCharArray();
        Random random = new Random(Long.getLong("carnet.crash.seed", 26L) + operation.hashCode());
        Path before = dir.resolve("before");
        try (Database database = Database.open(before, key)) {
            new JdbcBackupRepository(database).write(BackupSamples.journal(LocalDate.of(2000, 1, 1), 300),
                    ImportMode.REPLACE);
        }
        Map<String, String> beforeState = CrashKit.state(before, key);
        Path expected = CrashKit.copyFolder(before, dir.resolve("expected"));
        try (Database database = Database.open(expected, key)) {
            new JdbcBackupRepository(database).write(BackupSamples.journal(CloseLimitChild.FROM,
                    CloseLimitChild.DAYS), ImportMode.MERGE);
            try (var c = database.connection()) {
                CloseLimitChild.commitLastNote(c);
            }
        }
        Map<String, String> afterState = CrashKit.state(expected, key);
        assertThat(afterState).isNotEqualTo(beforeState);

        // Not killed, the child reaches the limit and gives up: the path the kills are aimed at.
        Path reference = CrashKit.copyFolder(before, dir.resolve("reference"));
        CrashKit.Run run = start(reference, password);
        assertThat(run.finish()).as("the child ends when not killed").isTrue();
        assertThat(run.said).as("the close gave up at its limit").anyMatch(l -> l.startsWith("closed false"));
        assertThat(CrashKit.state(reference, key)).as("after the close gave up").isEqualTo(afterState);

        int[] waiting = {0};
        CrashKit.Operation subject = CrashKit.operation(k -> CrashKit.copyFolder(before, dir.resolve("kill-" + k)),
                journal -> start(journal, password), journal -> {
                    Map<String, String> state = CrashKit.state(journal, key);
                    return state.equals(afterState) ? "after" : state.equals(beforeState)
                            ? "partial: the merge committed before the close is lost"
                            : "partial " + CrashKit.differences(state, beforeState, afterState);
                }, journal -> key != null);
        // Each kill a random moment of the wait (from "closing" to the limit).
        CrashKit.Aim aim = (child, k, journal) -> {
            long delay = (long) (random.nextDouble() * CLOSE_MILLIS * 0.95);
            boolean done = child.killAfterLine("closing", delay);
            boolean closed = child.printed("closed");
            if (!closed && !done) {
                waiting[0]++;
            }
            return new CrashKit.Kill(done || closed, delay + " ms into the close" + (closed ? " (it had returned)"
                    : ""));
        };
        CrashKit.Tally tally = CrashKit.killAt(operation, CrashKit.kills(DEFAULT_KILLS), subject, aim);
        tally.report(waiting[0] + " kills while the close waited for H2 (limit " + CLOSE_MILLIS + " ms)");
        assertThat(waiting[0]).as("kills that landed while the close waited").isPositive();
    }

    private static CrashKit.Run start(Path journal, String password) throws IOException {
        List<String> args = new ArrayList<>(List.of(journal.toString()));
        if (password != null) {
            args.add(password);
        }
        return CrashKit.start(CloseLimitChild.class, List.of("-Dcarnet.close.millis=" + CLOSE_MILLIS), args);
    }
}
