package org.carnet.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * When the journal just attached has settled ({@link MainWindow#whenSettled}): the work the person does not wait for
 * is held until it can be used and the person has what they came for (the page they went to from the first one,
 * drawn), or they stayed on the first page, usable, for the settle delay. {@code J}: the journal attached.
 */
final class Settling<J> {
    /** Once the person went on from the first page: the work starts with its next frame, or after this at most. */
    static final Duration AT_THE_LATEST = Duration.seconds(2);

    /** Starts {@code then} after {@code delay}; the returned action stops it. */
    interface Timer {
        Runnable start(Duration delay, Runnable then);
    }

    /** The FX timeline's timer (a pause transition). */
    static final Timer FX_TIMER = (delay, then) -> {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(e -> then.run());
        pause.play();
        return pause::stop;
    };

    private final Consumer<Runnable> later;
    private final Consumer<Runnable> afterNextFrame;
    private final Timer timer;
    /** How long the first page may stay shown, idle, before the work starts anyway; zero: as soon as usable. */
    private Duration delay = Duration.ZERO;
    /** The journal the held work is for (the one attached until it has settled), else null. */
    private J journal;
    /** The work held until the journal has settled, in the order it was asked for. */
    private final List<Runnable> held = new ArrayList<>();
    /** True once the journal can be used (today's check-in loaded): leaving its first page settles it. */
    private boolean usable;
    /** The page shown when the journal was asked to load. */
    private MainWindow.Page firstPage;
    private Runnable stopTimer;

    /**
     * {@code later}: runs an action in a later turn of the FX thread; {@code afterNextFrame}: once the window has
     * laid out its next frame, in a turn after it; {@code timer}: a delay on the FX thread.
     */
    Settling(Consumer<Runnable> later, Consumer<Runnable> afterNextFrame, Timer timer) {
        this.later = later;
        this.afterNextFrame = afterNextFrame;
        this.timer = timer;
    }

    void setDelay(Duration delay) {
        this.delay = delay;
    }

    /** {@code attached} was just attached, on {@code shown}: its work is held from now on. */
    void begin(J attached, MainWindow.Page shown) {
        cancel();
        journal = attached;
        firstPage = shown;
    }

    /** The page {@code shown} when the journal's loads were asked for. */
    void loading(MainWindow.Page shown) {
        firstPage = shown;
    }

    /** Holds {@code work} until {@code attached} has settled, or runs it in a later turn if it has. */
    void whenSettled(J attached, Runnable work) {
        if (journal != null && journal == attached) {
            held.add(work);
        } else {
            later.accept(work);
        }
    }

    /** The journal can be used (today's check-in loaded); {@code shown}: the page on screen now. */
    void usable(MainWindow.Page shown) {
        if (journal == null) {
            return;
        }
        usable = true;
        if (shown != firstPage || !isPositive(delay)) {
            // Already gone on (the click came while today's check-in was read): once this turn is drawn.
            startTimer(AT_THE_LATEST);
            settleAfterNextFrame();
            return;
        }
        startTimer(delay);
    }

    /** {@code shown} is on screen, focused: if the person went on from the first page, what they came for. */
    void shown(J attached, MainWindow.Page shown) {
        if (usable && journal != null && journal == attached && shown != firstPage) {
            // The first page's idle delay no longer counts; a net, should no frame come (a window iconified
            // meanwhile): the work still starts.
            startTimer(AT_THE_LATEST);
            settleAfterNextFrame();
        }
    }

    /** Drops the held work (the journal detached, another attached, the app stopping). */
    void cancel() {
        stopTimer();
        journal = null;
        usable = false;
        held.clear();
    }

    /** True while work for {@code attached} is held. */
    boolean isSettling(J attached) {
        return journal != null && journal == attached;
    }

    private void settleAfterNextFrame() {
        J attached = journal;
        if (attached == null) {
            return;
        }
        if (!isPositive(delay)) {
            settle();
            return;
        }
        afterNextFrame.accept(() -> {
            if (journal == attached) {
                settle();
            }
        });
    }

    private void settle() {
        List<Runnable> work = List.copyOf(held);
        cancel();
        work.forEach(later);
    }

    private void startTimer(Duration after) {
        stopTimer();
        stopTimer = timer.start(after, this::settle);
    }

    private void stopTimer() {
        if (stopTimer != null) {
            stopTimer.run();
            stopTimer = null;
        }
    }

    private static boolean isPositive(Duration duration) {
        return duration.greaterThan(Duration.ZERO);
    }
}
