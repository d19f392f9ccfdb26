package org.carnet.tracking;

import static org.carnet.tracking.TrackingThresholds.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.DayEntry;

/**
 * The comparisons of a protocol as of a date: the declared question first, then one exploratory comparison per
 * other tracked symptom with the same exposure (each symptom at its usual lag), their ranges widened for how many
 * exploratory comparisons are shown (Bonferroni: level 1 − 0.05/m). Without a declared question every comparison is
 * exploratory. Pure.
 */
final class EffectAnalysis {

    /** What the days say, beside the journal: the day's total magnesium (days with something logged only). */
    record Inputs(Protocol protocol, LocalDate asOf, LocalDate lastMeasureDay, Baseline baseline,
                  Map<LocalDate, DayEntry> journal, Map<LocalDate, List<SupplementIntake>> supplements,
                  Map<LocalDate, Double> magnesiumTotalMg) {
    }

    private EffectAnalysis() {
    }

    static List<Effect> effects(Inputs in, List<Tracked> tracked) {
        Question declared = in.protocol().question();
        Question base = declared != null ? declared : Question.protocol(Symptom.CRAMP_EPISODES);
        List<Question> exploratory = new ArrayList<>();
        for (Tracked symptom : tracked) {
            if (declared == null || !symptom.equals(declared.symptom())) {
                exploratory.add(base.forSymptom(symptom));
            }
        }
        List<Effect> effects = new ArrayList<>();
        if (declared != null) {
            effects.add(effect(in, declared, true, EFFECT_LEVEL));
        }
        double level = exploratory.isEmpty() ? EFFECT_LEVEL : 1 - (1 - EFFECT_LEVEL) / exploratory.size();
        for (Question question : exploratory) {
            effects.add(effect(in, question, false, level));
        }
        return effects;
    }

    /** One comparison: the days, the fit when there are enough, else what is missing. */
    static Effect effect(Inputs in, Question question, boolean declared, double level) {
        ComparisonDays days = ComparisonDays.of(in, question);
        int with = days.count(true);
        int without = days.count(false);
        Double reference = days.mean(false);
        double band = reference == null || Math.abs(reference) < EPSILON ? ZERO_BASELINE_WORSE_MEAN
                : Math.abs(reference) * CLEAR_CHANGE_PERCENT / 100;
        int moreWith = Math.max(0, Math.max(EFFECT_MIN_DAYS_EACH_SIDE - with, EFFECT_MIN_DAYS - with - without));
        int moreWithout = Math.max(0, EFFECT_MIN_DAYS_EACH_SIDE - without);
        boolean withoutCanGrow = question.exposure() != Exposure.PROTOCOL;
        Ar1Regression.Fit fit = days.fit();
        if (moreWith > 0 || moreWithout > 0 || fit == null) {
            Double detectable = fit == null || with < DETECTABLE_MIN_EACH_SIDE || without < DETECTABLE_MIN_EACH_SIDE
                    ? null : fit.detectable(level);
            Effect.Shortfall shortfall = new Effect.Shortfall(moreWith, moreWithout, withoutCanGrow);
            return new Effect(question, declared, Verdict.NOT_ENOUGH_DATA, with, without, reference, band, null,
                    level, shortfall, detectable, null);
        }
        double[] range = fit.range(level);
        Verdict verdict = Verdict.judge(question.symptom(), fit.estimate(), range[0], range[1], band);
        Effect.EarlierWeeks earlier = question.exposure() == Exposure.PROTOCOL && in.protocol().onOff() == null
                ? earlierWeeks(in, question.symptom(), reference, band) : null;
        return new Effect(question, declared, verdict, with, without, reference, band, fit, level, null,
                fit.detectable(level), earlier);
    }

    /**
     * The last {@value TrackingThresholds#RECENT_DAYS} days of the measures against the baseline, by the same method
     * and band as the protocol's comparison but on a {@link TrackingThresholds#RECENT_WORSE_LEVEL} range (a second
     * look): for the persistence flag's words only. A change that builds up over the
     * first weeks leaves the whole window's estimate wide (the first, unchanged days and the later ones read as
     * correlated drift), while the recent days alone show it: the flag must not call a clear worsening "no clear
     * change yet". Null when the last days hold fewer than {@value TrackingThresholds#MIN_RECORDED_DAYS} recorded
     * days, the baseline fewer than {@value TrackingThresholds#EFFECT_MIN_DAYS_EACH_SIDE}, or no fit can be made.
     */
    static Verdict recentVerdict(Inputs in, Tracked symptom) {
        LocalDate last = in.lastMeasureDay();
        LocalDate recentFrom = last.minusDays(RECENT_DAYS - 1L);
        if (recentFrom.isBefore(in.protocol().start())) {
            recentFrom = in.protocol().start();
        }
        List<Integer> days = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> flags = new ArrayList<>();
        int before = 0;
        int recent = 0;
        for (LocalDate day = in.baseline().from(); !day.isAfter(last); day = day.plusDays(1)) {
            boolean isBaseline = day.isBefore(in.protocol().start());
            if (!isBaseline && day.isBefore(recentFrom)) {
                continue;
            }
            Double value = Measure.valueOn(symptom, in.journal(), day);
            if (value == null) {
                continue;
            }
            days.add((int) day.toEpochDay());
            values.add(value);
            flags.add(isBaseline ? 0.0 : 1.0);
            if (isBaseline) {
                before++;
            } else {
                recent++;
            }
        }
        if (recent < MIN_RECORDED_DAYS || before < EFFECT_MIN_DAYS_EACH_SIDE) {
            return null;
        }
        ComparisonDays comparison = new ComparisonDays(days.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray(),
                flags.stream().mapToDouble(Double::doubleValue).toArray());
        Ar1Regression.Fit fit = comparison.fit();
        Double reference = comparison.mean(false);
        if (fit == null || reference == null) {
            return null;
        }
        double band = Math.abs(reference) < EPSILON ? ZERO_BASELINE_WORSE_MEAN
                : Math.abs(reference) * CLEAR_CHANGE_PERCENT / 100;
        double[] range = fit.range(RECENT_WORSE_LEVEL);
        return Verdict.judge(symptom, fit.estimate(), range[0], range[1], band);
    }

    /**
     * The weeks before the baseline, when the baseline was worse than them by at least the band: part of an
     * improvement may then be the symptom settling back to its usual level.
     */
    static Effect.EarlierWeeks earlierWeeks(Inputs in, Tracked symptom, Double baselineMean, double band) {
        if (baselineMean == null) {
            return null;
        }
        LocalDate to = in.baseline().from().minusDays(1);
        LocalDate from = to.minusDays(EARLIER_WEEKS_DAYS - 1L);
        Measure earlier = Measure.of(symptom, in.journal(), from, to);
        if (earlier.recordedDays() < EARLIER_MIN_RECORDED_DAYS) {
            return null;
        }
        double mean = earlier.mean();
        double worse = symptom.higherIsBetter() ? mean - baselineMean : baselineMean - mean;
        return worse >= band - EPSILON ? new Effect.EarlierWeeks(from, to, earlier.recordedDays(), mean, baselineMean)
                : null;
    }

    /** The recorded days of a comparison, each with whether it counts as exposed. */
    record ComparisonDays(int[] day, double[] y, double[] exposed) {

        static ComparisonDays of(Inputs in, Question question) {
            Protocol protocol = in.protocol();
            LocalDate first;
            LocalDate last = in.lastMeasureDay().plusDays(question.lagDays());
            if (protocol.onOff() != null && question.exposure() == Exposure.PROTOCOL) {
                first = protocol.start().plusDays(question.lagDays());
                LocalDate planLast = protocol.onOff().lastDay(protocol.start()).plusDays(question.lagDays());
                last = planLast.isBefore(last) ? planLast : last;
            } else {
                first = in.baseline().from();
            }
            if (last.isAfter(in.asOf())) {
                last = in.asOf();
            }
            List<Integer> days = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<Double> flags = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                Double value = Measure.valueOn(question.symptom(), in.journal(), day);
                Boolean exposed = exposed(in, question, day.minusDays(question.lagDays()));
                if (value != null && exposed != null) {
                    days.add((int) day.toEpochDay());
                    values.add(value);
                    flags.add(exposed ? 1.0 : 0.0);
                }
            }
            return new ComparisonDays(days.stream().mapToInt(Integer::intValue).toArray(),
                    values.stream().mapToDouble(Double::doubleValue).toArray(),
                    flags.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /** Whether the exposure happened on {@code cause} (the day the dose acts from); null when not known. */
        static Boolean exposed(Inputs in, Question question, LocalDate cause) {
            Protocol protocol = in.protocol();
            return switch (question.exposure()) {
                case PROTOCOL -> protocol.onOff() != null ? protocol.onOff().onAt(protocol.start(), cause)
                        : !cause.isBefore(protocol.start());
                case MAGNESIUM -> {
                    Double total = in.magnesiumTotalMg().get(cause);
                    yield total == null ? null : total >= question.threshold() - EPSILON;
                }
                case PRODUCT -> {
                    double units = in.supplements().getOrDefault(cause, List.of()).stream()
                            .filter(s -> question.productId() != null && s.productId() == question.productId())
                            .mapToDouble(SupplementIntake::units).sum();
                    double threshold = question.threshold() == null ? 1 : question.threshold();
                    yield units >= threshold - EPSILON;
                }
            };
        }

        int count(boolean withExposure) {
            int count = 0;
            for (double x : exposed) {
                count += (x > 0.5) == withExposure ? 1 : 0;
            }
            return count;
        }

        Double mean(boolean withExposure) {
            double sum = 0;
            int count = 0;
            for (int i = 0; i < y.length; i++) {
                if ((exposed[i] > 0.5) == withExposure) {
                    sum += y[i];
                    count++;
                }
            }
            return count == 0 ? null : sum / count;
        }

        Ar1Regression.Fit fit() {
            return Ar1Regression.fit(day, y, exposed);
        }
    }
}
