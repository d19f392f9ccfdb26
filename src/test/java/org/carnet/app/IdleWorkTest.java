package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;

/**
 * The work the person does not wait for runs one piece per turn, a pulse after each heavy one, its own next parts
 * first, never right after input.
 */
class IdleWorkTest {
    /** The later turns, the turns after the next pulse and the timers, played by hand; the clock set by hand too. */
    private final List<Runnable> turns = new ArrayList<>();
    private final List<Runnable> afterPulse = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> timed = new ArrayList<>();
    private long now = 1_000_000_000L;
    private final List<String> ran = new ArrayList<>();
    private final IdleWork idle = new IdleWork(turns::add, afterPulse::add, (delay, then) -> {
        delays.add(delay);
        timed.add(then);
        return () -> { };
    }, () -> now);

    /** A piece that takes {@code millis} of the FX thread. */
    private Runnable piece(String name, long millis) {
        return () -> {
            ran.add(name);
            now += millis * 1_000_000;
        };
    }

    /** One pulse goes by: what waited for it runs. */
    private void pulse() {
        List<Runnable> due = List.copyOf(afterPulse);
        afterPulse.clear();
        due.forEach(Runnable::run);
    }

    /** The FX thread runs what was handed to it for its next turns. */
    private void runTurns() {
        while (!turns.isEmpty()) {
            turns.remove(0).run();
        }
    }

    @Test
    void aHeavyPieceIsFollowedByAPulse() {
        idle.add(piece("a", 40));
        idle.add(piece("b", 40));
        assertThat(ran).isEmpty();
        pulse();
        assertThat(ran).containsExactly("a");
        runTurns();
        assertThat(ran).containsExactly("a");
        pulse();
        assertThat(ran).containsExactly("a", "b");
        pulse();
        runTurns();
        assertThat(afterPulse).isEmpty();
        assertThat(idle.waiting()).isZero();
    }

    @Test
    void aLightPieceIsFollowedInTheNextTurn() {
        idle.add(piece("a", 1));
        idle.add(piece("b", 40));
        idle.add(piece("c", 1));
        pulse();
        assertThat(ran).containsExactly("a");
        runTurns();
        assertThat(ran).containsExactly("a", "b");
        runTurns();
        assertThat(ran).containsExactly("a", "b");
        pulse();
        assertThat(ran).containsExactly("a", "b", "c");
    }

    @Test
    void aPieceNextPartComesBeforeThePiecesWaiting() {
        idle.add(() -> {
            ran.add("a1");
            now += 40_000_000;
            idle.next(piece("a2", 40));
        });
        idle.add(piece("b", 40));
        pulse();
        pulse();
        pulse();
        assertThat(ran).containsExactly("a1", "a2", "b");
    }

    @Test
    void waitsUntilThePersonHasPaused() {
        idle.add(piece("a", 40));
        idle.input();
        now += 100_000_000L;
        pulse();
        assertThat(ran).isEmpty();
        assertThat(delays).containsExactly(Duration.millis(150));
        now += 150_000_000L;
        timed.remove(0).run();
        assertThat(ran).isEmpty();
        pulse();
        assertThat(ran).containsExactly("a");
    }

    @Test
    void aFailingPieceDoesNotStopTheOthers() {
        idle.add(() -> {
            throw new IllegalStateException("broken");
        });
        idle.add(piece("b", 40));
        try {
            pulse();
        } catch (IllegalStateException expected) {
            // Thrown on, as the FX thread would report it.
        }
        pulse();
        assertThat(ran).containsExactly("b");
    }
}
