package org.carnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value made once, on first use, whichever of several threads asks first; a failed making is tried again. */
class LazyTest {

    @Test
    void nothingIsMadeUntilAskedThenOnce() {
        AtomicInteger made = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> "value " + made.incrementAndGet());

        assertThat(lazy.isMade()).isFalse();
        assertThat(made).hasValue(0);
        assertThat(lazy.get()).isEqualTo("value 1");
        assertThat(lazy.get()).isEqualTo("value 1");
        assertThat(lazy.isMade()).isTrue();
        assertThat(made).hasValue(1);
    }

    @Test
    void threadsAskingAtOnceGetTheOneValue() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Lazy<Object> lazy = new Lazy<>(() -> {
            made.incrementAndGet();
            making.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Object();
        });
        List<Object> got = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(() -> got.add(lazy.get()));
            threads.add(thread);
            thread.start();
        }
        making.await();
        assertThat(lazy.isMade()).as("made while the maker still runs").isFalse();
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(made).hasValue(1);
        assertThat(got).hasSize(4).containsOnly(lazy.get());
    }

    @Test
    void aMakerThatFailsIsTriedAgainAndAMissingValueIsRefused() {
        AtomicInteger tries = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("the disk is slow today");
            }
            return "second try";
        });
        assertThatThrownBy(lazy::get).hasMessageContaining("disk");
        assertThat(lazy.isMade()).isFalse();
        assertThat(lazy.get()).isEqualTo("second try");

        assertThatThrownBy(() -> new Lazy<String>(() -> null).get()).isInstanceOf(IllegalStateException.class);
    }
}
