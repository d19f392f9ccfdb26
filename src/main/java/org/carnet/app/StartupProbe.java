package org.carnet.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/**
 * Benchmark hook (only with -Dcarnet.benchmark.exitWhenShown=true): prints when the first window is shown and when
 * the journal is ready, in milliseconds since the JVM started, then closes the app. Nothing else prints.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    static void shown() {
        System.out.println("shown " + ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.flush();
    }

    static void ready() {
        System.out.println("ready " + ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.flush();
        Platform.exit();
    }
}
