package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opened by a reminder's click ({@code --open intake}) shows that page; a request file left by a later
 * {@code carnet --open checkin} brings the open window to the check-in.
 */
class OpenOnRequestTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();
    private OpenOnRequest openOn;

    @AfterEach
    void stop() throws Exception {
        if (openOn != null) {
            openOn.close();
        }
    }

    private boolean selected(String id) {
        return lookup(id).queryAs(ToggleButton.class).isSelected();
    }

    @Test
    void theWindowOpensOnTheIntakePageThenComesToTheCheckInOnRequest() throws Exception {
        app.startAsTheApp();
        interact(() -> openOn = OpenOnRequest.start(app.dataDir(), app.window(), OpenRequest.Target.INTAKE));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selected("#nav-intake")).isTrue();
        assertThat(lookup("#intake-entries").tryQuery()).as("the intake page is on screen").isPresent();
        assertThat(WindowLock.heldElsewhere(app.dataDir())).as("the window holds its folder").isTrue();

        OpenRequest.send(app.dataDir(), OpenRequest.Target.CHECKIN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> selected("#nav-check-in"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#intake-entries").tryQuery()).as("the intake page gave way").isEmpty();
        assertThat(app.dataDir().resolve(OpenRequest.FILE_NAME)).as("the request was taken").doesNotExist();
    }

    @Test
    void aJournalWithAPasswordOpensOnThePageAskedOnceUnlocked() throws Exception {
        Services.open(app.dataDir(), AppHarness.CLOCK, "a long secret".toCharArray()).close();
        app.startAsTheApp();
        interact(() -> openOn = OpenOnRequest.start(app.dataDir(), app.window(), OpenRequest.Target.INTAKE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.services()).as("waiting for the password").isNull();

        clickOn("#unlock-password").write("a long secret");
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.services()).isNotNull();
        assertThat(selected("#nav-intake")).isTrue();
    }
}
