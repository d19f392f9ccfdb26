package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.control.Label;
import org.carnet.journal.CheckIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** On opening, the days missed since the last check-in are offered, and filled in one dialog. */
class BackfillTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    @Test
    void theMissedDaysAreOfferedAndWhatIsTypedIsSavedWithEmptyFieldsLeftNotRecorded() throws Exception {
        try (Services services = Services.open(app.dataDir(), AppHarness.CLOCK)) {
            services.journal().save(CheckIn.empty(AppHarness.TODAY.minusDays(3)));
        }
        app.start();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup(".notification-text").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("2 days since your last check-in");
        clickOn("Fill them in");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#backfill-cramps-0").write("2");
        clickOn("#backfill-fatigue-0").write("6");
        clickOn("#backfill-sleep-1").write("4");
        clickOn("#backfill-save");
        WaitForAsyncUtils.waitForFxEvents();

        CheckIn first = app.services().journal().load(AppHarness.TODAY.minusDays(2)).checkIn().orElseThrow();
        CheckIn second = app.services().journal().load(AppHarness.TODAY.minusDays(1)).checkIn().orElseThrow();
        assertThat(first).isEqualTo(new CheckIn(AppHarness.TODAY.minusDays(2), 2, null, null, null, null, null, 6,
                null, null, null, Set.of(), null));
        assertThat(second.sleepQuality()).isEqualTo(4);
        assertThat(second.crampCount()).as("left empty: not recorded").isNull();
        assertThat(app.services().journal().missedDays()).isEmpty();
    }

    @Test
    void aValueOutOfRangeKeepsTheDialogAndSavesNothing() throws Exception {
        try (Services services = Services.open(app.dataDir(), AppHarness.CLOCK)) {
            services.journal().save(CheckIn.empty(AppHarness.TODAY.minusDays(2)));
        }
        app.start();
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> app.window().dialogs().showBackfill(app.services().journal().missedDays()));
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#backfill-sleep-0").write("9");
        clickOn("#backfill-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#backfill-error").queryAs(Label.class).getText()).isNotEmpty();
        assertThat(app.services().journal().hasCheckIn(AppHarness.TODAY.minusDays(1))).isFalse();
    }
}
