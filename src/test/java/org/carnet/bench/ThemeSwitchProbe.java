package org.carnet.bench;

import static org.carnet.bench.FxGapBenchmark.Session.call;
import static org.carnet.bench.FxGapBenchmark.Session.onFx;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.carnet.app.CarnetApp;

/**
 * The theme switch alone, many times on one page: opens the journal ({@code --data-dir D}), shows a page
 * ({@code -Dcarnet.theme.page=3}, Ctrl+digit), then switches dark/light {@code -Dcarnet.theme.switches=20} times,
 * 1.5 s apart (the out-of-sight restyle done in between). Each switch's time is from the menu item's action until a
 * task posted after the next pulse's layout has run (wall, and the FX thread's CPU). With
 * {@code -Dcarnet.theme.profile=true}, samples the FX thread every millisecond during the switches and prints the
 * methods found most often on its stack (inclusive), to see what the switch's pulse does. Only public API and ids.
 */
public final class ThemeSwitchProbe {
    private static final Map<String, Integer> inclusive = new HashMap<>();
    private static final Map<String, Integer> self = new HashMap<>();
    private static volatile boolean sampling;
    private static int samples;

    private ThemeSwitchProbe() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.LogManager.getLogManager().reset();
        Path journal = Path.of(args[1]);
        Thread app = new Thread(() -> Application.launch(CarnetApp.class, "--data-dir", journal.toString()),
                "launcher");
        app.setDaemon(true);
        app.start();
        waitFor(() -> !Window.getWindows().isEmpty(), 30);
        waitFor(() -> lookup("#home-date") != null
                && !((javafx.scene.control.Labeled) lookup("#home-date")).getText().startsWith("Opening"), 60);
        Thread.sleep(3000);
        String page = System.getProperty("carnet.theme.page", "3");
        onFx(() -> key(KeyCode.valueOf("DIGIT" + page), KeyCode.SHORTCUT));
        Thread.sleep(2000);
        Thread fx = call(Thread::currentThread);
        boolean profile = Boolean.getBoolean("carnet.theme.profile");
        if (profile) {
            Thread sampler = new Thread(() -> sample(fx), "sampler");
            sampler.setDaemon(true);
            sampler.start();
        }
        String shots = System.getProperty("carnet.theme.shots");
        if (shots != null) {
            shots(Path.of(shots));
            System.exit(0);
        }
        if (Boolean.getBoolean("carnet.theme.diff")) {
            diff();
            System.exit(0);
        }
        var threads = ManagementFactory.getThreadMXBean();
        int switches = Integer.getInteger("carnet.theme.switches", 20);
        List<double[]> dark = new ArrayList<>();
        List<double[]> light = new ArrayList<>();
        for (int i = 0; i < switches; i++) {
            CompletableFuture<double[]> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                sampling = true;
                Scene scene = Window.getWindows().get(0).getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    Platform.runLater(() -> {
                        sampling = false;
                        done.complete(new double[] {(System.nanoTime() - t0) / 1e6,
                            (threads.getCurrentThreadCpuTime() - cpu0) / 1e6});
                    });
                };
                scene.addPostLayoutPulseListener(once[0]);
                toggle(scene);
                Platform.requestNextPulse();
            });
            double[] figures = done.get(30, TimeUnit.SECONDS);
            (i % 2 == 0 ? dark : light).add(figures);
            Thread.sleep(1500);
        }
        print("dark", dark);
        print("light", light);
        if (profile) {
            synchronized (inclusive) {
                System.out.printf(Locale.ROOT, "samples %d (1 ms each)%n", samples);
                inclusive.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(70)
                        .forEach(e -> System.out.printf(Locale.ROOT, "incl %5.1f%% %s%n",
                                100.0 * e.getValue() / samples, e.getKey()));
                self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(30)
                        .forEach(e -> System.out.printf(Locale.ROOT, "self %5.1f%% %s%n",
                                100.0 * e.getValue() / samples, e.getKey()));
            }
        }
        System.out.flush();
        // Back to the theme the journal was in when it started (an even number of switches leaves it as it was).
        System.exit(0);
    }

    /**
     * Pictures of every page (Ctrl+1…8) in the theme the journal opens in, then in the other one after a switch,
     * at the window's size given by {@code -Dcarnet.theme.size=WxH}: DIR/light-1.png … DIR/dark-8.png.
     */
    private static void shots(Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir);
        String[] size = System.getProperty("carnet.theme.size", "1280x900").split("x");
        onFx(() -> {
            Window window = Window.getWindows().get(0);
            window.setWidth(Double.parseDouble(size[0]));
            window.setHeight(Double.parseDouble(size[1]));
        });
        Thread.sleep(1500);
        for (String theme : new String[] {"light", "dark"}) {
            for (int page = 1; page <= 8; page++) {
                int shown = page;
                onFx(() -> key(KeyCode.valueOf("DIGIT" + shown), KeyCode.SHORTCUT));
                Thread.sleep(1500);
                javafx.scene.image.WritableImage image = call(() -> Window.getWindows().get(0).getScene()
                        .snapshot(null));
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                        dir.resolve(theme + "-" + page + ".png").toFile());
            }
            // A dialog kept for next time (the episode dialog, Ctrl+E from the check-in), and the View menu open.
            onFx(() -> key(KeyCode.DIGIT2, KeyCode.SHORTCUT));
            Thread.sleep(1000);
            // Not waited for: the dialog's showAndWait holds the task until it closes.
            Platform.runLater(() -> key(KeyCode.E, KeyCode.SHORTCUT));
            Thread.sleep(1500);
            javafx.scene.image.WritableImage dialog = call(() -> Window.getWindows().get(Window.getWindows().size() - 1)
                    .getScene().snapshot(null));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(dialog, null), "png",
                    dir.resolve(theme + "-episode-dialog.png").toFile());
            Platform.runLater(() -> {
                Scene top = Window.getWindows().get(Window.getWindows().size() - 1).getScene();
                Node focused = top.getFocusOwner() != null ? top.getFocusOwner() : top.getRoot();
                Event.fireEvent(focused, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false,
                        false, false));
            });
            Thread.sleep(1500);
            onFx(() -> toggle(Window.getWindows().get(0).getScene()));
            Thread.sleep(2500);
        }
    }

    /** Which styleable properties a switch changes, by value and by identity only (what may request a layout). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void diff() throws Exception {
        Map<Object, Object> before = new java.util.IdentityHashMap<>();
        Map<String, Object> keyed = new java.util.LinkedHashMap<>();
        java.util.function.BiConsumer<Node, Map<String, Object>> walk = new java.util.function.BiConsumer<>() {
            @Override
            public void accept(Node node, Map<String, Object> into) {
                for (javafx.css.CssMetaData meta : node.getCssMetaData()) {
                    if (meta.isSettable(node) || meta.getStyleableProperty(node) != null) {
                        Object value = meta.getStyleableProperty(node).getValue();
                        into.put(System.identityHashCode(node) + " " + node.getClass().getSimpleName() + " "
                                + meta.getProperty(), value);
                    }
                }
                if (node instanceof javafx.scene.Parent parent) {
                    parent.getChildrenUnmodifiable().forEach(c -> accept(c, into));
                }
            }
        };
        onFx(() -> walk.accept(Window.getWindows().get(0).getScene().getRoot(), keyed));
        Map<String, Object> first = new java.util.LinkedHashMap<>(keyed);
        onFx(() -> {
            Scene scene = Window.getWindows().get(0).getScene();
            toggle(scene);
            scene.getRoot().applyCss();
            java.util.function.Consumer<Node>[] dirty = new java.util.function.Consumer[1];
            dirty[0] = node -> {
                if (node instanceof javafx.scene.Parent parent) {
                    boolean childDirty = parent.getChildrenUnmodifiable().stream()
                            .anyMatch(c -> c instanceof javafx.scene.Parent p && p.isNeedsLayout());
                    if (parent.isNeedsLayout() && !childDirty) {
                        StringBuilder path = new StringBuilder();
                        for (Node n = parent; n != null; n = n.getParent()) {
                            path.insert(0, "/" + n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId()
                                    : "") + n.getStyleClass());
                        }
                        System.out.println("needs layout: " + path);
                    }
                    parent.getChildrenUnmodifiable().forEach(dirty[0]);
                }
            };
            dirty[0].accept(scene.getRoot());
        });
        Thread.sleep(300);
        keyed.clear();
        onFx(() -> walk.accept(Window.getWindows().get(0).getScene().getRoot(), keyed));
        Map<String, Integer> equalNotSame = new java.util.TreeMap<>();
        Map<String, Integer> changed = new java.util.TreeMap<>();
        first.forEach((k, v) -> {
            Object w = keyed.get(k);
            String prop = k.substring(k.indexOf(' ') + 1);
            if (v != w) {
                (java.util.Objects.equals(v, w) ? equalNotSame : changed).merge(prop, 1, Integer::sum);
            }
        });
        System.out.println("equal values, new objects:");
        equalNotSame.forEach((k, n) -> System.out.println("  " + n + " " + k));
        System.out.println("changed values:");
        changed.forEach((k, n) -> System.out.println("  " + n + " " + k));
    }

    private static void print(String name, List<double[]> runs) {
        double[] wall = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] cpu = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
        StringBuilder all = new StringBuilder();
        runs.forEach(r -> all.append(String.format(Locale.ROOT, " %.0f/%.0f", r[0], r[1])));
        System.out.printf(Locale.ROOT, "%s: median %.1f ms wall, %.1f ms FX CPU (%d switches:%s)%n", name,
                wall[wall.length / 2], cpu[cpu.length / 2], runs.size(), all);
    }

    private static void sample(Thread fx) {
        while (true) {
            if (sampling) {
                StackTraceElement[] stack = fx.getStackTrace();
                if (stack.length > 0) {
                    synchronized (inclusive) {
                        samples++;
                        Set<String> seen = new HashSet<>();
                        for (StackTraceElement frame : stack) {
                            String where = frame.getClassName() + "." + frame.getMethodName();
                            if (seen.add(where)) {
                                inclusive.merge(where, 1, Integer::sum);
                            }
                        }
                        self.merge(stack[0].getClassName() + "." + stack[0].getMethodName(), 1, Integer::sum);
                    }
                }
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void toggle(Scene scene) {
        MenuBar bar = (MenuBar) scene.lookup("#menu-bar");
        bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-dark-theme".equals(i.getId())).findFirst().ifPresent(i -> {
                    var check = (CheckMenuItem) i;
                    check.setSelected(!check.isSelected());
                    check.fire();
                });
    }

    private static void key(KeyCode code, KeyCode... modifiers) {
        List<KeyCode> held = List.of(modifiers);
        boolean shortcut = held.contains(KeyCode.SHORTCUT);
        Scene scene = Window.getWindows().get(0).getScene();
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", code.getChar(), code, false, shortcut, false,
                false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", code.getChar(), code, false, shortcut,
                false, false));
    }

    private static Node lookup(String selector) {
        return call(() -> {
            for (Window window : Window.getWindows()) {
                Node found = window.getScene() == null ? null : window.getScene().lookup(selector);
                if (found != null) {
                    return found;
                }
            }
            return null;
        });
    }

    private static void waitFor(Supplier<Boolean> condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!Boolean.TRUE.equals(condition.get())) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }
}
