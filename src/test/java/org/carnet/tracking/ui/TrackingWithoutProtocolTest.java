package org.carnet.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.MainWindow;
import org.carnet.journal.CheckIn;
import org.carnet.journal.RedFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tracking before any protocol: the page is not empty. It says to start a protocol to see the windows, how many days
 * the journal holds lately and in all, and the warning signs of the last four weeks, each with its advice.
 */
class TrackingWithoutProtocolTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    @Test
    void theRedFlagsAndTheDaysRecordedShowWithoutAProtocol() throws Exception {
        app.start();
        var journal = app.services().journal();
        for (int back = 0; back < 10; back++) {
            LocalDate day = AppHarness.TODAY.minusDays(back);
            Set<RedFlag> flags = back == 3 ? Set.of(RedFlag.CHEST_PAIN) : Set.of();
            journal.save(new CheckIn(day, 1, 4, true, 2, 7.0, null, 3, null, null, null, flags, null));
        }
        // Outside the four weeks: counted in all, its flag not shown as recent.
        journal.save(new CheckIn(AppHarness.TODAY.minusDays(40), 1, 4, true, 2, 7.0, null, 3, null, null, null,
                Set.of(RedFlag.FAINTING), null));
        app.restart();
        interact(() -> app.window().showPage(MainWindow.Page.TRACKING));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#tracking-no-protocol").queryAs(Label.class).getText()).startsWith("No protocol yet");
        assertThat(lookup("#tracking-so-far-days").queryAs(Label.class).getText())
                .isEqualTo("Days recorded: 10 of the last 28, 11 in all.");
        List<Node> findings = List.copyOf(lookup("#tracking-so-far-red-flags").queryAs(Node.class)
                .lookupAll(".finding"));
        assertThat(findings).singleElement().extracting(Node::getUserData).isEqualTo("TRACKING_JOURNAL_RED_FLAG");
        List<String> texts = findings.get(0).lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
        assertThat(texts).anyMatch(t -> t.startsWith("Chest pain logged. The source advises seeing a health"
                + " professional promptly"));
        assertThat(texts).anyMatch(t -> t.contains(app.window().messages().shortDate(AppHarness.TODAY.minusDays(3))));
    }
}
