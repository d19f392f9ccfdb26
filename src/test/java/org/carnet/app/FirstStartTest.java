package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.carnet.profile.Profile;
import org.carnet.profile.RiskFactor;
import org.carnet.storage.Database;
import org.carnet.ui.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The first start: language, what Carnet is and is not, optional profile and password, then journal or demo. */
class FirstStartTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    private String header() {
        return lookup("#first-run").queryAs(DialogPane.class).getHeaderText();
    }

    private void next() {
        clickOn("#first-run-next");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void next(int times) {
        for (int i = 0; i < times; i++) {
            next();
        }
    }

    private void fill(String id, String value) {
        TextField field = lookup(id).queryAs(TextField.class);
        interact(() -> {
            field.requestFocus();
            field.setText(value);
        });
    }

    private String error() {
        Label error = lookup("#first-run-error").queryAs(Label.class);
        return error.isVisible() ? error.getText() : "";
    }

    @Test
    void theFirstRunAsksLanguageThenProfileAndPasswordAndKeepsEveryChoice() throws Exception {
        // Through the JournalHost, as the app starts, so that the password can be set at the end.
        app.startAsTheAppFirstTime();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(header()).isEqualTo("Step 1 of 6: your language");
        clickOn("#first-run-french");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(header()).isEqualTo("Étape 1 sur 6 : votre langue");
        assertThat(app.window().messages().language()).isEqualTo(Language.FRENCH);

        next();
        assertThat(lookup("#first-run-page-about").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList())
                .anySatisfy(text -> assertThat(text).contains("pas un avis médical"));

        next();
        fill("#first-run-name", "Marie");
        fill("#first-run-birth-year", "19x0");
        next();
        assertThat(error()).isEqualTo("Saisissez un nombre entier de 1900 à 2026.");
        assertThat(lookup("#first-run-page-profile").tryQuery()).isPresent();
        fill("#first-run-birth-year", "1970");
        clickOn("#first-run-risk-intense_training");
        next();

        clickOn("#first-run-protect");
        fill("#first-run-password", "court");
        fill("#first-run-password-again", "court");
        next();
        assertThat(error()).contains("au moins 8");
        fill("#first-run-password", "assez long");
        fill("#first-run-password-again", "assez long");
        next();

        assertThat(header()).isEqualTo("Étape 5 sur 6 : des rappels (facultatif)");
        assertThat(lookup("#first-run-page-reminders").queryAs(javafx.scene.layout.VBox.class).lookupAll(".label")
                .stream().map(n -> ((Label) n).getText()).toList())
                .as("with a password, only the check-in is reminded").anySatisfy(t -> assertThat(t).contains("mot de passe"));
        next();
        assertThat(lookup("#first-run-page-ready").tryQuery()).isPresent();
        clickOn("#first-run-start");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#first-run").tryQuery()).isEmpty();
        assertThat(Database.isEncrypted(app.dataDir())).isTrue();
        assertThat(app.services().profiles().load())
                .isEqualTo(new Profile("Marie", 1970, java.util.Set.of(RiskFactor.INTENSE_TRAINING)));
        AppSettings saved = AppSettings.load(app.dataDir());
        assertThat(saved.welcomeShown()).isTrue();
        assertThat(saved.language()).isEqualTo(Language.FRENCH);

        app.restart();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#first-run").tryQuery()).isEmpty();
        assertThat(lookup("#unlock-page").tryQuery()).isPresent();
    }

    @Test
    void skippingEveryOptionalStepLeavesAnEmptyUnprotectedJournal() throws Exception {
        app.startAsTheAppFirstTime();
        WaitForAsyncUtils.waitForFxEvents();
        next(5);
        clickOn("#first-run-start");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Database.isEncrypted(app.dataDir())).isFalse();
        assertThat(app.services().profiles().load()).isEqualTo(Profile.empty());
        assertThat(AppSettings.load(app.dataDir()).welcomeShown()).isTrue();
        assertThat(lookup("#preferences-dialog").tryQuery()).as("no sixth dialog after the last step").isEmpty();
        assertThat(AppSettings.load(app.dataDir()).reminders().any()).isFalse();
        assertThat(AppSettings.load(app.dataDir()).remindersAsked()).isTrue();
        assertThat(app.dataDir().resolve("test-config/autostart/carnet-remind.desktop")).doesNotExist();
    }

    @Test
    void exploringTheDemoOpensASeparateJournalAndBackReturnsToTheOwnOne() throws Exception {
        app.startAsTheAppFirstTime();
        WaitForAsyncUtils.waitForFxEvents();
        next(5);
        clickOn("#first-run-explore");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#demo-banner").tryQuery()).isPresent();
        assertThat(app.services().dataDir()).isEqualTo(app.dataDir().resolve("demo"));
        assertThat(Files.exists(app.dataDir().resolve("demo").resolve("carnet.mv.db"))).isTrue();
        assertThat(app.services().journal().listDays()).hasSizeGreaterThan(40);
        assertThat(app.services().tracking().current()).isPresent();

        clickOn("#demo-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#demo-banner").tryQuery()).isEmpty();
        assertThat(app.services().dataDir()).isEqualTo(app.dataDir());
        assertThat(app.services().journal().listDays()).isEmpty();
    }

    /** A journal filled before the window ever opened (by {@code import} on the command line): days, no settings. */
    private void importBeforeTheFirstWindow(String tables) throws Exception {
        try (Services services = Services.open(app.dataDir(), AppHarness.CLOCK)) {
            services.backupJson().importText("{\"format\": \"carnet-backup\", \"version\": 6, " + tables + "}",
                    org.carnet.exchange.ImportMode.MERGE);
        }
        assertThat(AppSettings.load(app.dataDir()).welcomeShown()).as("no settings yet").isFalse();
    }

    @Test
    void aJournalThatAlreadyHoldsDaysIsNotAFirstRun() throws Exception {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 3650; i++) {
            days.append(i == 0 ? "" : ", ").append("{\"day\": \"").append(AppHarness.TODAY.minusDays(i + 1))
                    .append("\", \"fatigue\": ").append(i % 7).append('}');
        }
        importBeforeTheFirstWindow("\"checkIns\": [" + days + "]");

        app.startAsTheAppFirstTime();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#first-run").tryQuery()).as("no \"your journal is ready\" over 3,650 days").isEmpty();
        assertThat(lookup("#preferences-dialog").tryQuery()).isEmpty();
        assertThat(app.services().journal().countDays().days()).isEqualTo(3650);
        assertThat(AppSettings.load(app.dataDir()).welcomeShown()).as("decided once").isTrue();
    }

    @Test
    void aJournalWithAnyRecordButNoDayIsNotAFirstRunEither() throws Exception {
        importBeforeTheFirstWindow("\"products\": [{\"id\": 1, \"name\": \"Magnesium citrate 150\", "
                + "\"magnesiumForm\": \"CITRATE\", \"magnesiumMg\": 150}]");

        app.startAsTheAppFirstTime();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.services().journal().countDays().days()).isZero();
        assertThat(lookup("#first-run").tryQuery()).isEmpty();
    }

    @Test
    void anEmptyJournalWithoutSettingsIsAFirstRun() throws Exception {
        try (Services services = Services.open(app.dataDir(), AppHarness.CLOCK)) {
            assertThat(services.holdsRecords()).isFalse();
        }
        app.startAsTheAppFirstTime();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#first-run").tryQuery()).isPresent();
    }

    private javafx.scene.Node focusOwner() {
        return lookup("#first-run").query().getScene().getFocusOwner();
    }

    private void key(javafx.scene.input.KeyCode code) {
        push(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWholeFirstRunGoesByKeyboardEnterGoesOnSpaceTicksAndTheRemindersAreAStep() throws Exception {
        app.startAsTheAppFirstTime();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#first-run").query().getScene().getWindow().isFocused()).as("the wizard has the keyboard")
                .isTrue();
        assertThat(focusOwner().getId()).isEqualTo("first-run-english");

        key(javafx.scene.input.KeyCode.ENTER);
        assertThat(header()).as("Enter on the chosen language").isEqualTo("Step 2 of 6: what Carnet is, and is not");
        key(javafx.scene.input.KeyCode.ENTER);
        assertThat(focusOwner().getId()).isEqualTo("first-run-name");
        key(javafx.scene.input.KeyCode.ENTER);
        assertThat(header()).isEqualTo("Step 4 of 6: a password (optional)");
        assertThat(focusOwner().getId()).isEqualTo("first-run-protect");
        javafx.scene.control.CheckBox protect = lookup("#first-run-protect").queryAs(javafx.scene.control.CheckBox.class);

        key(javafx.scene.input.KeyCode.ENTER);
        assertThat(protect.isSelected()).as("Enter on the check box goes on, it does not tick it").isFalse();
        assertThat(header()).isEqualTo("Step 5 of 6: reminders (optional)");
        assertThat(focusOwner().getId()).isEqualTo("first-run-check-in");
        key(javafx.scene.input.KeyCode.SPACE);
        assertThat(lookup("#first-run-check-in").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("Space ticks").isTrue();
        key(javafx.scene.input.KeyCode.ENTER);
        assertThat(header()).isEqualTo("Step 6 of 6: ready");
        key(javafx.scene.input.KeyCode.ENTER);

        assertThat(lookup("#first-run").tryQuery()).isEmpty();
        assertThat(lookup("#preferences-dialog").tryQuery()).as("the reminders were the fifth step, not a sixth dialog")
                .isEmpty();
        AppSettings saved = AppSettings.load(app.dataDir());
        assertThat(saved.reminders()).isEqualTo(new org.carnet.reminders.ReminderSettings(true,
                java.time.LocalTime.of(20, 0), false));
        assertThat(saved.remindersAsked()).isTrue();
        assertThat(app.dataDir().resolve("test-config/autostart/carnet-remind.desktop")).exists();
        assertThat(Database.isEncrypted(app.dataDir())).isFalse();
    }

    @Test
    void aReminderTimeThatIsNotOneKeepsTheStep() throws Exception {
        app.startAsTheAppFirstTime();
        WaitForAsyncUtils.waitForFxEvents();
        next(4);
        clickOn("#first-run-check-in");
        fill("#first-run-check-in-time", "late");
        next();
        assertThat(header()).isEqualTo("Step 5 of 6: reminders (optional)");
        assertThat(lookup("#first-run-error").queryAs(Label.class).getText()).isEqualTo("Enter a time like 21:30.");
        fill("#first-run-check-in-time", "21h30");
        next();
        clickOn("#first-run-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(AppSettings.load(app.dataDir()).reminders().checkInTime()).isEqualTo(java.time.LocalTime.of(21, 30));
    }

    @Test
    void aTallerStepMovesTheWizardUpRatherThanPastTheScreensEdge() throws Exception {
        app.startAsTheAppFirstTime();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window wizard = lookup("#first-run").query().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double firstHeight = wizard.getHeight();
        interact(() -> wizard.setY(screen.getMaxY() - firstHeight - 4));
        next(4);
        assertThat(wizard.getHeight()).as("the reminders' step is taller than the language's").isGreaterThan(firstHeight);
        assertThat(wizard.getY() + wizard.getHeight()).as("its bottom, with its buttons, on the screen")
                .isLessThanOrEqualTo(screen.getMaxY());
        assertThat(wizard.getY()).isGreaterThanOrEqualTo(screen.getMinY());
    }
}
