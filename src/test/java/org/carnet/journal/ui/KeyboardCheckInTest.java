package org.carnet.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.journal.CheckIn;
import org.carnet.journal.Digestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole daily check-in with the keyboard alone, from the home screen, counting every key press and chord. The
 * issue's target: at most 12 actions and 30 seconds.
 */
class KeyboardCheckInTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();
    private final Keys keys = new Keys();

    /** The only way the tests below touch the window: each call is one action, a key or a chord, and is counted. */
    private final class Keys {
        private final List<String> pressed = new ArrayList<>();

        void press(KeyCode... chord) {
            pressed.add(chord.length == 1 ? chord[0].getName() : String.join("+",
                    java.util.Arrays.stream(chord).map(KeyCode::getName).toList()));
            push(chord);
            WaitForAsyncUtils.waitForFxEvents();
        }

        int count() {
            return pressed.size();
        }
    }

    @Test
    void aFullCheckInTakesTwelveKeysAtMost() {
        long start = System.nanoTime();
        keys.press(KeyCode.SHORTCUT, KeyCode.N);   // today's check-in, keyboard on the first field
        keys.press(KeyCode.DIGIT2);                // cramps: 2 (may still become 20–29, so it waits)…
        keys.press(KeyCode.N);                     // …a letter cannot: "at night", then on to the severity
        keys.press(KeyCode.DIGIT6);                // worst severity 6
        keys.press(KeyCode.DIGIT0);                // palpitations: none
        keys.press(KeyCode.DIGIT3);                // fatigue 3
        keys.press(KeyCode.DIGIT2);                // twitching 2
        keys.press(KeyCode.DIGIT4);                // irritability 4
        keys.press(KeyCode.DIGIT3);                // sleep quality 3 (fair)
        keys.press(KeyCode.DIGIT7);                // 7 hours (may still become 7,5, so it waits)…
        keys.press(KeyCode.C);                     // …digestion: constipation
        keys.press(KeyCode.ENTER);                 // save
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(keys.count()).as("actions: %s", keys.pressed).isLessThanOrEqualTo(12);
        assertThat(elapsed).isLessThan(Duration.ofSeconds(30));
        assertThat(lookup("#checkin-status").queryAs(Label.class).getText()).isEqualTo("Saved");
        CheckIn stored = app.services().journal().load(AppHarness.TODAY).checkIn().orElseThrow();
        assertThat(stored.crampCount()).isEqualTo(2);
        assertThat(stored.crampsAtNight()).isTrue();
        assertThat(stored.crampWorstSeverity()).isEqualTo(6);
        assertThat(stored.palpitationCount()).isZero();
        assertThat(stored.fatigue()).isEqualTo(3);
        assertThat(stored.twitching()).isEqualTo(2);
        assertThat(stored.irritability()).isEqualTo(4);
        assertThat(stored.sleepQuality()).isEqualTo(3);
        assertThat(stored.sleepHours()).isEqualTo(7.0);
        assertThat(stored.digestion()).isEqualTo(Digestion.CONSTIPATION);
        assertThat(stored.redFlags()).isEmpty();
    }

    @Test
    void valuesThatCouldGoOnWaitForTabAndNeverSpillIntoTheNextField() throws Exception {
        keys.press(KeyCode.SHORTCUT, KeyCode.N);
        keys.press(KeyCode.DIGIT1);                // cramps 1… could be 12: waits
        keys.press(KeyCode.DIGIT2);                // 12 cannot go on (120 > 50): complete
        keys.press(KeyCode.D);                     // the choice takes its letter: during the day
        keys.press(KeyCode.DIGIT1);                // severity 1… could be 10: waits
        keys.press(KeyCode.DIGIT0);                // 10
        keys.press(KeyCode.DIGIT1);                // palpitations 1: waits…
        keys.press(KeyCode.TAB);                   // …for Tab
        keys.press(KeyCode.DIGIT1);                // fatigue 1: waits…
        keys.press(KeyCode.DIGIT1);                // "11" is out of range: refused in fatigue, not carried over
        assertThat(text("#checkin-fatigue")).isEqualTo("11");
        assertThat(lookup("#checkin-fatigue-error").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text("#checkin-twitching")).isEmpty();
        keys.press(KeyCode.BACK_SPACE);            // fatigue 1
        keys.press(KeyCode.TAB);
        keys.press(KeyCode.DIGIT0);                // twitching 0
        keys.press(KeyCode.TAB);                   // irritability left empty: not recorded
        keys.press(KeyCode.DIGIT5);                // sleep quality 5
        keys.press(KeyCode.DIGIT7);                // 7,5 hours
        keys.press(KeyCode.COMMA);
        keys.press(KeyCode.DIGIT5);
        keys.press(KeyCode.TAB);                   // digestion left empty: Tab goes on to the warning signs
        assertThat(focused().getId()).isEqualTo("checkin-digestion-normal");
        keys.press(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("checkin-flag-chest-pain");
        keys.press(KeyCode.SHORTCUT, KeyCode.S);

        CheckIn stored = app.services().journal().load(AppHarness.TODAY).checkIn().orElseThrow();
        assertThat(stored.crampCount()).isEqualTo(12);
        assertThat(stored.crampsAtNight()).isFalse();
        assertThat(stored.crampWorstSeverity()).isEqualTo(10);
        assertThat(stored.palpitationCount()).isEqualTo(1);
        assertThat(stored.fatigue()).isEqualTo(1);
        assertThat(stored.twitching()).isZero();
        assertThat(stored.irritability()).isNull();
        assertThat(stored.sleepQuality()).isEqualTo(5);
        assertThat(stored.sleepHours()).isEqualTo(7.5);
        assertThat(stored.digestion()).isNull();
    }

    @Test
    void retypingAStoredDayReplacesEachValueInsteadOfAppendingToIt() throws Exception {
        app.services().journal().save(new CheckIn(AppHarness.TODAY, 3, 5, true, 2, 6.0, 0, 4, 4, 4,
                Digestion.NORMAL, java.util.Set.of(), null));
        app.restart();
        keys.press(KeyCode.SHORTCUT, KeyCode.N);
        keys.press(KeyCode.DIGIT0);                // no cramps after all
        keys.press(KeyCode.TAB);                   // "when" stays as it was
        keys.press(KeyCode.DIGIT2);                // severity 2 replaces 5
        keys.press(KeyCode.DIGIT7);                // palpitations 7 replaces 0
        keys.press(KeyCode.ENTER);

        CheckIn stored = app.services().journal().load(AppHarness.TODAY).checkIn().orElseThrow();
        assertThat(stored.crampCount()).isZero();
        assertThat(stored.crampsAtNight()).isTrue();
        assertThat(stored.crampWorstSeverity()).isEqualTo(2);
        assertThat(stored.palpitationCount()).isEqualTo(7);
        assertThat(stored.fatigue()).isEqualTo(4);
    }

    private Node focused() {
        return lookup("#checkin-view").queryAs(Node.class).getScene().getFocusOwner();
    }

    private String text(String id) {
        return lookup(id).queryAs(TextField.class).getText();
    }
}
