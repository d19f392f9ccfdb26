package org.carnet.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DayEntry;
import org.carnet.tracking.Direction;
import org.carnet.tracking.Effect;
import org.carnet.tracking.Exposure;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.Question;
import org.carnet.tracking.Symptom;
import org.carnet.tracking.SymptomSummary;
import org.carnet.tracking.TrackingAnalysis;
import org.carnet.tracking.TrackingReport;
import org.carnet.tracking.Verdict;
import org.hipparchus.stat.inference.TTest;

/**
 * Does "better" mean better? Thousands of simulated journals, with no effect or an effect of 0.8 SD, AR(1) days
 * (φ = 0.3 and 0.6), 28, 56 and 84 days, each read three ways: a naive with/without t-test of the days (what
 * consumer trackers do), Carnet's old reading (the last 7 days 30 % under the baseline), and the new estimate
 * ({@link TrackingAnalysis}, the app's own code: range wholly below 0 and a change of 30 % or more). Two designs:
 * WINDOW, the protocol's days against the 14 days before it; RUNS, days with a supplement (taken in runs of about a
 * week, as people do) against days without it.
 *
 * <p>A day's score: round(4 + 2·z − effect·2·exposed), kept within 0–10, z an AR(1) of unit variance; 10 % of the
 * days are not logged. The effect is a fall of {@code effect} standard deviations of z while exposed.
 * Usage: CalibrationBenchmark [journals per cell, default 2000] [seed].
 */
public final class CalibrationBenchmark {
    private static final LocalDate DAY_ONE = LocalDate.of(2026, 1, 1);
    private static final int BASELINE_DAYS = 14;
    private static final long PRODUCT = 1L;
    private static final double MISSING = 0.10;
    private static final double MEAN_RUN_DAYS = 7;

    enum Design { WINDOW, RUNS }

    /** Shares "better" (lower) and, for the new method, the share whose range excludes 0 on either side. */
    record Shares(double naiveEitherWay, double naive, double old, double better, double rangeClear, double worse) {
    }

    private CalibrationBenchmark() {
    }

    public static void main(String[] args) {
        int journals = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 16;
        java.util.logging.LogManager.getLogManager().reset();
        long started = System.nanoTime();
        System.out.printf(Locale.ROOT, "Calibration: %d simulated journals per line (seed %d), share called "
                + "\"better\" (lower).%n", journals, seed);
        System.out.printf(Locale.ROOT, "  naive≠ = with/without Welch t-test p < 0.05 either way (\"a significant "
                + "difference\"); naive = the same, lower; old = last 7 days 30 %% "
                + "under the baseline (WINDOW only); new = range wholly below 0 and at least 30 %% lower;%n"
                + "  range≠0 = new 95 %% range excludes 0 on either side (nominal 5 %% with no effect);%n"
                + "  worse = the persistence flag (from day 21 of the protocol) calls the symptom worse (protocol's days "
                + "or its last 7 days against the baseline).%n");
        System.out.printf(Locale.ROOT, "  %-7s %4s %5s %7s | %7s %7s %7s | %7s %8s | %7s%n", "design", "φ",
                "days", "effect", "naive≠", "naive", "old", "new", "range≠0", "worse");
        Random random = new Random(seed);
        for (Design design : Design.values()) {
            for (double phi : new double[] {0.3, 0.6}) {
                for (int days : new int[] {28, 56, 84}) {
                    for (double effect : new double[] {0, 0.8}) {
                        Shares shares = run(random, design, phi, days, effect, journals);
                        System.out.printf(Locale.ROOT, "  %-7s %4.1f %5d %7s | %6.1f%% %6.1f%% %7s | %6.1f%% "
                                + "%7.1f%% | %6.1f%%%n", design, phi, days, effect == 0 ? "none" : "0.8 SD",
                                100 * shares.naiveEitherWay(), 100 * shares.naive(),
                                design == Design.WINDOW ? String.format(Locale.ROOT, "%6.1f%%", 100 * shares.old())
                                        : "—", 100 * shares.better(), 100 * shares.rangeClear(), 100 * shares.worse());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "  (%d journals in %.1f s)%n", 24 * journals,
                (System.nanoTime() - started) / 1e9);
    }

    static Shares run(Random random, Design design, double phi, int days, double effect, int journals) {
        int naiveEitherWay = 0;
        int naive = 0;
        int old = 0;
        int better = 0;
        int clear = 0;
        int worse = 0;
        TTest tTest = new TTest();
        for (int j = 0; j < journals; j++) {
            boolean[] exposed = exposure(random, design, days);
            double[] z = ar1(random, phi, days);
            Map<LocalDate, DayEntry> journal = new HashMap<>();
            Map<LocalDate, List<SupplementIntake>> supplements = new HashMap<>();
            List<Double> with = new ArrayList<>();
            List<Double> without = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                LocalDate day = DAY_ONE.plusDays(d);
                if (exposed[d] && design == Design.RUNS) {
                    supplements.put(day, List.of(new SupplementIntake(null, LocalDateTime.of(day,
                            java.time.LocalTime.of(20, 0)), PRODUCT, 1)));
                }
                if (random.nextDouble() < MISSING) {
                    continue;
                }
                int score = (int) Math.max(0, Math.min(10, Math.round(4 + 2 * z[d] - (exposed[d] ? effect * 2 : 0))));
                journal.put(day, new DayEntry(day, Optional.of(new CheckIn(day, null, null, null, null, null, null,
                        score, null, null, null, Set.of(), null)), List.of()));
                (exposed[d] ? with : without).add((double) score);
            }
            if (with.size() >= 2 && without.size() >= 2) {
                double[] a = with.stream().mapToDouble(Double::doubleValue).toArray();
                double[] b = without.stream().mapToDouble(Double::doubleValue).toArray();
                double p = Double.isNaN(variance(a) + variance(b)) || variance(a) + variance(b) == 0 ? 1
                        : tTest.tTest(a, b);
                naiveEitherWay += p < 0.05 ? 1 : 0;
                if (p < 0.05 && mean(a) < mean(b)) {
                    naive++;
                }
            }
            Question question = design == Design.WINDOW
                    ? new Question(Symptom.FATIGUE, Exposure.PROTOCOL, null, null, 0)
                    : new Question(Symptom.FATIGUE, Exposure.PRODUCT, PRODUCT, 1.0, 0);
            Protocol protocol = new Protocol(1L, "Simulated", DAY_ONE.plusDays(BASELINE_DAYS), null, List.of(),
                    question, null);
            TrackingReport report = TrackingAnalysis.analyse(protocol, DAY_ONE.plusDays(days - 1L), journal,
                    supplements);
            // The old reading: the last 7 days against the baseline, 30 % (the summary's word now follows the estimate).
            SymptomSummary fatigue = report.summary(Symptom.FATIGUE);
            if (SymptomSummary.direction(Symptom.FATIGUE, fatigue.baseline().mean(), fatigue.last7().mean())
                    == Direction.BETTER) {
                old++;
            }
            Effect estimate = report.declaredEffect().orElseThrow();
            if (estimate.verdict() == Verdict.BETTER) {
                better++;
            }
            if (estimate.hasEstimate() && (estimate.high() < 0 || estimate.low() > 0)) {
                clear++;
            }
            // The persistence flag's words: its last argument but one lists the symptoms it calls worse.
            if (report.findings().stream().filter(f -> f.ruleId().startsWith("TRACKING_PERSISTING"))
                    .anyMatch(f -> ((List<?>) f.args().get(f.args().size() - 2)).contains(Symptom.FATIGUE))) {
                worse++;
            }
        }
        return new Shares((double) naiveEitherWay / journals, (double) naive / journals, (double) old / journals, (double) better / journals,
                (double) clear / journals, (double) worse / journals);
    }

    /** WINDOW: exposed from day 15 on. RUNS: on and off in runs of geometric length, mean a week, random start. */
    static boolean[] exposure(Random random, Design design, int days) {
        boolean[] exposed = new boolean[days];
        if (design == Design.WINDOW) {
            for (int d = BASELINE_DAYS; d < days; d++) {
                exposed[d] = true;
            }
            return exposed;
        }
        boolean on = random.nextBoolean();
        for (int d = 0; d < days; d++) {
            exposed[d] = on;
            if (random.nextDouble() < 1 / MEAN_RUN_DAYS) {
                on = !on;
            }
        }
        return exposed;
    }

    /** A stationary AR(1) of unit variance. */
    static double[] ar1(Random random, double phi, int days) {
        double[] z = new double[days];
        z[0] = random.nextGaussian();
        double innovation = Math.sqrt(1 - phi * phi);
        for (int d = 1; d < days; d++) {
            z[d] = phi * z[d - 1] + innovation * random.nextGaussian();
        }
        return z;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double variance(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return sum / (values.length - 1);
    }
}
