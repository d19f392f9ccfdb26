package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.util.Duration;
import org.carnet.app.MainWindow.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The work the person does not wait for waits until the journal just attached has settled, and only that long. */
class SettlingTest {
    /** The FX thread's later turns, frames and timers, played by hand. */
    private final List<Runnable> turns = new ArrayList<>();
    private final List<Runnable> frames = new ArrayList<>();
    private final List<Duration> timers = new ArrayList<>();
    private final List<Runnable> timed = new ArrayList<>();
    private int stopped;
    private final List<String> ran = new ArrayList<>();
    private final Object journal = new Object();
    private Settling<Object> settling;

    @BeforeEach
    void setUp() {
        settling = new Settling<>(turns::add, frames::add, (delay, then) -> {
            timers.add(delay);
            timed.add(then);
            return () -> stopped++;
        });
        settling.setDelay(Duration.millis(500));
    }

    private void runTurns() {
        while (!turns.isEmpty()) {
            turns.remove(0).run();
        }
    }

    @Test
    void workIsHeldUntilTheFirstPageWasUsableForTheDelay() {
        settling.begin(journal, Page.HOME);
        settling.whenSettled(journal, () -> ran.add("pages"));
        settling.whenSettled(journal, () -> ran.add("backup"));
        runTurns();
        assertThat(ran).isEmpty();

        settling.usable(Page.HOME);
        runTurns();
        assertThat(ran).isEmpty();
        assertThat(timers).containsExactly(Duration.millis(500));

        timed.get(0).run();
        runTurns();
        assertThat(ran).containsExactly("pages", "backup");
        assertThat(settling.isSettling(journal)).isFalse();
        // Once settled, new work runs in a later turn.
        settling.whenSettled(journal, () -> ran.add("later"));
        assertThat(ran).hasSize(2);
        runTurns();
        assertThat(ran).containsExactly("pages", "backup", "later");
    }

    @Test
    void goingOnFromTheFirstPageSettlesAfterTheNextPagesFrame() {
        settling.begin(journal, Page.HOME);
        settling.whenSettled(journal, () -> ran.add("pages"));
        settling.usable(Page.HOME);
        // Before it is usable, a page shown settles nothing; after, the check-in shown does, with its frame.
        settling.shown(journal, Page.CHECK_IN);
        assertThat(frames).hasSize(1);
        assertThat(timers).containsExactly(Duration.millis(500), Settling.AT_THE_LATEST);
        runTurns();
        assertThat(ran).isEmpty();

        frames.get(0).run();
        runTurns();
        assertThat(ran).containsExactly("pages");
    }

    @Test
    void aClickBeforeTheJournalIsUsableSettlesOnceItIs() {
        settling.begin(journal, Page.HOME);
        settling.whenSettled(journal, () -> ran.add("pages"));
        settling.shown(journal, Page.CHECK_IN);
        assertThat(frames).isEmpty();

        settling.usable(Page.CHECK_IN);
        assertThat(timers).containsExactly(Settling.AT_THE_LATEST);
        frames.get(0).run();
        runTurns();
        assertThat(ran).containsExactly("pages");
    }

    @Test
    void withoutADelayTheWorkStartsAsSoonAsUsable() {
        settling.setDelay(Duration.ZERO);
        settling.begin(journal, Page.HOME);
        settling.whenSettled(journal, () -> ran.add("pages"));
        settling.usable(Page.HOME);
        runTurns();
        assertThat(ran).containsExactly("pages");
        assertThat(frames).isEmpty();
    }

    @Test
    void cancellingDropsTheHeldWorkAndAnotherJournalsWorkIsNotHeld() {
        settling.begin(journal, Page.HOME);
        settling.whenSettled(journal, () -> ran.add("first journal"));
        settling.whenSettled(new Object(), () -> ran.add("not held"));
        settling.usable(Page.HOME);
        settling.cancel();
        assertThat(stopped).isEqualTo(1);
        runTurns();
        assertThat(ran).containsExactly("not held");
        // The frame or the timer of a journal no longer settling runs nothing.
        timed.forEach(Runnable::run);
        runTurns();
        assertThat(ran).containsExactly("not held");
    }

    @Test
    void aFrameForAJournalReplacedMeanwhileSettlesNothing() {
        settling.begin(journal, Page.HOME);
        settling.usable(Page.HOME);
        settling.shown(journal, Page.INTAKE);
        Object other = new Object();
        settling.begin(other, Page.HOME);
        settling.whenSettled(other, () -> ran.add("other"));
        frames.get(0).run();
        runTurns();
        assertThat(ran).isEmpty();
        assertThat(settling.isSettling(other)).isTrue();
    }
}
