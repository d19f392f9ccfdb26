package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;

/** The work the person does not wait for runs one piece per pulse, its own next parts first, never during input. */
class IdleWorkTest {
    /** The turns after the next pulse and the timers, played by hand; the clock is set by hand too. */
    private final List<Runnable> afterPulse = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> timed = new ArrayList<>();
    private long now;
    private final List<String> ran = new ArrayList<>();
    private final IdleWork idle = new IdleWork(afterPulse::add, (delay, then) -> {
        delays.add(delay);
        timed.add(then);
        return () -> { };
    }, () -> now);

    /** One pulse goes by: what waited for it runs. */
    private void pulse() {
        List<Runnable> due = List.copyOf(afterPulse);
        afterPulse.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void runsOnePiecePerPulse() {
        idle.add(() -> ran.add("a"));
        idle.add(() -> ran.add("b"));
        assertThat(ran).isEmpty();
        pulse();
        assertThat(ran).containsExactly("a");
        pulse();
        assertThat(ran).containsExactly("a", "b");
        pulse();
        assertThat(afterPulse).isEmpty();
        assertThat(idle.waiting()).isZero();
    }

    @Test
    void aPieceNextPartComesBeforeThePiecesWaiting() {
        idle.add(() -> {
            ran.add("a1");
            idle.next(() -> ran.add("a2"));
        });
        idle.add(() -> ran.add("b"));
        pulse();
        pulse();
        pulse();
        assertThat(ran).containsExactly("a1", "a2", "b");
    }

    @Test
    void waitsUntilThePersonHasPaused() {
        idle.add(() -> ran.add("a"));
        now = 1_000_000_000L;
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
        idle.add(() -> ran.add("b"));
        try {
            pulse();
        } catch (IllegalStateException expected) {
            // Thrown on, as the FX thread would report it.
        }
        pulse();
        assertThat(ran).containsExactly("b");
    }
}
