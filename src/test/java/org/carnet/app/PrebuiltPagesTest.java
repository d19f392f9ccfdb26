package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.CheckIn;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.carnet.ui.Language;
import org.carnet.ui.TaskRunner;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pages built out of sight once the person has what they came for, as the app builds them: a page whose data
 * comes after it was built (the tracking analysis on a long journal) is laid out again out of sight, so that its
 * first visit finds its chart drawn rather than drawing it then. That work, with the other pages' data and the missed
 * days' offer, waits until the check-in they went to is drawn; or, if they stay on the first page, until it has been
 * shown for the settle delay. Nothing of it is lost: it all comes then. A page visited before its data came says it
 * is reading.
 */
class PrebuiltPagesTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();
    private Services services;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (services != null) {
            services.close();
        }
    }

    @Test
    void theTrackingChartIsDrawnOutOfSightWhenItsDataComesAfterThePageWasBuilt() throws Exception {
        services = Services.open(app.dataDir(), AppHarness.CLOCK);
        Product magnesium = services.intake().saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE,
                150.0, null, null, null, null));
        LocalDate start = AppHarness.TODAY.minusDays(29);
        for (LocalDate day = start.minusDays(14); !day.isAfter(AppHarness.TODAY); day = day.plusDays(1)) {
            services.journal().save(new CheckIn(day, 3, 6, true, 3, 6.5, null, 6, null, null, null, Set.of(), null));
            if (!day.isBefore(start)) {
                services.intake().logSupplement(new SupplementIntake(null, day.atTime(20, 0), magnesium.id(), 1));
            }
        }
        services.tracking().save(new Protocol(null, "Evening magnesium", start, null,
                List.of(new PlannedDose(magnesium.id(), 1, LocalTime.of(20, 0)))));
        AppSettings settings = AppSettings.load(app.dataDir());
        settings.setWelcomeShown(true);
        settings.save();

        HeldTracking runner = new HeldTracking();
        FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            window[0] = new MainWindow(new Stage(), AppSettings.load(app.dataDir()), runner);
            window[0].setPrebuildPages(true);
            window[0].show();
            window[0].attach(services);
            // The analysis comes in the turn after the tracking page was built out of sight, as on a long journal.
            Runnable[] poll = new Runnable[1];
            poll[0] = () -> {
                if (window[0].builtView(MainWindow.Page.TRACKING) != null) {
                    runner.release();
                } else {
                    Platform.runLater(poll[0]);
                }
            };
            Platform.runLater(poll[0]);
        });

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Node chart = WaitForAsyncUtils.asyncFx(() -> {
                Node view = window[0].builtView(MainWindow.Page.TRACKING);
                return view == null ? null : ((Parent) view).lookup("#tracking-chart");
            }).get();
            // Drawn at a size (the canvas keeps what its last drawing found), and not on screen.
            return chart instanceof ChartViewer viewer && viewer.getCanvas().getRenderingInfo() != null
                    && viewer.getScene() == null;
        });
        assertThat(runner.released).isTrue();
    }

    /**
     * The window on a journal with a check-in on each of {@code days}, as the app opens it: the pages built out of
     * sight, the work the person does not wait for held for {@code delay}, the database's work given to {@code runner}.
     */
    private MainWindow open(Duration delay, TaskRunner runner, LocalDate... days) throws Exception {
        services = Services.open(app.dataDir(), AppHarness.CLOCK);
        for (LocalDate day : days) {
            services.journal().save(CheckIn.empty(day));
        }
        AppSettings settings = AppSettings.load(app.dataDir());
        settings.setWelcomeShown(true);
        settings.setLanguage(Language.ENGLISH);
        settings.save();
        FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            window[0] = new MainWindow(new Stage(), AppSettings.load(app.dataDir()), runner);
            window[0].setPrebuildPages(true);
            window[0].setSettleDelay(delay);
            window[0].show();
            window[0].attach(services);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    private MainWindow open(Duration delay) throws Exception {
        return open(delay, TaskRunner.sameThread(), AppHarness.TODAY.minusDays(3));
    }

    private List<String> notifications() {
        return lookup(".notification-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void theOtherPagesAndTheMissedDaysWaitUntilTheCheckInIsShownThenComeAtOnce() throws Exception {
        MainWindow window = open(Duration.hours(1));
        // Usable: the check-in is built, out of sight; the rest waits while the person is on the home page.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.builtView(MainWindow.Page.CHECK_IN) != null).get());
        for (int turn = 0; turn < 5; turn++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.builtView(MainWindow.Page.JOURNAL)).get()).isNull();
        assertThat(notifications()).doesNotContain("2 days since your last check-in");

        interact(() -> window.showPage(MainWindow.Page.CHECK_IN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.builtView(MainWindow.Page.JOURNAL) != null).get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> notifications().contains("2 days since your last check-in"));
    }

    @Test
    void onTheFirstPageTheyComeOnceItHasBeenShownForTheSettleDelay() throws Exception {
        MainWindow window = open(Duration.millis(300));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.builtView(MainWindow.Page.JOURNAL) != null).get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> notifications().contains("2 days since your last check-in"));
    }

    /**
     * A page visited before its data has been read (the other pages are read a moment after opening, and on a journal
     * of years that takes seconds) says it is reading, not "Nothing logged yet" over 3,000 days; then shows the data,
     * with the keyboard where the work starts.
     */
    @Test
    void theJournalPageVisitedEarlySaysItIsReadingThenShowsTheDaysAndTakesTheKeyboard() throws Exception {
        BusyRunner runner = new BusyRunner();
        MainWindow window = open(Duration.hours(1), runner, AppHarness.TODAY.minusDays(1),
                AppHarness.TODAY.minusDays(2), AppHarness.TODAY.minusDays(3));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.builtView(MainWindow.Page.CHECK_IN) != null).get());

        // The background thread is busy: the pages' data read from now on comes later.
        interact(() -> {
            runner.busy();
            window.showPage(MainWindow.Page.JOURNAL);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node early = WaitForAsyncUtils.asyncFx(() -> window.builtView(MainWindow.Page.JOURNAL)).get();
        List<String> whileReading = WaitForAsyncUtils.asyncFx(() -> texts(early)).get();

        interact(runner::release);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> read = WaitForAsyncUtils.asyncFx(() -> texts(early)).get();
        boolean listFocused = WaitForAsyncUtils.asyncFx(() -> early.getScene().getFocusOwner() instanceof ListView<?> l
                && "journal-list".equals(l.getId())).get();

        assertThat(whileReading).contains("Reading your journal…")
                .noneMatch(t -> t.startsWith("Nothing logged yet")).noneMatch(t -> t.contains("no day logged"));
        assertThat(read).doesNotContain("Reading your journal…").anyMatch(t -> t.contains("3 days logged"));
        assertThat(listFocused).as("the list of days has the keyboard once read").isTrue();
    }

    /** The texts a person sees in {@code view}: labels shown, with every parent up to the view shown. */
    private static List<String> texts(Node view) {
        return ((Parent) view).lookupAll(".label").stream().filter(n -> shown(n, view))
                .map(n -> ((Label) n).getText()).toList();
    }

    private static boolean shown(Node node, Node view) {
        for (Node n = node; n != null; n = n == view ? null : n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** At once until {@link #busy()}; then, like the one background thread busy elsewhere, all in order on release. */
    private static final class BusyRunner implements TaskRunner {
        private final Deque<Runnable> queued = new ArrayDeque<>();
        private boolean busy;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Runnable task = () -> TaskRunner.sameThread().run(work, onSuccess, onFailure);
            if (busy) {
                queued.add(task);
            } else {
                task.run();
            }
        }

        void busy() {
            busy = true;
        }

        void release() {
            busy = false;
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    /** Database work at once, as in the other window tests, but the tracking analysis's result held until released. */
    private static final class HeldTracking implements TaskRunner {
        private final List<Runnable> held = new ArrayList<>();
        private boolean released;

        private final TaskRunner now = TaskRunner.sameThread();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            now.run(work, result -> {
                if (!released && result != null
                        && result.getClass().getName().endsWith("TrackingViewModel$Loaded")) {
                    held.add(() -> onSuccess.accept(result));
                } else {
                    onSuccess.accept(result);
                }
            }, onFailure);
        }

        void release() {
            if (!released) {
                released = true;
                held.forEach(Runnable::run);
                held.clear();
            }
        }
    }
}
