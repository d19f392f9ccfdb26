package org.carnet.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OnOffPlanTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Test
    void exactTestCountsEverySchedule() {
        // Blocks (one value each): on 1 | off 5 ‖ off 6 | on 2 ‖ on 3 | off 3. Observed: mean on 2, off 14/3.
        // On sums under the 8 schedules: pair 1 gives 1 or 5, pair 2 gives 2 or 6, pair 3 always 3:
        // 6, 10, 10, 14 (each twice); difference (2·on − 20) / 3 = −8/3, 0, 0, +8/3. |d| ≥ 8/3: 4 of 8.
        List<List<Double>> values = List.of(List.of(1.0), List.of(5.0), List.of(6.0), List.of(2.0), List.of(3.0),
                List.of(3.0));
        RandomisationTest test = RandomisationTest.of(values, List.of(true, false, false, true, true, false));
        assertThat(test.observed()).isCloseTo(-8 / 3.0, within(1e-12));
        assertThat(test.schedules()).isEqualTo(8);
        assertThat(test.atLeastAsFar()).isEqualTo(4);
        assertThat(test.p()).isEqualTo(0.5);
    }

    @Test
    void theMostExtremeScheduleReachesTheBestPossibleP() {
        // Every on block lower than its off partner: only the drawn schedule and its mirror are as far.
        List<List<Double>> values = List.of(List.of(1.0, 2.0), List.of(5.0), List.of(6.0, 6.0), List.of(2.0),
                List.of(1.0), List.of(4.0, 5.0), List.of(7.0), List.of(3.0));
        List<Boolean> on = List.of(true, false, false, true, true, false, false, true);
        RandomisationTest test = RandomisationTest.of(values, on);
        assertThat(test.atLeastAsFar()).isEqualTo(2);
        assertThat(test.p()).isEqualTo(2.0 / 16).isEqualTo(OnOffPlan.bestPossibleP(4));
        // Means of days, not of blocks: on {1, 2, 2, 1, 3} = 1.8, off {5, 6, 6, 4, 5, 7} = 5.5.
        assertThat(test.observed()).isCloseTo(1.8 - 5.5, within(1e-12));
    }

    @Test
    void bestPossiblePOfTheIssuesDesigns() {
        assertThat(OnOffPlan.bestPossibleP(4)).isEqualTo(0.125); // weekly blocks, 8 weeks
        assertThat(OnOffPlan.bestPossibleP(7)).isCloseTo(0.0156, within(1e-4)); // 4-day blocks, 8 weeks
    }

    @Test
    void aDrawnPlanHasOneOnBlockPerPairAndKnowsItsDays() {
        OnOffPlan plan = OnOffPlan.draw(new Random(3), 4, 7);
        assertThat(plan.on()).hasSize(14);
        assertThat(plan.valid()).isTrue();
        assertThat(plan.totalDays()).isEqualTo(56);
        assertThat(plan.blockOf(START, START)).isZero();
        assertThat(plan.blockOf(START, START.plusDays(3))).isZero();
        assertThat(plan.blockOf(START, START.plusDays(4))).isEqualTo(1);
        assertThat(plan.blockOf(START, START.plusDays(56))).isEqualTo(-1);
        assertThat(plan.blockOf(START, START.minusDays(1))).isEqualTo(-1);
        assertThat(plan.onAt(START, START.plusDays(4))).isEqualTo(plan.on().get(1));
        assertThat(OnOffPlan.of(4, plan.code())).isEqualTo(plan);
    }

    @Test
    void drawsVaryAndBadSchedulesAreRefused() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            codes.add(OnOffPlan.draw(random, 7, 4).code());
        }
        assertThat(codes).hasSize(16); // every one of the 2^4 schedules turns up
        assertThat(OnOffPlan.of(7, "1100").valid()).isFalse();
        assertThat(OnOffPlan.of(7, "101").valid()).isFalse();
        assertThat(OnOffPlan.of(2, "1010").valid()).isFalse();
        assertThatThrownBy(() -> OnOffPlan.of(7, "10x0")).isInstanceOf(IllegalArgumentException.class);
    }
}
