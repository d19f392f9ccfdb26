package org.carnet.tracking;

import static org.carnet.tracking.TrackingThresholds.EPSILON;
import static org.carnet.tracking.TrackingThresholds.WELL_CONDUCTED_PERCENT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carnet.intake.SupplementIntake;

/**
 * How well the plan was followed ("well-conducted", PERSISTENCE_3_4W): of the days from the start to the as-of date
 * or the protocol's end, whichever is earlier, and in an "on" block for an on/off protocol ({@code daysCounted}),
 * those on which the planned intake was logged
 * ({@code daysAdherent}). Not applicable to a protocol with an empty plan.
 */
public record Adherence(boolean applicable, int daysCounted, int daysAdherent) {

    public static Adherence notApplicable() {
        return new Adherence(false, 0, 0);
    }

    /** 0–100, or null when not applicable or no day is counted yet. */
    public Double percent() {
        return !applicable || daysCounted == 0 ? null : 100.0 * daysAdherent / daysCounted;
    }

    /** The percentage rounded to a whole number, for messages; null as {@link #percent()}. */
    public Integer roundedPercent() {
        Double percent = percent();
        return percent == null ? null : (int) Math.round(percent);
    }

    /** True when there is a percentage and it is under {@link TrackingThresholds#WELL_CONDUCTED_PERCENT}. */
    public boolean low() {
        Double percent = percent();
        return percent != null && percent < WELL_CONDUCTED_PERCENT - EPSILON;
    }

    public static Adherence of(Protocol protocol, LocalDate asOf, Map<LocalDate, List<SupplementIntake>> supplements) {
        if (protocol.plan().isEmpty()) {
            return notApplicable();
        }
        LocalDate last = protocol.end() != null && protocol.end().isBefore(asOf) ? protocol.end() : asOf;
        int counted = 0;
        int adherent = 0;
        for (LocalDate day = protocol.start(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!protocol.planDay(day)) {
                continue; // an off block of an on/off protocol: the plan is not meant to be taken
            }
            counted++;
            if (followedOn(protocol.plan(), supplements.getOrDefault(day, List.of()))) {
                adherent++;
            }
        }
        return new Adherence(true, counted, adherent);
    }

    /**
     * Whether a day's intakes cover the plan: for every product of the plan, the units logged that day add up to at
     * least the units planned. Several doses of one product in the plan are added up (two doses of 1 tablet need 2
     * tablets, not one), and the time of day does not matter. An empty plan is always followed.
     */
    public static boolean followedOn(List<PlannedDose> plan, List<SupplementIntake> intakes) {
        Map<Long, Double> planned = new HashMap<>();
        plan.forEach(dose -> planned.merge(dose.productId(), dose.units(), Double::sum));
        Map<Long, Double> taken = new HashMap<>();
        intakes.forEach(intake -> taken.merge(intake.productId(), intake.units(), Double::sum));
        return planned.entrySet().stream()
                .allMatch(e -> taken.getOrDefault(e.getKey(), 0.0) >= e.getValue() - EPSILON);
    }
}
