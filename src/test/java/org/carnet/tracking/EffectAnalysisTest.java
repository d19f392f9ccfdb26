package org.carnet.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.carnet.tracking.TrackingJournal.date;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.carnet.tracking.TrackingJournal.Values;
import org.junit.jupiter.api.Test;

class EffectAnalysisTest {
    private static final Question FATIGUE = new Question(Symptom.FATIGUE, Exposure.PROTOCOL, null, null, 0);

    /** Fatigue around {@code before} then {@code after} from day 1, cramps and sleep steady, with noise. */
    private static TrackingJournal noisy(long seed, double before, double after, int firstDay, int lastDay) {
        Random random = new Random(seed);
        return new TrackingJournal().checkIns(firstDay, lastDay, d -> new Values(
                clamp(2 + random.nextGaussian(), 0, 10), clamp(3 + random.nextGaussian(), 1, 5),
                clamp((d < 1 ? before : after) + random.nextGaussian(), 0, 10)));
    }

    private static int clamp(double value, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }

    private static Protocol declared(Question question) {
        return new Protocol(1L, "Magnesium", TrackingJournal.START, null, TrackingJournal.PLAN, question, null);
    }

    @Test
    void anEstimateNeedsSevenDaysEachSideAndTwentyOneInAll() {
        TrackingJournal journal = noisy(1, 6, 3, -13, 40).protocol(declared(FATIGUE));
        Effect day6 = journal.on(6).declaredEffect().orElseThrow();
        assertThat(day6.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(day6.daysWith()).isEqualTo(6);
        assertThat(day6.daysWithout()).isEqualTo(14);
        assertThat(day6.shortfall().moreDaysWith()).isEqualTo(1);
        assertThat(day6.shortfall().moreDaysWithout()).isZero();
        assertThat(day6.detectable()).as("so far, a rough smallest detectable change").isNotNull().isPositive();

        Effect day7 = journal.on(7).declaredEffect().orElseThrow();
        assertThat(day7.hasEstimate()).isTrue();
        assertThat(day7.shortfall()).isNull();
        assertThat(day7.daysWith() + day7.daysWithout()).isEqualTo(21);
    }

    @Test
    void aShortBaselineIsMissingDaysThatCannotComeAnyMore() {
        TrackingJournal journal = noisy(2, 6, 3, -5, 40).protocol(declared(FATIGUE));
        Effect effect = journal.on(30).declaredEffect().orElseThrow();
        assertThat(effect.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(effect.daysWithout()).isEqualTo(6);
        assertThat(effect.shortfall().moreDaysWithout()).isEqualTo(1);
        assertThat(effect.shortfall().withoutCanGrow()).isFalse();
    }

    @Test
    void tooFewDaysForEvenARoughFitSayNoDetectableChange() {
        TrackingJournal journal = noisy(3, 6, 3, -13, 2).protocol(declared(FATIGUE));
        Effect effect = journal.on(2).declaredEffect().orElseThrow();
        assertThat(effect.daysWith()).isEqualTo(2);
        assertThat(effect.detectable()).isNull();
    }

    @Test
    void aClearFallInFatigueIsBetterWithItsRangeAndProbability() {
        Effect effect = noisy(4, 6, 3, -13, 40).protocol(declared(FATIGUE)).on(40).declaredEffect().orElseThrow();
        assertThat(effect.verdict()).isEqualTo(Verdict.BETTER);
        assertThat(effect.estimate()).isCloseTo(-3, within(1.0));
        assertThat(effect.high()).isNegative();
        assertThat(effect.probabilityBetter()).isGreaterThan(0.99);
        assertThat(effect.level()).isEqualTo(0.95);
        assertThat(effect.referenceMean()).isCloseTo(6, within(0.8));
        assertThat(effect.band()).isCloseTo(0.3 * effect.referenceMean(), within(1e-9));
    }

    @Test
    void sleepQualityIsBetterWhenItRises() {
        Random random = new Random(5);
        TrackingJournal journal = new TrackingJournal().checkIns(-13, 40, d -> new Values(
                2, clamp((d < 2 ? 2 : 4) + 0.7 * random.nextGaussian(), 1, 5), 5));
        Question sleep = new Question(Symptom.SLEEP_QUALITY, Exposure.PROTOCOL, null, null, 1);
        Effect effect = journal.protocol(declared(sleep)).on(40).declaredEffect().orElseThrow();
        assertThat(effect.estimate()).isPositive();
        assertThat(effect.verdict()).isEqualTo(Verdict.BETTER);
        assertThat(effect.probabilityBetter()).isGreaterThan(0.99);

        TrackingJournal worse = new TrackingJournal().checkIns(-13, 40, d -> new Values(
                2, clamp((d < 2 ? 4 : 2) + 0.7 * random.nextGaussian(), 1, 5), 5));
        Effect fall = worse.protocol(declared(sleep)).on(40).declaredEffect().orElseThrow();
        assertThat(fall.verdict()).isEqualTo(Verdict.WORSE);
        assertThat(fall.probabilityBetter()).isLessThan(0.01);
    }

    @Test
    void theLagDecidesWhichEntryADoseActsOn() {
        // Magnesium ≥ 375 mg on a random half of the days; the cramps of the NEXT day's entry fall by 2.
        Random random = new Random(6);
        Map<LocalDate, Double> magnesium = new HashMap<>();
        for (int d = -13; d <= 60; d++) {
            magnesium.put(date(d), random.nextBoolean() ? 450.0 : 200.0);
        }
        TrackingJournal journal = new TrackingJournal().checkIns(-12, 60, d -> new Values(
                clamp((magnesium.get(date(d - 1)) > 375 ? 2 : 4) + 0.8 * random.nextGaussian(), 0, 10), 3, 5));
        Question lag1 = new Question(Symptom.CRAMP_EPISODES, Exposure.MAGNESIUM, null, 375.0, 1);
        Question lag0 = new Question(Symptom.CRAMP_EPISODES, Exposure.MAGNESIUM, null, 375.0, 0);

        Effect nextNight = analyse(journal.protocol(declared(lag1)), 60, magnesium);
        Effect sameDay = analyse(journal.protocol(declared(lag0)), 60, magnesium);

        assertThat(nextNight.estimate()).isCloseTo(-2, within(0.5));
        assertThat(nextNight.verdict()).isEqualTo(Verdict.BETTER);
        // Read on the wrong entry, the same doses show at most a fraction of the change, never a clear one.
        assertThat(Math.abs(sameDay.estimate())).isLessThan(Math.abs(nextNight.estimate()) / 2);
        assertThat(sameDay.verdict()).isNotEqualTo(Verdict.BETTER);
    }

    @Test
    void daysWithNothingLoggedDoNotCountAsLowMagnesium() {
        Map<LocalDate, Double> magnesium = new HashMap<>();
        for (int d = -13; d <= 30; d += 2) {
            magnesium.put(date(d), 400.0); // every other day logged, all above the threshold
        }
        TrackingJournal journal = noisy(7, 5, 5, -13, 30);
        Question question = new Question(Symptom.FATIGUE, Exposure.MAGNESIUM, null, 375.0, 0);
        Effect effect = analyse(journal.protocol(declared(question)), 30, magnesium);
        assertThat(effect.daysWithout()).isZero();
        assertThat(effect.daysWith()).isEqualTo(22);
        assertThat(effect.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(effect.shortfall().withoutCanGrow()).isTrue();
    }

    @Test
    void aBaselineWorseThanTheWeeksBeforeItIsNotedWithItsFigures() {
        Random random = new Random(8);
        TrackingJournal journal = new TrackingJournal().checkIns(-60, 40, d -> new Values(2, 3,
                clamp((d < -13 ? 3 : d < 1 ? 6 : 3) + 0.5 * random.nextGaussian(), 0, 10)));
        Effect effect = journal.protocol(declared(FATIGUE)).on(40).declaredEffect().orElseThrow();
        assertThat(effect.earlier()).isNotNull();
        assertThat(effect.earlier().mean()).isCloseTo(3, within(0.5));
        assertThat(effect.earlier().baselineMean()).isCloseTo(6, within(0.5));
        assertThat(effect.earlier().recordedDays()).isEqualTo(47); // days −60 to −14

        TrackingJournal steady = noisy(9, 6, 3, -60, 40).protocol(declared(FATIGUE));
        assertThat(steady.on(40).declaredEffect().orElseThrow().earlier()).isNull();
    }

    @Test
    void exploratoryComparisonsAreLabelledAndWidenedForTheirNumber() {
        TrackingJournal journal = noisy(10, 6, 3, -13, 40);
        TrackingReport declared = journal.protocol(declared(FATIGUE)).on(40);
        assertThat(declared.effects()).extracting(Effect::symptom)
                .containsExactly(Symptom.FATIGUE, Symptom.CRAMP_EPISODES, Symptom.SLEEP_QUALITY);
        assertThat(declared.effects()).extracting(Effect::declared).containsExactly(true, false, false);
        assertThat(declared.effects().get(1).level()).isCloseTo(1 - 0.05 / 2, within(1e-12));

        TrackingReport none = journal.protocol(new Protocol(1L, "Magnesium", TrackingJournal.START, null,
                TrackingJournal.PLAN)).on(40);
        assertThat(none.declaredEffect()).isEmpty();
        assertThat(none.effects()).hasSize(3).allSatisfy(e -> {
            assertThat(e.declared()).isFalse();
            assertThat(e.level()).isCloseTo(1 - 0.05 / 3, within(1e-12));
        });
        // The same comparison, wider when exploratory.
        Effect fatigueDeclared = declared.effect(Symptom.FATIGUE).orElseThrow();
        Effect fatigueExploratory = none.effect(Symptom.FATIGUE).orElseThrow();
        assertThat(fatigueExploratory.high() - fatigueExploratory.low())
                .isGreaterThan(fatigueDeclared.high() - fatigueDeclared.low());
    }

    @Test
    void anOnOffPlanIsTestedExactlyOnceItsLastEntryHasCome() {
        OnOffPlan plan = OnOffPlan.of(7, "10011001"); // weekly blocks over 8 weeks
        Random random = new Random(12);
        TrackingJournal journal = new TrackingJournal().checkIns(-13, 70, d -> new Values(2, 3, clamp(
                (d >= 1 && plan.onAt(TrackingJournal.START, date(d)) ? 3 : 6) + 0.5 * random.nextGaussian(), 0, 10)));
        Protocol protocol = new Protocol(1L, "On/off", TrackingJournal.START, null, TrackingJournal.PLAN,
                FATIGUE, plan);
        TrackingReport week3 = journal.protocol(protocol).on(17);
        assertThat(week3.onOff().todayBlock()).isEqualTo(2);
        assertThat(week3.onOff().todayOn()).isFalse();
        assertThat(week3.onOff().complete()).isFalse();
        assertThat(week3.onOff().test()).isNull();

        TrackingReport end = journal.protocol(protocol).on(56);
        assertThat(end.onOff().complete()).isTrue();
        assertThat(end.onOff().test().p()).isEqualTo(0.125); // the best this design can give
        Effect effect = end.declaredEffect().orElseThrow();
        assertThat(effect.daysWith()).isEqualTo(28);
        assertThat(effect.daysWithout()).isEqualTo(28);
        assertThat(effect.estimate()).isCloseTo(-3, within(0.5));
    }

    private static Effect analyse(TrackingJournal journal, int day, Map<LocalDate, Double> magnesium) {
        return TrackingAnalysis.analyse(journal.protocol(), date(day), journal.days(), journal.intakes(), magnesium)
                .declaredEffect().orElseThrow();
    }
}
