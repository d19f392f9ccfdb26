package org.carnet.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.carnet.ui.Language;
import org.carnet.ui.TaskRunner;
import org.testfx.api.FxToolkit;

/**
 * The real main window on a real journal, as the app starts it, but with the database work on the calling thread and
 * a fixed clock; tests get it through {@link AppExtension}, which owns its folder and stops it after each test. The
 * static helpers here (the clock, menu items, clicks in view) serve every window test.
 */
public final class AppHarness {
    /** 20:00 in Paris on Tuesday 10 March 2026. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T19:00:00Z"), ZoneId.of("Europe/Paris"));
    public static final LocalDate TODAY = LocalDate.now(CLOCK);

    /** The reminder schedule of every window under test: an autostart entry in the test's own folder. */
    private static final java.util.function.Function<Path, org.carnet.reminders.Schedule> SCHEDULE =
            dir -> new org.carnet.reminders.XdgAutostart(dir.resolve("test-config"));

    private final Path dataDir;
    private final boolean viaHost;
    private Services services;
    private MainWindow window;
    private JournalHost host;
    private int exits;

    /**
     * A window on {@code dataDir}; {@code asTheApp}: through the {@link JournalHost} as the app starts it (a protected
     * journal shows the password page first, the File menu restores backups and changes the password), otherwise on
     * the journal opened here.
     */
    AppHarness(Path dataDir, boolean asTheApp) {
        this.dataDir = dataDir;
        this.viaHost = asTheApp;
    }

    /** Saves the settings ({@code language}; the first run's steps done when {@code welcomeSeen}), shows the window. */
    AppHarness start(Language language, boolean welcomeSeen) throws TimeoutException {
        AppSettings settings = AppSettings.load(dataDir);
        settings.setLanguage(language);
        if (welcomeSeen) {
            settings.setWelcomeShown(true);
        }
        settings.save();
        FxToolkit.registerPrimaryStage();
        showWindow();
        return this;
    }

    /** Fills the open journal with the demo in {@code language}, then opens the window anew on it. */
    void fillWithTheDemo(Language language) throws TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Services demo = services();
        org.carnet.demo.DemoJournal.fill(demo.journal(), demo.intake(), demo.tracking(), demo.profiles(), demo.labs(),
                CLOCK,
                language == Language.FRENCH ? org.carnet.demo.DemoJournal.Names.FRENCH
                        : org.carnet.demo.DemoJournal.Names.ENGLISH);
        restart();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    void restart() throws TimeoutException {
        stop();
        showWindow();
    }

    private void showWindow() throws TimeoutException {
        if (!viaHost) {
            services = Services.open(dataDir, CLOCK);
        }
        FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            window = new MainWindow(stage, AppSettings.load(dataDir), TaskRunner.sameThread());
            window.setSchedules(SCHEDULE);
            window.setOnExit(() -> exits++);
            window.show();
            if (viaHost) {
                host = new JournalHost(dataDir, CLOCK, TaskRunner.sameThread(), window);
                host.start();
            } else {
                window.attach(services);
            }
        });
        awaitShell();
    }

    /**
     * The window installs its shell and first page one FX turn after it shows ({@link MainWindow#show}, then
     * {@code installShell}), and {@code setupFixture} returns before that turn: on a busy machine a test's first
     * look-up ran before it and found nothing. Every test starts once the shell is in place.
     */
    private void awaitShell() throws TimeoutException {
        MainWindow shown = window;
        org.testfx.util.WaitForAsyncUtils.waitFor(SETTLE_SECONDS, java.util.concurrent.TimeUnit.SECONDS,
                () -> org.testfx.util.WaitForAsyncUtils.asyncFx(shown::isShellInstalled).get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (host != null) {
            FxToolkit.setupFixture(host::close);
            host = null;
        }
        if (services != null) {
            services.close();
            services = null;
        }
    }

    /** The open journal's services (null while a protected journal waits for its password). */
    Services services() {
        return viaHost ? (host == null ? null : host.services()) : services;
    }

    MainWindow window() {
        return window;
    }

    int exits() {
        return exits;
    }

    /** The menu item {@code id} of {@code bar}, in a submenu or not. */
    public static javafx.scene.control.MenuItem menuItem(javafx.scene.control.MenuBar bar, String id) {
        java.util.Deque<javafx.scene.control.MenuItem> left = new java.util.ArrayDeque<>(bar.getMenus());
        while (!left.isEmpty()) {
            javafx.scene.control.MenuItem item = left.poll();
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof javafx.scene.control.Menu menu) {
                left.addAll(menu.getItems());
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    /** How long a node may take to be laid out and scrolled into view before a click gives up. */
    private static final long SETTLE_SECONDS = 10;

    /**
     * Clicks {@code query}, scrolled into view first as it is for a keyboard user who tabs to it. The click waits for
     * the window's layout (a page just shown has no final bounds yet: the focus would scroll to a wrong place and the
     * robot would aim at one), then for the node to be inside the window and inside every scroll pane it is in.
     */
    public static void clickInView(org.testfx.api.FxRobot robot, String query) {
        javafx.scene.Node[] found = new javafx.scene.Node[1];
        waitOnFx(query + " found and laid out", () -> {
            found[0] = robot.lookup(query).tryQuery().orElse(null);
            return found[0] != null && laidOut(found[0]);
        });
        javafx.scene.Node node = found[0];
        robot.interact(node::requestFocus);
        waitOnFx(query + " laid out and in view", () -> laidOut(node) && inView(node));
        robot.clickOn(node);
    }

    /** Waits until {@code condition}, read on the FX thread, holds; fails saying {@code what} was not reached. */
    private static void waitOnFx(String what, java.util.function.BooleanSupplier condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(SETTLE_SECONDS, java.util.concurrent.TimeUnit.SECONDS,
                    () -> org.testfx.util.WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("not " + what + " within " + SETTLE_SECONDS + " s", e);
        }
    }

    /** No layout pending in {@code node}'s scene, from its root down to the node (to be called on the FX thread). */
    private static boolean laidOut(javafx.scene.Node node) {
        javafx.scene.Scene scene = node.getScene();
        if (scene == null || scene.getRoot().isNeedsLayout()) {
            return false;
        }
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.Parent parent && parent.isNeedsLayout()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code node} shows, with its centre inside its window and inside the viewport of every scroll pane it is in
     * (to be called on the FX thread).
     */
    private static boolean inView(javafx.scene.Node node) {
        javafx.scene.Scene scene = node.getScene();
        javafx.geometry.Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing() || !node.isVisible()
                || bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return false;
        }
        double x = bounds.getCenterX();
        double y = bounds.getCenterY();
        if (x < 0 || y < 0 || x > scene.getWidth() || y > scene.getHeight()) {
            return false;
        }
        for (javafx.scene.Node n = node.getParent(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.geometry.Insets insets = scroll.getInsets();
                javafx.geometry.Bounds viewport = scroll.getViewportBounds();
                javafx.geometry.Bounds shown = scroll.localToScene(new javafx.geometry.BoundingBox(insets.getLeft(),
                        insets.getTop(), viewport.getWidth(), viewport.getHeight()));
                if (!shown.contains(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Clicks {@code query} in view, then replaces what it holds by {@code text}, typed key by key. */
    public static void typeInView(org.testfx.api.FxRobot robot, String query, String text) {
        clickInView(robot, query);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A);
        robot.write(text);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
