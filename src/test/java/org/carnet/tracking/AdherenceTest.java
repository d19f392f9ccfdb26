package org.carnet.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.tracking.TrackingJournal.MAGNESIUM;
import static org.carnet.tracking.TrackingJournal.VITAMIN_D;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carnet.intake.SupplementIntake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A day counts as following the plan when every planned product's units are logged that day. */
class AdherenceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final PlannedDose ONE_MG_AT_NOON = new PlannedDose(MAGNESIUM, 1, LocalTime.NOON);
    private static final PlannedDose ONE_MG_AT_EIGHT = new PlannedDose(MAGNESIUM, 1, LocalTime.of(20, 0));
    private static final PlannedDose HALF_MG = new PlannedDose(MAGNESIUM, 0.5, LocalTime.of(20, 0));
    private static final PlannedDose ONE_D = new PlannedDose(VITAMIN_D, 1, LocalTime.of(13, 0));

    private static SupplementIntake taken(long product, double units) {
        return new SupplementIntake(null, LocalDateTime.of(DAY, LocalTime.of(9, 0)), product, units);
    }

    static Stream<Arguments> days() {
        return Stream.of(
                Arguments.of("half a tablet planned, half taken", List.of(HALF_MG), List.of(taken(MAGNESIUM, 0.5)),
                        true),
                Arguments.of("half planned, a quarter taken", List.of(HALF_MG), List.of(taken(MAGNESIUM, 0.25)),
                        false),
                Arguments.of("two doses of 1 planned, 1 taken", List.of(ONE_MG_AT_NOON, ONE_MG_AT_EIGHT),
                        List.of(taken(MAGNESIUM, 1)), false),
                Arguments.of("two doses of 1 planned, 1.5 taken", List.of(ONE_MG_AT_NOON, ONE_MG_AT_EIGHT),
                        List.of(taken(MAGNESIUM, 1.5)), false),
                Arguments.of("two doses of 1 planned, 0.5 + 1.5 taken", List.of(ONE_MG_AT_NOON, ONE_MG_AT_EIGHT),
                        List.of(taken(MAGNESIUM, 0.5), taken(MAGNESIUM, 1.5)), true),
                Arguments.of("two doses of 1 planned, 2 at once", List.of(ONE_MG_AT_NOON, ONE_MG_AT_EIGHT),
                        List.of(taken(MAGNESIUM, 2)), true),
                Arguments.of("0.1 + 0.2 for 0.3 planned (rounding)", List.of(new PlannedDose(MAGNESIUM, 0.3,
                        LocalTime.NOON)), List.of(taken(MAGNESIUM, 0.1), taken(MAGNESIUM, 0.2)), true),
                Arguments.of("another product does not count", List.of(ONE_MG_AT_NOON),
                        List.of(taken(VITAMIN_D, 3)), false),
                Arguments.of("two products planned, one taken", List.of(ONE_MG_AT_NOON, ONE_D),
                        List.of(taken(MAGNESIUM, 1)), false),
                Arguments.of("two products planned, both taken", List.of(ONE_MG_AT_NOON, ONE_D),
                        List.of(taken(MAGNESIUM, 1), taken(VITAMIN_D, 1)), true),
                Arguments.of("more than planned", List.of(ONE_MG_AT_NOON), List.of(taken(MAGNESIUM, 3)), true),
                Arguments.of("nothing taken", List.of(ONE_MG_AT_NOON), List.of(), false),
                Arguments.of("empty plan", List.of(), List.of(), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void aDayFollowsThePlanWhenEveryProductsUnitsAddUp(String what, List<PlannedDose> plan,
                                                      List<SupplementIntake> intakes, boolean followed) {
        assertThat(Adherence.followedOn(plan, intakes)).isEqualTo(followed);
    }

    @Test
    void partialUnitsOnSomeDaysLowerTheShare() {
        Protocol protocol = new Protocol(1L, "Mg", DAY, null, List.of(ONE_MG_AT_NOON, ONE_MG_AT_EIGHT));
        Map<LocalDate, List<SupplementIntake>> intakes = Map.of(
                DAY, List.of(taken(MAGNESIUM, 2)),
                DAY.plusDays(1), List.of(taken(MAGNESIUM, 1), taken(MAGNESIUM, 0.5)),
                DAY.plusDays(2), List.of(taken(MAGNESIUM, 1), taken(MAGNESIUM, 1)),
                DAY.plusDays(3), List.of(taken(MAGNESIUM, 1)));
        Adherence adherence = Adherence.of(protocol, DAY.plusDays(3), intakes);
        assertThat(adherence.daysCounted()).isEqualTo(4);
        assertThat(adherence.daysAdherent()).isEqualTo(2);
        assertThat(adherence.percent()).isEqualTo(50.0);
        assertThat(adherence.low()).isTrue();
    }

    @Test
    void daysAreCountedFromTheStartToTheAsOfDateOrTheEnd() {
        Protocol open = new Protocol(1L, "Mg", DAY, null, List.of(ONE_MG_AT_NOON));
        Map<LocalDate, List<SupplementIntake>> everyDay = Map.of(DAY.minusDays(1), List.of(taken(MAGNESIUM, 1)),
                DAY, List.of(taken(MAGNESIUM, 1)), DAY.plusDays(9), List.of(taken(MAGNESIUM, 1)),
                DAY.plusDays(10), List.of(taken(MAGNESIUM, 1)));
        Adherence asOfDay10 = Adherence.of(open, DAY.plusDays(9), everyDay);
        assertThat(asOfDay10.daysCounted()).isEqualTo(10);
        assertThat(asOfDay10.daysAdherent()).isEqualTo(2);
        assertThat(asOfDay10.roundedPercent()).isEqualTo(20);

        Protocol ended = new Protocol(1L, "Mg", DAY, DAY.plusDays(4), List.of(ONE_MG_AT_NOON));
        Adherence afterEnd = Adherence.of(ended, DAY.plusDays(30), everyDay);
        assertThat(afterEnd.daysCounted()).isEqualTo(5);
        assertThat(afterEnd.daysAdherent()).isEqualTo(1);
        assertThat(afterEnd.percent()).isEqualTo(20.0);
    }

    @Test
    void anEmptyPlanIsNotApplicable() {
        Adherence adherence = Adherence.of(new Protocol(1L, "Food", DAY, null, List.of()), DAY.plusDays(5), Map.of());
        assertThat(adherence.applicable()).isFalse();
        assertThat(adherence.daysCounted()).isZero();
        assertThat(adherence.percent()).isNull();
        assertThat(adherence.roundedPercent()).isNull();
        assertThat(adherence.low()).isFalse();
        assertThat(Arrays.asList(adherence, Adherence.notApplicable())).containsOnly(Adherence.notApplicable());
    }
}
