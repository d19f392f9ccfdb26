package org.carnet.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.carnet.app.AppExtension;
import org.carnet.ui.Messages;
import org.carnet.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Home's protocol card says nothing about a protocol before the analysis is read: no "no protocol" for seconds. */
class TrackingSummaryCardTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();

    /** Holds the work until the test lets it run, as the app's background thread does while it is busy. */
    private static final class HeldRunner implements TaskRunner {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> TaskRunner.sameThread().run(work, onSuccess, onFailure));
        }

        void release() {
            held.forEach(Runnable::run);
            held.clear();
        }
    }

    @Test
    void whileTheAnalysisIsReadTheCardSaysSoThenThatNoProtocolRuns() {
        HeldRunner runner = new HeldRunner();
        TrackingViewModel model = new TrackingViewModel(app.services().tracking(), runner);
        List<String> said = new ArrayList<>();
        interact(() -> {
            Node card = new TrackingSummaryCard(model, new Messages(org.carnet.ui.Language.ENGLISH), () -> {
            }).createView();
            Label state = (Label) card.lookup("#home-protocol-state");
            said.add(state.getText());
            model.load(e -> {
                throw new AssertionError(e);
            });
            said.add(state.getText());
            runner.release();
            said.add(state.getText());
        });

        assertThat(said).containsExactly("Reading your protocol…", "Reading your protocol…", "No protocol running.");
    }
}
