package org.carnet.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DayEntry;
import org.carnet.journal.Digestion;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A person fills in the day as they would: clicks, typing, a saved day found again after a restart. */
class CheckInScreenTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();

    /** Clicks a control of the form, scrolled into view first as it is for a keyboard user who tabs to it. */
    private void click(String id) {
        AppHarness.clickInView(this, id);
    }

    private void type(String id, String text) {
        click(id);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
    }

    @Test
    void aFilledCheckInAndEpisodeAreThereAfterRestart() throws Exception {
        clickOn("#nav-check-in");
        type("#checkin-cramp-count", "2");
        type("#checkin-cramp-severity", "6");
        click("#checkin-cramps-night-true");
        click("#checkin-sleep-quality");
        type(KeyCode.DIGIT4);
        type("#checkin-sleep-hours", "7,5");
        type("#checkin-palpitation-count", "1");
        type("#checkin-fatigue", "3");
        type("#checkin-twitching", "2");
        type("#checkin-irritability", "1");
        click("#checkin-digestion-constipation");
        type("#checkin-notes", "Long walk, coffee at 16:00");

        click("#checkin-log-palpitation");
        type("#episode-time", "18:45");
        type("#episode-duration", "5");
        type("#episode-severity", "4");
        clickOn("#episode-rhythm-irregular");
        clickOn("#episode-trigger-caffeine");
        clickOn("#episode-save");
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#checkin-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#checkin-status").queryAs(Label.class).getText()).isEqualTo("Saved");

        app.restart();
        clickOn("#nav-check-in");
        assertThat(text("#checkin-cramp-count")).isEqualTo("2");
        assertThat(text("#checkin-cramp-severity")).isEqualTo("6");
        assertThat(text("#checkin-sleep-hours")).isEqualTo("7.5");
        assertThat(text("#checkin-palpitation-count")).isEqualTo("1");
        assertThat(text("#checkin-fatigue")).isEqualTo("3");
        assertThat(lookup("#checkin-sleep-quality").queryAs(Rating.class).getRating()).isEqualTo(4.0);
        assertThat(lookup("#checkin-episodes").queryAs(Node.class).lookupAll(".episode-line").stream()
                .map(n -> ((Label) n).getText()).toList())
                .singleElement().asString().contains("18:45", "Palpitation", "5 min", "Irregular", "Caffeine");

        DayEntry stored = app.services().journal().load(AppHarness.TODAY);
        CheckIn checkIn = stored.checkIn().orElseThrow();
        assertThat(checkIn.crampsAtNight()).isTrue();
        assertThat(checkIn.sleepQuality()).isEqualTo(4);
        assertThat(checkIn.sleepHours()).isEqualTo(7.5);
        assertThat(checkIn.digestion()).isEqualTo(Digestion.CONSTIPATION);
        assertThat(checkIn.notes()).isEqualTo("Long walk, coffee at 16:00");
        assertThat(checkIn.redFlags()).isEmpty();
        assertThat(stored.episodes()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EpisodeKind.PALPITATION);
            assertThat(e.rhythm()).isEqualTo(Rhythm.IRREGULAR);
            assertThat(e.trigger()).isEqualTo(Trigger.CAFFEINE);
            assertThat(e.severity()).isEqualTo(4);
        });
    }

    @Test
    void emptyFieldsStayNotRecorded() {
        clickOn("#nav-check-in");
        type("#checkin-fatigue", "0");
        clickOn("#checkin-save");
        WaitForAsyncUtils.waitForFxEvents();
        CheckIn checkIn = app.services().journal().load(AppHarness.TODAY).checkIn().orElseThrow();
        assertThat(checkIn.fatigue()).isZero();
        assertThat(checkIn.crampCount()).isNull();
        assertThat(checkIn.sleepQuality()).isNull();
        assertThat(checkIn.sleepHours()).isNull();
        assertThat(checkIn.crampsAtNight()).isNull();
        assertThat(checkIn.digestion()).isNull();
    }

    @Test
    void anOutOfRangeValueIsRefusedInlineAndNothingIsSaved() {
        clickOn("#nav-check-in");
        type("#checkin-cramp-count", "1");
        type("#checkin-fatigue", "11");
        Label error = lookup("#checkin-fatigue-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Allowed: 0 to 10.");
        type("#checkin-sleep-hours", "7h");
        assertThat(lookup("#checkin-sleep-hours-error").queryAs(Label.class).getText())
                .contains("0 to 24");

        clickOn("#checkin-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.services().journal().load(AppHarness.TODAY).checkIn()).isEmpty();
        assertThat(lookup("#checkin-status").queryAs(Label.class).getText()).isEqualTo("Unsaved changes");

        type("#checkin-fatigue", "10");
        type("#checkin-sleep-hours", "7");
        assertThat(error.isVisible()).isFalse();
        clickOn("#checkin-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.services().journal().load(AppHarness.TODAY).checkIn().orElseThrow().fatigue()).isEqualTo(10);
    }

    @Test
    void tickingARedFlagShowsTheWarningAtOnceWithItsSource() throws Exception {
        clickOn("#nav-check-in");
        assertThat(lookup("#red-flag-banner").queryAs(Node.class).isVisible()).isFalse();

        click("#checkin-flag-chest-pain");
        Node banner = lookup("#red-flag-banner").queryAs(Node.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(lookup("#red-flag-days").queryAs(Label.class).getText()).contains("Chest pain");
        assertThat(lookup("#red-flag-source").queryAs(Label.class).getText())
                .contains("Quand demander un avis professionnel");
        // Above everything: the banner sits in the window's top area, before any page.
        assertThat(banner.localToScene(0, 0).getY())
                .isLessThan(lookup("#checkin-view").queryAs(Node.class).localToScene(0, 0).getY());

        clickOn("#checkin-save");
        WaitForAsyncUtils.waitForFxEvents();
        app.restart();
        assertThat(lookup("#red-flag-banner").queryAs(Node.class).isVisible()).isTrue();
        assertThat(lookup("#red-flag-days").queryAs(Label.class).getText()).contains("Tuesday 10 March 2026");
    }

    @Test
    void aRedFlagOlderThanAWeekNoLongerShowsOnHome() throws Exception {
        var journal = app.services().journal();
        LocalDate eightDaysAgo = AppHarness.TODAY.minusDays(7);
        LocalDate sixDaysAgo = AppHarness.TODAY.minusDays(6);
        journal.save(withFlag(eightDaysAgo, RedFlag.FAINTING));
        app.restart();
        assertThat(lookup("#red-flag-banner").queryAs(Node.class).isVisible()).isFalse();

        app.services().journal().save(withFlag(sixDaysAgo, RedFlag.BREATHLESSNESS));
        app.restart();
        assertThat(lookup("#red-flag-banner").queryAs(Node.class).isVisible()).isTrue();
        assertThat(lookup("#red-flag-days").queryAs(Label.class).getText())
                .contains("Unexplained breathlessness").doesNotContain("Fainting");
    }

    @Test
    void aRedFlagOnAPalpitationEpisodeShowsTheWarning() {
        click("#home-log-palpitation");
        clickOn("#episode-flag-fainting");
        clickOn("#episode-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#red-flag-banner").queryAs(Node.class).isVisible()).isTrue();
        assertThat(lookup("#red-flag-days").queryAs(Label.class).getText()).contains("Fainting");
    }

    @Test
    void theEpisodeFormIsReusedButComesBackEmptyForTheNextEpisode() {
        clickOn("#nav-check-in");
        click("#checkin-log-palpitation");
        type("#episode-duration", "5");
        type("#episode-severity", "4");
        clickOn("#episode-trigger-caffeine");
        clickOn("#episode-save");
        WaitForAsyncUtils.waitForFxEvents();

        // Edit it: the same dialog, filled with the episode.
        clickOn(lookup(".episode-row .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogTitle()).isEqualTo("Edit the episode");
        assertThat(text("#episode-duration")).isEqualTo("5");
        type("#episode-severity", "12");
        assertThat(lookup("#episode-severity-error").queryAs(Label.class).isVisible()).isTrue();
        clickOn("Cancel");

        // A new one: empty, without the error typed in the edit, and a cramp.
        click("#checkin-log-cramp");
        assertThat(dialogTitle()).isEqualTo("Log an episode");
        assertThat(text("#episode-duration")).isEmpty();
        assertThat(text("#episode-severity")).isEmpty();
        assertThat(lookup("#episode-severity-error").queryAs(Label.class).isVisible()).isFalse();
        assertThat(shown(lookup("#episode-rhythm-irregular").queryAs(Node.class))).isFalse();
        type("#episode-severity", "3");
        clickOn("#episode-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.services().journal().load(AppHarness.TODAY).episodes()).hasSize(2)
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(EpisodeKind.PALPITATION);
                    assertThat(e.severity()).isEqualTo(4);
                    assertThat(e.trigger()).isEqualTo(Trigger.CAFFEINE);
                })
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(EpisodeKind.CRAMP);
                    assertThat(e.severity()).isEqualTo(3);
                    assertThat(e.durationMinutes()).isNull();
                });
    }

    /** Whether {@code node} and all its parents are visible. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String dialogTitle() {
        return ((javafx.stage.Stage) lookup("#episode-dialog").queryAs(Node.class).getScene().getWindow()).getTitle();
    }

    @Test
    void anEpisodeInTheFutureIsRefusedInTheDialog() {
        clickOn("#home-log-cramp");
        type("#episode-time", "23:59");
        clickOn("#episode-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#episode-time-error").queryAs(Label.class).getText()).contains("future");
        type("#episode-time", "19:30");
        clickOn("#episode-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.services().journal().load(AppHarness.TODAY).episodes()).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EpisodeKind.CRAMP));
    }

    @Test
    void theJournalListOpensADayForEditing() throws Exception {
        var journal = app.services().journal();
        for (int i = 1; i <= 5; i++) {
            journal.save(new CheckIn(AppHarness.TODAY.minusDays(i), i, null, null, 3, 7.0, null, null, null, null,
                    null, Set.of(), null));
        }
        app.restart();
        clickOn("#nav-journal");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#journal-count").queryAs(Label.class).getText()).isEqualTo("5 days logged");
        doubleClickOn("Saturday 7 March 2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#checkin-cramp-count")).isEqualTo("3");
        assertThat(lookup("#checkin-date").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(AppHarness.TODAY.minusDays(3));
    }

    @Test
    void leavingADayWithUnsavedChangesAsksFirst() {
        clickOn("#nav-check-in");
        type("#checkin-cramp-count", "4");
        clickOn("#checkin-previous");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#unsaved-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.services().journal().load(AppHarness.TODAY).checkIn().orElseThrow().crampCount()).isEqualTo(4);
        assertThat(lookup("#checkin-date").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(AppHarness.TODAY.minusDays(1));
    }

    @Test
    void deletingADayAsksThenRemovesCheckInAndEpisodes() throws Exception {
        var journal = app.services().journal();
        journal.save(new CheckIn(AppHarness.TODAY, 1, null, null, null, null, null, null, null, null, null,
                Set.of(), null));
        journal.logEpisode(new org.carnet.journal.Episode(null, AppHarness.TODAY.atTime(8, 0), EpisodeKind.CRAMP,
                2, 5, null, null, Set.of()));
        app.restart();
        clickOn("#nav-check-in");
        clickOn("#checkin-delete");
        clickOn("Cancel");
        assertThat(app.services().journal().load(AppHarness.TODAY).checkIn()).isPresent();
        clickOn("#checkin-delete");
        clickOn("#confirm-yes");
        WaitForAsyncUtils.waitForFxEvents();
        DayEntry day = app.services().journal().load(AppHarness.TODAY);
        assertThat(day.checkIn()).isEmpty();
        assertThat(day.episodes()).isEmpty();
        assertThat(text("#checkin-cramp-count")).isEmpty();
    }

    @Test
    void aDatabaseFailureIsExplainedInWordsAndTheTypedValuesStay() {
        clickOn("#nav-check-in");
        type("#checkin-cramp-count", "3");
        app.services().close();
        clickOn("#checkin-save");
        WaitForAsyncUtils.waitForFxEvents();
        var dialog = lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Carnet could not save the check-in.");
        assertThat(dialog.getContentText()).contains("Nothing already saved has been lost").doesNotContain("Exception");
        clickOn("OK");
        assertThat(text("#checkin-cramp-count")).isEqualTo("3");
        assertThat(lookup("#checkin-status").queryAs(Label.class).getText()).isEqualTo("Unsaved changes");
    }

    @Test
    void theLanguageSwitchesToFrench() {
        clickOn("View");
        clickOn("Language");
        clickOn("Français");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#nav-home").queryAs(javafx.scene.control.ToggleButton.class).getText()).isEqualTo("Accueil");
    }

    private static CheckIn withFlag(LocalDate day, RedFlag flag) {
        return new CheckIn(day, null, null, null, null, null, 1, null, null, null, null, Set.of(flag), null);
    }

    private String text(String id) {
        return lookup(id).queryAs(TextField.class).getText();
    }
}
