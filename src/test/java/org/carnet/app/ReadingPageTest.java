package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.carnet.journal.CheckIn;
import org.carnet.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page visited before its data has been read (the other pages are read a moment after opening, and on a journal of
 * years that takes seconds) says it is reading, not "Nothing logged yet" over 3,000 days; then shows the data, with
 * the keyboard where the work starts.
 */
class ReadingPageTest extends FxRobot {
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

    /** The texts a person sees in {@code view}: labels shown, with every parent up to the view shown. */
    private List<String> texts(Node view) {
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

    @Test
    void theJournalPageVisitedEarlySaysItIsReadingThenShowsTheDaysAndTakesTheKeyboard() throws Exception {
        services = Services.open(app.dataDir(), AppHarness.CLOCK);
        for (int back = 1; back <= 3; back++) {
            services.journal().save(CheckIn.empty(AppHarness.TODAY.minusDays(back)));
        }
        AppSettings settings = AppSettings.load(app.dataDir());
        settings.setWelcomeShown(true);
        settings.setLanguage(org.carnet.ui.Language.ENGLISH);
        settings.save();
        BusyRunner runner = new BusyRunner();
        FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            window[0] = new MainWindow(new Stage(), AppSettings.load(app.dataDir()), runner);
            window[0].setPrebuildPages(true);
            window[0].setSettleDelay(Duration.hours(1));
            window[0].show();
            window[0].attach(services);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window[0].builtView(MainWindow.Page.CHECK_IN) != null).get());

        // The background thread is busy: the pages' data read from now on comes later.
        interact(() -> {
            runner.busy();
            window[0].showPage(MainWindow.Page.JOURNAL);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node early = WaitForAsyncUtils.asyncFx(() -> window[0].builtView(MainWindow.Page.JOURNAL)).get();
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
}
