package org.carnet.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.util.Duration;

/**
 * The work on the FX thread the person does not wait for (the pages made, styled and laid out out of sight, the
 * dialogs prepared, the pages restyled after a theme change), run one piece per turn: after a heavy piece (one that
 * took {@link #LIGHT} or more), the next waits until a pulse has gone by, so that no two heavy pieces run back to
 * back (what the window draws, and what else was queued, comes between them); after a light one, in the next turn.
 * None runs while the person is at the keyboard or the mouse (an input event less than {@link #QUIET} ago), so that
 * no piece comes between a key and the frame that shows it.
 */
final class IdleWork {
    /** How long after the person's last input event the next piece waits. */
    static final Duration QUIET = Duration.millis(250);
    /** A piece shorter than this (a node taken away, the next step chosen) is followed by the next without a pulse. */
    static final Duration LIGHT = Duration.millis(5);

    private final Consumer<Runnable> later;
    private final Consumer<Runnable> afterNextPulse;
    private final Settling.Timer timer;
    private final LongSupplier nanos;
    private final Deque<Runnable> pieces = new ArrayDeque<>();
    /** When the person's last input event came (nanoTime), or null before any. */
    private Long lastInput;
    /** True while the next piece is waiting for its turn, its pulse or the quiet delay. */
    private boolean waiting;
    /** True when the last piece was heavy: the next waits for a pulse. */
    private boolean heavy = true;

    /**
     * {@code later}: runs an action in a later turn of the FX thread; {@code afterNextPulse}: in a turn of its own
     * once the window's next pulse has gone by; {@code timer}: a delay on the FX thread; {@code nanos}: the clock
     * the pieces and input events are timed with.
     */
    IdleWork(Consumer<Runnable> later, Consumer<Runnable> afterNextPulse, Settling.Timer timer, LongSupplier nanos) {
        this.later = later;
        this.afterNextPulse = afterNextPulse;
        this.timer = timer;
        this.nanos = nanos;
    }

    /** Runs {@code piece} after the pieces already waiting. */
    void add(Runnable piece) {
        pieces.addLast(piece);
        schedule();
    }

    /** Runs {@code piece} before the pieces already waiting: the next part of the piece running now. */
    void next(Runnable piece) {
        pieces.addFirst(piece);
        schedule();
    }

    /** The person pressed a key, clicked or scrolled: the next piece waits until they have paused. */
    void input() {
        lastInput = nanos.getAsLong();
    }

    /** The number of pieces waiting (for tests). */
    int waiting() {
        return pieces.size();
    }

    private void schedule() {
        if (waiting || pieces.isEmpty()) {
            return;
        }
        waiting = true;
        (heavy ? afterNextPulse : later).accept(this::runOne);
    }

    private void runOne() {
        double quietFor = lastInput == null ? Double.MAX_VALUE : (nanos.getAsLong() - lastInput) / 1e6;
        if (quietFor < QUIET.toMillis()) {
            timer.start(Duration.millis(QUIET.toMillis() - quietFor), () -> afterNextPulse.accept(this::runOne));
            return;
        }
        waiting = false;
        Runnable piece = pieces.pollFirst();
        long start = nanos.getAsLong();
        heavy = true;
        try {
            if (piece != null) {
                piece.run();
                heavy = nanos.getAsLong() - start >= LIGHT.toMillis() * 1_000_000;
            }
        } finally {
            schedule();
        }
    }
}
