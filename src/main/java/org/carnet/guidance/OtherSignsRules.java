package org.carnet.guidance;

import static org.carnet.guidance.SignThresholds.*;

import java.util.List;
import org.carnet.journal.DayEntry;
import org.carnet.journal.Digestion;
import org.carnet.journal.EpisodeKind;

/**
 * The signs SEE_PRO_OTHER_SIGNS lists, read from the journal: each a WARNING on the day it is reached, with the
 * source's advice to see a professional promptly. They never fire on what was not recorded: a day without a
 * check-in is not a day without diarrhoea, but neither is it a day with one.
 */
public final class OtherSignsRules {
    private OtherSignsRules() {
    }

    /** Every rule of this family, in the order the engine runs them. */
    public static List<Rule> all() {
        return List.of(new PersistentDiarrhoea(), new FrequentHeadache(), new Spasms(), new WeightLoss());
    }

    private abstract static class SignRule implements Rule {
        @Override
        public Fact fact() {
            return Fact.SEE_PRO_OTHER_SIGNS;
        }

        Finding warning(DayIntake day, Object... args) {
            return new Finding(id(), Severity.WARNING, day.day(), fact(), List.of(args));
        }
    }

    /**
     * SEE_PRO_PERSISTENT_DIARRHOEA: diarrhoea logged on {@link SignThresholds#PERSISTENT_DIARRHOEA_DAYS} or more of
     * the last {@link SignThresholds#PERSISTENT_DIARRHOEA_SPAN_DAYS} days, this day one of them, on a day a
     * magnesium supplement was taken. Args: {0} days with diarrhoea, {1} the span in days, {2} the reading's days.
     */
    public static final class PersistentDiarrhoea extends SignRule {
        public static final String ID = "SEE_PRO_PERSISTENT_DIARRHOEA";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public List<Finding> evaluate(DayIntake day) {
            if (day.digestion() != Digestion.DIARRHOEA || Amounts.supplementalMagnesiumMg(day) <= 0) {
                return List.of();
            }
            long days = day.lastDays(PERSISTENT_DIARRHOEA_SPAN_DAYS).stream()
                    .filter(e -> e.checkIn().map(c -> c.digestion() == Digestion.DIARRHOEA).orElse(false)).count();
            if (days < PERSISTENT_DIARRHOEA_DAYS) {
                return List.of();
            }
            return List.of(warning(day, days, PERSISTENT_DIARRHOEA_SPAN_DAYS, PERSISTENT_DIARRHOEA_DAYS));
        }
    }

    /**
     * SEE_PRO_FREQUENT_MIGRAINES: a headache or migraine logged on this day and on
     * {@link SignThresholds#FREQUENT_HEADACHE_DAYS} or more of the last
     * {@link SignThresholds#FREQUENT_HEADACHE_SPAN_DAYS} days. Args: {0} days, {1} span, {2} the reading's days.
     */
    public static final class FrequentHeadache extends SignRule {
        public static final String ID = "SEE_PRO_FREQUENT_MIGRAINES";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public List<Finding> evaluate(DayIntake day) {
            if (!day.entry().map(DayEntry::hadHeadache).orElse(false)) {
                return List.of();
            }
            long days = day.lastDays(FREQUENT_HEADACHE_SPAN_DAYS).stream().filter(DayEntry::hadHeadache).count();
            if (days < FREQUENT_HEADACHE_DAYS) {
                return List.of();
            }
            return List.of(warning(day, days, FREQUENT_HEADACHE_SPAN_DAYS, FREQUENT_HEADACHE_DAYS));
        }
    }

    /** SEE_PRO_SPASMS: a major spasm or tetany logged that day, whatever else. Args: {0} episodes that day. */
    public static final class Spasms extends SignRule {
        public static final String ID = "SEE_PRO_SPASMS";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public List<Finding> evaluate(DayIntake day) {
            long count = day.entry().map(e -> e.episodeCount(EpisodeKind.SPASM)).orElse(0L);
            return count == 0 ? List.of() : List.of(warning(day, count));
        }
    }

    /**
     * SEE_PRO_WEIGHT_LOSS: the weight logged this day is {@link SignThresholds#WEIGHT_LOSS_PERCENT} % or more
     * below the highest weight logged in the last {@link SignThresholds#WEIGHT_LOSS_SPAN_DAYS} days. Args: {0} the
     * loss in percent, {1} the day's weight (kg), {2} the highest (kg), {3} the span, {4} the reading's percent.
     */
    public static final class WeightLoss extends SignRule {
        public static final String ID = "SEE_PRO_WEIGHT_LOSS";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public List<Finding> evaluate(DayIntake day) {
            Double today = day.entry().flatMap(DayEntry::checkIn).map(c -> c.weightKg()).orElse(null);
            if (today == null) {
                return List.of();
            }
            double highest = day.lastDays(WEIGHT_LOSS_SPAN_DAYS).stream()
                    .map(e -> e.checkIn().map(c -> c.weightKg()).orElse(null))
                    .filter(w -> w != null).mapToDouble(Double::doubleValue).max().orElse(today);
            double lossPercent = 100 * (highest - today) / highest;
            // Compared in tenths of a percent, so that 5.0 % computed as 4.9999… still counts.
            if (Math.round(lossPercent * 10) < Math.round(WEIGHT_LOSS_PERCENT * 10)) {
                return List.of();
            }
            return List.of(warning(day, lossPercent, today, highest, WEIGHT_LOSS_SPAN_DAYS, WEIGHT_LOSS_PERCENT));
        }
    }
}
