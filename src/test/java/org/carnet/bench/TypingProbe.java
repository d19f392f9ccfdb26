package org.carnet.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.carnet.app.Launcher;

/**
 * Starts Carnet as a person would (its launcher's main) and plays what they do first, timing when today's check-in accepts typing: types
 * the password when asked ({@code -Dcarnet.probe.password=…}), presses the home page's "fill in today's check-in",
 * then, as soon as a text field of the check-in has the focus and Save is enabled, types a digit; once the field
 * shows it, prints "typing" and the JVM uptime in ms, and closes the app. Only public JavaFX API and the nodes' ids:
 * the same probe times an older build of the app (the before/after table). Polls the FX thread every 4 ms.
 */
public final class TypingProbe {
    private static final AtomicBoolean pending = new AtomicBoolean();
    private static final AtomicBoolean done = new AtomicBoolean();
    private static volatile boolean passwordTyped;
    private static volatile boolean checkInOpened;
    private static final boolean TRACE = Boolean.getBoolean("carnet.probe.trace");
    private static final java.util.Map<String, long[]> steps = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>());

    private TypingProbe() {
    }

    public static void main(String[] args) {
        mark("main");
        Thread poller = new Thread(TypingProbe::poll, "typing-probe");
        poller.setDaemon(true);
        poller.start();
        // As a person starts it: the launcher (which begins opening the journal while JavaFX starts), then the window.
        Launcher.main(args);
        System.exit(done.get() ? 0 : 1);
    }

    private static void poll() {
        while (!done.get()) {
            if (pending.compareAndSet(false, true)) {
                try {
                    Platform.runLater(() -> {
                        try {
                            check();
                        } finally {
                            pending.set(false);
                        }
                    });
                } catch (IllegalStateException toolkitNotStarted) {
                    pending.set(false);
                }
            }
            try {
                Thread.sleep(4);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void check() {
        mark("toolkit up (first FX task)");
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            if (!window.isShowing() || scene == null || scene.getRoot() == null) {
                continue;
            }
            Parent root = scene.getRoot();
            mark("first window shown");
            if (root.lookup(".menu-bar") != null) {
                mark("theme and shell installed");
            }
            if (root.lookup("#home-open-checkin") != null) {
                mark("journal attached, home built");
            }
            String password = System.getProperty("carnet.probe.password");
            if (password != null && !passwordTyped && root.lookup("#unlock-password") instanceof PasswordField field
                    && field.isVisible()) {
                passwordTyped = true;
                mark("password asked (field shown), typed");
                field.setText(password);
                field.fireEvent(new ActionEvent());
                return;
            }
            if (!checkInOpened && root.lookup("#home-open-checkin") instanceof Button fill && !fill.isDisabled()
                    && fill.getScene() != null) {
                checkInOpened = true;
                mark("home's check-in button enabled (today loaded)");
                fill.fire();
                return;
            }
            if (checkInOpened && scene.getFocusOwner() instanceof TextField focused && inside(focused, "checkin-view")) {
                mark("check-in shown, a field focused");
            }
            if (checkInOpened && scene.getFocusOwner() instanceof TextField field && !(field instanceof PasswordField)
                    && inside(field, "checkin-view") && root.lookup("#checkin-save") instanceof Button save
                    && !save.isDisabled() && field.isEditable()) {
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, "3", "", KeyCode.UNDEFINED, false, false,
                        false, false));
                // The field's text was selected whole: the digit typed replaces it and the selection is gone.
                if (field.getText().contains("3") && field.getSelection().getLength() == 0
                        && done.compareAndSet(false, true)) {
                    mark("a digit typed and shown");
                    System.out.println("typing " + ManagementFactory.getRuntimeMXBean().getUptime());
                    System.out.println("cpu " + processCpuMillis());
                    if (TRACE) {
                        new java.util.LinkedHashMap<>(steps).forEach((name, at) -> System.out.printf(java.util.Locale.ROOT,
                                "trace\t%s\t%d\t%d\t%d%n", name, at[0], at[1], at[2]));
                        threadCpu();
                    }
                    if (Boolean.getBoolean("carnet.probe.nodes")) {
                        nodes(scene.getRoot(), "", 0);
                        java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
                        kinds(scene.getRoot(), kinds);
                        kinds.forEach((kind, count) -> System.out.printf(java.util.Locale.ROOT, "kind\t%s\t%d%n",
                                kind, count));
                    }
                    System.out.println("rss " + PeakRss.megabytes());
                    System.out.flush();
                    Platform.exit();
                }
                return;
            }
        }
    }

    /**
     * With -Dcarnet.probe.trace=true: when each step was first seen (JVM uptime, the process's CPU time and the FX
     * thread's, ms), printed at the end as "trace" lines (bench/run.sh startup-trace).
     */
    private static void mark(String step) {
        if (TRACE && !steps.containsKey(step)) {
            long fxCpu = Platform.isFxApplicationThread()
                    ? ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 : -1;
            steps.put(step, new long[] {ManagementFactory.getRuntimeMXBean().getUptime(), processCpuMillis(), fxCpu});
        }
    }

    /** The CPU time of every Java thread so far (the rest of the process's is the JVM's own: compilers, GC). */
    private static void threadCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            long cpu = threads.getThreadCpuTime(thread.getId()) / 1_000_000;
            total += Math.max(0, cpu);
            if (cpu >= 10) {
                System.out.printf(java.util.Locale.ROOT, "thread\t%s\t%d%n", thread.getName(), cpu);
            }
        }
        System.out.printf(java.util.Locale.ROOT, "thread\t(live Java threads, total)\t%d%n", total);
        var gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
        System.out.printf(java.util.Locale.ROOT, "thread\t(GC pauses, wall)\t%d%n", gc);
        var compile = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        System.out.printf(java.util.Locale.ROOT, "thread\t(JIT compilation, total)\t%d%n", compile);
    }

    /**
     * With -Dcarnet.probe.nodes=true: the number of nodes (skins' own included) under each branch with an id, and
     * the whole scene's, when the digit is shown ("nodes" lines): what CSS styled and laid out before typing.
     */
    private static int nodes(Node node, String path, int depth) {
        int count = 1;
        String here = node.getId() != null ? path + "/" + node.getId() : path;
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += nodes(child, here, depth + 1);
            }
        }
        if (depth == 0 || node.getId() != null && depth < 12) {
            System.out.printf(java.util.Locale.ROOT, "nodes\t%s\t%d\t%s%n", here.isEmpty() ? "(scene)" : here, count,
                    node.isVisible() ? "" : "hidden");
        }
        return count;
    }

    /** The nodes of the scene by class ("kind" lines, with -Dcarnet.probe.nodes=true): which kinds to make fewer of. */
    private static void kinds(Node node, java.util.Map<String, Integer> counts) {
        counts.merge(node.getClass().getName(), 1, Integer::sum);
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                kinds(child, counts);
            }
        }
    }

    static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static boolean inside(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }
}
