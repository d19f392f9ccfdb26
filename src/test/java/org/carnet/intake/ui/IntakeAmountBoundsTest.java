package org.carnet.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;
import org.junit.jupiter.api.Test;

/** The intake form names one range for an amount, whether it was too small or too large (found by hand: 0 g said
 *  "0.1 to 3000" and 4000 g said "0 to 3000"). */
class IntakeAmountBoundsTest {

    @Test
    void gramsTooSmallAndTooLargeNameTheSameRange() {
        FieldError zero = IntakeViewModel.parseGrams("0").error().orElseThrow();
        FieldError tooMuch = IntakeViewModel.parseGrams("4000").error().orElseThrow();
        assertThat(zero.code()).isEqualTo(NumberInput.OUT_OF_RANGE);
        assertThat(tooMuch.args()).isEqualTo(zero.args());
        assertThat(tooMuch.args().get(0).toString()).isEqualTo("0.1");
        // A number, not text, so that French writes it 0,1.
        assertThat(tooMuch.args().get(0)).isInstanceOf(Number.class);
    }

    @Test
    void unitsTooSmallAndTooLargeNameTheSameRange() {
        FieldError zero = IntakeViewModel.parseUnits("0").error().orElseThrow();
        FieldError tooMuch = IntakeViewModel.parseUnits("21").error().orElseThrow();
        assertThat(tooMuch.args()).isEqualTo(zero.args());
        assertThat(tooMuch.args().get(0).toString()).isEqualTo("0.01");
        assertThat(IntakeViewModel.parseUnits("0.5").value()).contains(0.5);
    }
}
