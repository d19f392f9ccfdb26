package org.carnet.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.MainWindow;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A person adds symptoms of their own in "My symptoms", fills them in the check-in with the keyboard alone, and
 * finds them in the journal list and on the tracking page, without a restart.
 */
class OwnSymptomsScreenTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();

    private void show(MainWindow.Page page) {
        interact(() -> app.window().showPage(page));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focused() {
        return lookup("#checkin-view").query().getScene().getFocusOwner();
    }

    /** Adds two symptoms by keyboard in the editor opened from the check-in, then closes it. */
    private void addTwoSymptomsByKeyboard() {
        show(MainWindow.Page.CHECK_IN);
        AppHarness.clickInView(this, "#checkin-own-edit");
        WaitForAsyncUtils.waitForFxEvents();
        // The name field has the focus (clicked only so that the robot types into the dialog's window); Enter adds,
        // a 0-10 scale unless another kind is chosen.
        assertThat(lookup("#own-symptom-name").query().isFocused()).isTrue();
        AppHarness.clickInView(this, "#own-symptom-name");
        write("Brain fog");
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        write("Walked 30 min");
        push(KeyCode.TAB);
        push(KeyCode.DOWN);
        push(KeyCode.DOWN);
        push(KeyCode.TAB);
        push(KeyCode.SPACE);
        push(KeyCode.SHIFT, KeyCode.TAB);
        push(KeyCode.SHIFT, KeyCode.TAB);
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#own-symptoms-list").queryAs(ListView.class).getItems()).hasSize(2);
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Map<String, OwnSymptom> byName() {
        return app.services().ownSymptoms().all().stream().collect(Collectors.toMap(OwnSymptom::name, s -> s));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSymptomAddedIsCheckedInByKeyboardAndShownInTheJournalAndTracking() {
        app.services().tracking().save(new org.carnet.tracking.Protocol(null, "Evening magnesium",
                AppHarness.TODAY.minusDays(2), null, java.util.List.of()));
        addTwoSymptomsByKeyboard();
        Map<String, OwnSymptom> symptoms = byName();
        OwnSymptom fog = symptoms.get("Brain fog");
        OwnSymptom walked = symptoms.get("Walked 30 min");
        assertThat(fog.kind()).isEqualTo(OwnSymptomKind.SCALE);
        assertThat(fog.higherIsBetter()).isFalse();
        assertThat(walked.kind()).isEqualTo(OwnSymptomKind.YES_NO);
        assertThat(walked.higherIsBetter()).isTrue();

        // The check-in followed without a restart: its fields come after the built-in ones.
        assertThat(lookup("#checkin-own-" + fog.id()).tryQuery()).isPresent();
        AppHarness.clickInView(this, "#checkin-weight");
        push(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("checkin-own-" + fog.id());
        // "6" is complete on 0-10: the keyboard moves on to the yes/no, where "y" says yes.
        write("6");
        write("y");
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.services().journal().load(AppHarness.TODAY).checkIn().orElseThrow().ownValues())
                .containsExactlyInAnyOrderEntriesOf(Map.of(fog.id(), 6, walked.id(), 1));

        show(MainWindow.Page.JOURNAL);
        String line = lookup("#journal-list .journal-values").queryAs(Label.class).getText();
        assertThat(line).contains("Brain fog: 6").contains("Walked 30 min: Yes");

        // Tracking followed the check-in: the symptom can be charted, and the page says the sources are silent.
        show(MainWindow.Page.TRACKING);
        javafx.scene.control.ComboBox<?> picker = lookup("#tracking-symptom").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(picker.getItems().stream().map(i -> picker.getConverter() == null ? String.valueOf(i)
                : ((javafx.util.StringConverter<Object>) (javafx.util.StringConverter<?>) picker.getConverter())
                        .toString(i)).toList()).contains("Brain fog (0–10)", "Walked 30 min");
        assertThat(lookup("#tracking-own-no-advice").queryAs(Label.class).getText())
                .startsWith("Brain fog, Walked 30 min: the sources Carnet cites say nothing");
    }

    @Test
    void aValueOutOfRangeIsRefusedWithAMessageAndNothingIsSaved() {
        addTwoSymptomsByKeyboard();
        OwnSymptom fog = byName().get("Brain fog");
        AppHarness.clickInView(this, "#checkin-own-" + fog.id());
        write("11");
        assertThat(lookup("#checkin-own-" + fog.id() + "-error").queryAs(Label.class).getText())
                .isEqualTo("Allowed: 0 to 10.");
        AppHarness.clickInView(this, "#checkin-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.services().journal().hasCheckIn(AppHarness.TODAY)).isFalse();
    }
}
