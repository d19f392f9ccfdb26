package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.carnet.reminders.ReminderSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File › Preferences… (Ctrl+,): reminders off by default, turned on and off, the schedule written and removed. */
class PreferencesTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    private Path autostartEntry() {
        return app.dataDir().resolve("test-config/autostart/carnet-remind.desktop");
    }

    private void openPreferences() {
        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void remindersAreOffByDefaultAndTurningThemOnSchedulesThemUntilTurnedOff() throws Exception {
        app.start();
        openPreferences();

        CheckBox checkIn = lookup("#preferences-check-in").queryAs(CheckBox.class);
        CheckBox doses = lookup("#preferences-doses").queryAs(CheckBox.class);
        TextField time = lookup("#preferences-check-in-time").queryAs(TextField.class);
        assertThat(checkIn.isSelected()).isFalse();
        assertThat(doses.isSelected()).isFalse();
        assertThat(time.isDisabled()).isTrue();

        clickOn(checkIn);
        clickOn(time).push(KeyCode.CONTROL, KeyCode.A).write("21h30");
        clickOn("#preferences-save");
        WaitForAsyncUtils.waitForFxEvents();

        ReminderSettings saved = AppSettings.load(app.dataDir()).reminders();
        assertThat(saved).isEqualTo(new ReminderSettings(true, LocalTime.of(21, 30), false));
        assertThat(autostartEntry()).exists();
        assertThat(Files.readString(autostartEntry())).contains("\"remind\"").contains(app.dataDir().toString());

        openPreferences();
        assertThat(lookup("#preferences-check-in").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#preferences-check-in-time").queryAs(TextField.class).getText()).isEqualTo("21:30");
        clickOn("#preferences-check-in");
        clickOn("#preferences-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(AppSettings.load(app.dataDir()).reminders().any()).isFalse();
        assertThat(autostartEntry()).doesNotExist();
    }

    @Test
    void aTimeThatIsNotOneKeepsTheDialogOpenAndSavesNothing() throws Exception {
        app.start();
        openPreferences();

        clickOn("#preferences-check-in");
        clickOn("#preferences-check-in-time").push(KeyCode.CONTROL, KeyCode.A).write("late");
        clickOn("#preferences-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#preferences-error").queryAs(Label.class).getText()).isEqualTo("Enter a time like 21:30.");
        assertThat(AppSettings.load(app.dataDir()).reminders().any()).isFalse();
        assertThat(autostartEntry()).doesNotExist();
    }
}
