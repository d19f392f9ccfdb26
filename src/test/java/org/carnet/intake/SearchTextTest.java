package org.carnet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void accentsAndCaseAreDropped() {
        assertThat(SearchText.normalise("Épinard à la crème")).isEqualTo("epinard a la creme");
        assertThat(SearchText.normalise("PÂTÉ DE CAMPAGNE")).isEqualTo("pate de campagne");
        assertThat(SearchText.normalise("Maïs, Noël, Ça")).isEqualTo("mais, noel, ca");
    }

    @Test
    void ligaturesAreSpeltOut() {
        assertThat(SearchText.normalise("Œuf")).isEqualTo("oeuf");
        assertThat(SearchText.normalise("bœuf")).isEqualTo("boeuf");
        assertThat(SearchText.normalise("Æbleskiver")).isEqualTo("aebleskiver");
        assertThat(SearchText.normalise("Weißwurst")).isEqualTo("weisswurst");
        assertThat(SearchText.normalise("ﬁlet")).isEqualTo("filet");
    }

    @Test
    void anAccentTypedAsACombiningMarkIsDroppedToo() {
        assertThat(SearchText.normalise("E\u0301pinard")).isEqualTo("epinard");
    }

    @Test
    void lettersWithoutDecompositionGetTheirPlainLetter() {
        assertThat(SearchText.normalise("Smørrebrød, Łódź")).isEqualTo("smorrebrod, lodz");
    }

    @Test
    void punctuationSeparatesWords() {
        assertThat(SearchText.words(SearchText.normalise("Jus d'ananas, (pur jus)… 0% MG/L’eau")))
                .containsExactly("jus", "d", "ananas", "pur", "jus", "0", "mg", "l", "eau");
        assertThat(SearchText.words(" , ( ) ")).isEmpty();
    }
}
