package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM writes check-ins and intakes and prints each one after its commit; it is killed (SIGKILL) at a random
 * moment, again and again. After every kill the journal must open and hold everything that was printed.
 * {@code -Dcarnet.crash.kills=200} for the long run.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void everyCommittedRecordSurvivesAKill() throws Exception {
        killAndCheck(Integer.getInteger("carnet.crash.kills", 20), null);
    }

    @Test
    void everyCommittedRecordOfAnEncryptedJournalSurvivesAKill() throws Exception {
        killAndCheck(Integer.getInteger("carnet.crash.kills", 20) / 2, "crash test password");
    }

    private void killAndCheck(int kills, String password) throws Exception {
        char[] key = password == null ? null : password.toCharArray();
        Random random = new Random(Long.getLong("carnet.crash.seed", 7L));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int next = 0;
        int totalCommitted = 0;
        for (int k = 0; k < kills; k++) {
            List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), dir.toString(), String.valueOf(next)));
            if (password != null) {
                command.add(password);
            }
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<int[]> committed = new ArrayList<>();
            long killAfterLines = 1 + random.nextInt(60);
            boolean killed = false;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while (!killed && (line = lines.readLine()) != null) {
                    String[] parts = line.split(" ");
                    committed.add(new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[2])});
                    if (committed.size() >= killAfterLines) {
                        // Kill at a random moment, possibly in the middle of the next write. Lines printed after
                        // this point are not read, so they are not counted: the check stays on the safe side.
                        Thread.sleep(random.nextInt(5));
                        child.destroyForcibly();
                        killed = true;
                    }
                }
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(committed).as("kill %d: the child wrote something", k).isNotEmpty();
            // A command that only reads (status, export, report) sees every committed record too, whether H2 opens
            // the killed file read-only or the open falls back to a writable one.
            try (Database reading = Database.openToRead(dir, key)) {
                JdbcJournalRepository journal = new JdbcJournalRepository(reading);
                for (int[] record : committed) {
                    LocalDate day = LocalDate.of(2000, 1, 1).plusDays(record[0]);
                    assertThat(journal.findCheckIn(day)).as("kill %d, read-only, check-in %s", k, day).isPresent();
                }
            }
            try (Database database = Database.open(dir, key)) {
                JdbcJournalRepository journal = new JdbcJournalRepository(database);
                JdbcIntakeRepository intake = new JdbcIntakeRepository(database);
                for (int[] record : committed) {
                    LocalDate day = LocalDate.of(2000, 1, 1).plusDays(record[0]);
                    assertThat(journal.findCheckIn(day)).as("kill %d, check-in %s", k, day).isPresent();
                    assertThat(intake.findDay(day).foods()).as("kill %d, intake %s", k, day)
                            .anyMatch(f -> f.id() == record[1]);
                }
                next = committed.get(committed.size() - 1)[0] + 1;
                // Whatever was being written when the kill came is either whole or absent, never half.
                LocalDate unprinted = LocalDate.of(2000, 1, 1).plusDays(next);
                boolean checkIn = journal.findCheckIn(unprinted).isPresent();
                boolean food = !intake.findDay(unprinted).foods().isEmpty();
                assertThat(!food || checkIn).as("an intake without its check-in").isTrue();
                next += 1;
            }
            totalCommitted += committed.size();
        }
        assertThat(totalCommitted).isGreaterThanOrEqualTo(kills);
        assertThat(Database.isEncrypted(dir)).isEqualTo(password != null);
    }
}
