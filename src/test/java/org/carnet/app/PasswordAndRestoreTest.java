package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.carnet.journal.CheckIn;
import org.carnet.storage.Backups;
import org.carnet.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File › Password… and File › Restore a backup… through the real window, and the password page at start. */
class PasswordAndRestoreTest extends FxRobot {
    private static final LocalDate DAY = AppHarness.TODAY.minusDays(1);

    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    private void saveNote(String note) {
        app.services().journal().save(new CheckIn(DAY, 2, null, null, null, null, null, null, null, null, null,
                Set.of(), note));
    }

    private Optional<String> note() {
        return app.services().journal().load(DAY).checkIn().map(CheckIn::notes);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    /** Puts {@code value} in a password field as if typed (typing each key is slow on the headless robot). */
    private void fill(String id, String value) {
        javafx.scene.control.PasswordField field = lookup(id).queryAs(javafx.scene.control.PasswordField.class);
        interact(() -> {
            field.requestFocus();
            field.setText(value);
        });
    }

    /** The outcome shows as a notification in the window; it says what was done. */
    private void acknowledge() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().notifier().cards()).isNotEmpty();
        interact(() -> app.window().notifier().clear());
    }

    @Test
    void aPasswordSetInTheAppIsAskedAtTheNextStartAndAWrongOneGetsAnotherTry() throws Exception {
        app.startAsTheApp();
        WaitForAsyncUtils.waitForFxEvents();
        saveNote("before the password");

        Platform.runLater(() -> app.window().dialogs().changePassword());
        WaitForAsyncUtils.waitForFxEvents();
        fill("#password-new", "short");
        fill("#password-again", "short");
        clickOn("#password-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#password-error")).contains("at least 8");
        assertThat(Database.isEncrypted(app.dataDir())).isFalse();

        fill("#password-new", "long enough");
        fill("#password-again", "long enougx");
        clickOn("#password-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#password-error")).contains("not the same");

        fill("#password-again", "long enough");
        clickOn("#password-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Database.isEncrypted(app.dataDir())).isTrue();
        acknowledge();
        // The journal was reopened with the new password and the window filled again.
        assertThat(lookup("#nav-home").tryQuery()).isPresent();
        assertThat(note()).contains("before the password");

        app.restart();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#unlock-page").tryQuery()).isPresent();
        assertThat(app.services()).isNull();
        assertThat(lookup("#nav-home").tryQuery()).isEmpty();

        clickOn("#unlock-password").write("long enougH").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.services()).isNull();
        assertThat(text("#unlock-error")).contains("not the password");

        clickOn("#unlock-password").write("long enough").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.services()).isNotNull();
        assertThat(app.services().encrypted()).isTrue();
        assertThat(lookup("#nav-home").tryQuery()).isPresent();
        assertThat(note()).contains("before the password");
    }

    @Test
    void theCurrentPasswordIsCheckedBeforeItIsRemoved() throws Exception {
        app.startAsTheApp();
        WaitForAsyncUtils.waitForFxEvents();
        saveNote("kept");
        Platform.runLater(() -> app.window().dialogs().changePassword());
        WaitForAsyncUtils.waitForFxEvents();
        fill("#password-new", "first password");
        fill("#password-again", "first password");
        clickOn("#password-save");
        acknowledge();

        Platform.runLater(() -> app.window().dialogs().changePassword());
        WaitForAsyncUtils.waitForFxEvents();
        fill("#password-current", "not the one");
        clickOn("#password-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#password-error")).contains("not the current password");
        assertThat(Database.isEncrypted(app.dataDir())).isTrue();

        fill("#password-current", "first password");
        clickOn("#password-remove");
        acknowledge();

        assertThat(Database.isEncrypted(app.dataDir())).isFalse();
        assertThat(note()).contains("kept");
    }

    @Test
    void aBackupRestoredFromTheFileMenuBringsBackItsDayAndKeepsTheStateBefore() throws Exception {
        app.startAsTheApp();
        WaitForAsyncUtils.waitForFxEvents();
        saveNote("as in the backup");
        app.services().backupNow();
        saveNote("changed since");

        Platform.runLater(() -> app.window().dialogs().restoreBackup());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#restore-list").tryQuery()).isPresent();
        clickOn("#restore-action");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#confirm-yes");
        acknowledge();

        assertThat(note()).contains("as in the backup");
        assertThat(Backups.list(app.dataDir())).anyMatch(Backups.Backup::beforeRestore);
        assertThat(lookup("#nav-home").tryQuery()).isPresent();
    }
}
