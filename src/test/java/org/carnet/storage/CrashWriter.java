package org.carnet.storage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.carnet.intake.FoodIntake;
import org.carnet.journal.CheckIn;

/**
 * The child of the crash-safety test: writes check-ins and intakes as fast as it can and prints each day after its
 * commit, until it is killed. Arguments: the data folder and the first day number.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        java.util.logging.LogManager.getLogManager().reset();
        Path dir = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        // A third argument is the journal's password: the same kills on an encrypted journal.
        Database database = Database.open(dir, args.length > 2 ? args[2].toCharArray() : null);
        JdbcJournalRepository journal = new JdbcJournalRepository(database);
        JdbcIntakeRepository intake = new JdbcIntakeRepository(database);
        LocalDate origin = LocalDate.of(2000, 1, 1);
        for (int i = first; ; i++) {
            LocalDate day = origin.plusDays(i);
            journal.saveCheckIn(new CheckIn(day, i % 5, null, null, 3, 7.0, null, 4, null, null, null, Set.of(), null));
            FoodIntake food = intake.saveFoodIntake(new FoodIntake(null, day.atTime(12, 0), "31032", 30));
            System.out.println("committed " + i + " " + food.id());
            System.out.flush();
        }
    }
}
