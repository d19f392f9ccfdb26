package org.carnet.demo;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * How the demo person feels, day by day: a gradual improvement from the start of the protocol, with day-to-day
 * noise. Pure: the same seed and days give the same values, whatever else the demo writes.
 *
 * <p>The model: each symptom moves from its baseline level towards a better one as {@link #progress} goes from 0 to
 * 1 — about half the way by the end of week 1 and most of it by the end of week 3 (the sources' "1–3 weeks") — and
 * never all the way: cramps become rare, not absent; fatigue halves, it does not vanish.
 */
final class DemoSymptoms {
    /** A cramp in the night before the check-in. */
    record Cramp(LocalTime time, int durationMinutes, int severity) {
    }

    /** One day's check-in values. */
    record Day(int protocolDay, List<Cramp> cramps, int sleepQuality, double sleepHours, int fatigue, int twitching,
               int irritability) {
        Day {
            cramps = List.copyOf(cramps);
        }
    }

    private DemoSymptoms() {
    }

    /** Every day from {@code firstDay} to {@code lastDay} (protocol day numbers, inclusive), drawn in order. */
    static Map<Integer, Day> draw(long seed, int firstDay, int lastDay) {
        Random random = new Random(seed);
        Map<Integer, Day> days = new TreeMap<>();
        for (int day = firstDay; day <= lastDay; day++) {
            days.put(day, day(random, day));
        }
        return days;
    }

    private static Day day(Random random, int day) {
        double progress = progress(day);
        int count = Math.min(3, poisson(random, 0.85 * (1 - 0.75 * progress)));
        List<Cramp> cramps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int severity = clamp((int) Math.round(6 - 2.5 * progress + random.nextGaussian()), 1, 10);
            LocalTime time = LocalTime.of(2 + random.nextInt(4), 5 * random.nextInt(12));
            cramps.add(new Cramp(time, 1 + random.nextInt(4), severity));
        }
        int sleepQuality = clamp((int) Math.round(2.4 + 1.2 * progress + 0.6 * random.nextGaussian()), 1, 5);
        double sleepHours = Math.round((5.75 + 0.75 * progress + 0.4 * random.nextGaussian()) * 4) / 4.0;
        int fatigue = scale(random, 6.2 * (1 - 0.4 * progress), 0.8);
        int twitching = scale(random, 4.5 * (1 - 0.65 * progress), 0.9);
        int irritability = scale(random, 4.0 * (1 - 0.5 * progress), 0.8);
        return new Day(day, cramps, sleepQuality, sleepHours, fatigue, twitching, irritability);
    }

    /** 0 in the baseline and on day 1, then 1 − e^(−(day − 1)/8): 0.58 on day 8, 0.92 on day 21. */
    static double progress(int day) {
        return day <= 1 ? 0 : 1 - Math.exp(-(day - 1) / 8.0);
    }

    /** A 0–10 rating around {@code mean}. */
    private static int scale(Random random, double mean, double spread) {
        return clamp((int) Math.round(mean + spread * random.nextGaussian()), 0, 10);
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
