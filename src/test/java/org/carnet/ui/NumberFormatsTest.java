package org.carnet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carnet.core.Numbers;
import org.junit.jupiter.api.Test;

/** One number formatter per language, and the messages use it: the same thousands, decimals, signs and %. */
class NumberFormatsTest {
    private static final Messages ENGLISH = new Messages(Language.ENGLISH);
    private static final Messages FRENCH = new Messages(Language.FRENCH);
    private static final String NNBSP = "\u202F";

    @Test
    void englishGroupsThousandsTheSameWayInEveryMessage() {
        // The vitamin D upper level in IU is written with the "#" pattern, the one in µg with "0.#": both grouped.
        assertThat(ENGLISH.get("guidance.VITD_UPPER_LEVEL", 125.0, 100.0, 4000.0)).contains("(4,000 IU)");
        assertThat(ENGLISH.get("report.pdf.unit.vitaminD", 25.0, 1000L)).isEqualTo("vit. D 25 µg (1,000 IU)");
        assertThat(ENGLISH.get("guidance.CALCIUM_UPPER_LEVEL", 2730.5, 2500.0)).contains("2,730.5 mg")
                .contains("2,500 mg/day");
    }

    @Test
    void frenchUsesCommaDecimalsAndNarrowNoBreakSpacesForThousandsAndPercent() {
        assertThat(FRENCH.get("guidance.VITD_UPPER_LEVEL", 125.0, 100.0, 4000.0)).contains("(4" + NNBSP + "000 UI)");
        assertThat(FRENCH.get("guidance.CALCIUM_UPPER_LEVEL", 2730.5, 2500.0)).contains("2" + NNBSP + "730,5 mg");
        assertThat(FRENCH.get("tracking.adherence", 86, 24, 28)).contains("86" + NNBSP + "%")
                .doesNotContain(" %");
        assertThat(FRENCH.get("report.pdf.protocol.adherence", 86)).contains("86" + NNBSP + "%");
    }

    @Test
    void changesAreSignedAlikeWithTheSameSpaceBeforePercent() {
        Numbers french = FRENCH.numbers();
        assertThat(List.of(french.signedPercent(100), french.signedPercent(-81.2), french.signedPercent(0.3)))
                .containsExactly("+100" + NNBSP + "%", "\u221281" + NNBSP + "%", "0" + NNBSP + "%");
        Numbers english = ENGLISH.numbers();
        assertThat(List.of(english.signedPercent(100), english.signedPercent(-81.2), english.signedPercent(-0.3)))
                .containsExactly("+100%", "\u221281%", "0%");
        assertThat(english.fixed(-0.04, 1)).as("no minus zero").isEqualTo("0.0");
    }

    @Test
    void idsAndFormatVersionsStayDigitsAsWritten() {
        assertThat(ENGLISH.get("import.problem.idTwice", 12345L)).isEqualTo("id 12345 appears twice");
    }

    @Test
    void theCsvFormIsLocaleFreeWithoutGrouping() {
        assertThat(Numbers.MACHINE.decimal(12345.678, 2)).isEqualTo("12345.68");
        assertThat(Numbers.MACHINE.decimal(-2.5, 2)).isEqualTo("-2.5");
        assertThat(Numbers.MACHINE.decimal(0.001, 2)).isEqualTo("0");
    }
}
