package org.carnet.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.carnet.tracking.Ar1Regression;
import org.carnet.tracking.Effect;
import org.carnet.tracking.Question;
import org.carnet.tracking.Symptom;
import org.carnet.tracking.Verdict;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;

class EffectWordsTest {
    private static Effect effect(Symptom symptom, double estimate, double se, Verdict verdict) {
        return new Effect(Question.protocol(symptom), true, verdict, 30, 14, 3.0, 0.9,
                new Ar1Regression.Fit(estimate, se, 1000, 0.3, 1002), 0.95, null, 1.0, null);
    }

    @Test
    void theSummaryLineGivesEstimateRangeLikelihoodAndVerdict() {
        EffectWords en = new EffectWords(new Messages(Language.ENGLISH));
        // −1.3 ± 1.96 × 0.56: range −2.4 to −0.2; P(lower) = Φ(2.32) = 0.99 → "about 99 %".
        String line = en.line(effect(Symptom.CRAMP_EPISODES, -1.3, 0.56, Verdict.BETTER));
        assertThat(line).isEqualTo("Cramp episodes: −1.3 per night (range −2.4 to −0.2), about 99% likely lower — better");
        EffectWords fr = new EffectWords(new Messages(Language.FRENCH));
        assertThat(fr.line(effect(Symptom.CRAMP_EPISODES, -1.3, 0.56, Verdict.BETTER)))
                .contains("−1,3 par nuit (fourchette −2,4 à −0,2)", "environ 99\u202f% de chances que ce soit plus bas",
                        "mieux");
    }

    @Test
    void sleepSaysHowLikelyItIsHigherAndProbabilitiesAreRoundedHonestly() {
        EffectWords en = new EffectWords(new Messages(Language.ENGLISH));
        assertThat(en.likely(effect(Symptom.SLEEP_QUALITY, 0.5, 0.5, Verdict.NO_CLEAR_CHANGE_YET)))
                .isEqualTo("about 85% likely higher"); // Φ(1) = 0.841
        assertThat(en.likely(effect(Symptom.FATIGUE, -3, 0.5, Verdict.BETTER))).isEqualTo("over 99% likely lower");
        assertThat(en.likely(effect(Symptom.FATIGUE, 3, 0.5, Verdict.WORSE))).isEqualTo("under 1% likely lower");
    }

    @Test
    void smallFiguresKeepTwoDecimalsAndZeroHasNoSign() {
        EffectWords en = new EffectWords(new Messages(Language.ENGLISH));
        assertThat(en.number(0.03)).isEqualTo("0.03");
        assertThat(en.number(0.5)).isEqualTo("0.5");
        assertThat(en.signed(-0.04)).isEqualTo("0.0");
        assertThat(en.signed(0.26)).isEqualTo("+0.3");
    }

    @Test
    void exactFitsHaveTheirOwnSentenceWithoutLikelihoodOrDetectableChange() {
        EffectWords en = new EffectWords(new Messages(Language.ENGLISH));
        Effect none = effect(Symptom.FATIGUE, 0, 0, Verdict.LITTLE_CHANGE);
        assertThat(en.estimate(none)).startsWith("no change: every recorded day had the same value")
                .doesNotContain("likely", "range");
        assertThat(en.detectable(none)).isNull();
        Effect step = effect(Symptom.CRAMP_EPISODES, -3, 0, Verdict.BETTER);
        assertThat(en.estimate(step)).startsWith("−3.0 per night, exactly").doesNotContain("likely");
        assertThat(en.compact(step)).contains("(exact)").doesNotContain(" to ");
        EffectWords fr = new EffectWords(new Messages(Language.FRENCH));
        assertThat(fr.estimate(none)).startsWith("aucun changement").doesNotContain("chances");
        assertThat(fr.estimate(step)).contains("exactement");
        // A fit with a range keeps the usual words.
        assertThat(en.estimate(effect(Symptom.FATIGUE, 0, 0.5, Verdict.LITTLE_CHANGE))).contains("likely", "range");
        assertThat(en.detectable(effect(Symptom.FATIGUE, 0, 0.5, Verdict.LITTLE_CHANGE))).isNotNull();
    }
    @Test
    void aBaselineWithOneRecordedDaySaysDayNotDays() {
        // Seen on the Tracking page of a new journal: "the 14 days before the start hold 1 recorded days".
        assertThat(new Messages(Language.ENGLISH).get("effect.missing.baseline", 1, 6))
                .startsWith("the 14 days before the start hold 1 recorded day, 6 short");
        assertThat(new Messages(Language.ENGLISH).get("effect.missing.baseline", 2, 5)).contains("hold 2 recorded days,");
        assertThat(new Messages(Language.ENGLISH).get("effect.missing.baseline", 0, 7)).contains("hold no recorded day,");
        assertThat(new Messages(Language.FRENCH).get("effect.missing.baseline", 1, 6)).contains("comptent 1 jour noté,");
        assertThat(new Messages(Language.FRENCH).get("effect.missing.baseline", 3, 4)).contains("comptent 3 jours notés,");
    }
}
