package org.carnet.tracking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An N-of-1 schedule drawn when an on/off protocol starts: the days from the start are cut into blocks of
 * {@code blockDays}, taken two by two; in each pair one block is "on" (the plan is taken) and the other "off", the
 * order drawn at random. {@code on.get(i)} says whether block i is on.
 *
 * <p>Why pairs: a slow drift (the season, a symptom settling by itself) then falls on both sides of every pair
 * instead of piling up on one side. The price is fewer possible schedules: 2^pairs, so the exact randomisation test
 * can never give a two-sided p below 2 / 2^pairs ({@link #bestPossibleP}): 0.125 with weekly blocks over 8 weeks (4
 * pairs), 0.0156 with 4-day blocks over 8 weeks (7 pairs). A free draw of 4 on-weeks among 8 (C(8,4) = 70
 * schedules) would reach 2/70 = 0.029, but lets chance put all the on-weeks first.
 */
public record OnOffPlan(int blockDays, List<Boolean> on) {
    public static final int MIN_BLOCK_DAYS = 3;
    public static final int MAX_BLOCK_DAYS = 14;
    public static final int MIN_PAIRS = 2;
    public static final int MAX_PAIRS = 12;

    public OnOffPlan {
        Objects.requireNonNull(on, "on");
        on = List.copyOf(on);
    }

    /** A fresh schedule of {@code pairs} pairs of blocks, each pair's order drawn from {@code random}. */
    public static OnOffPlan draw(RandomGenerator random, int blockDays, int pairs) {
        List<Boolean> blocks = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            boolean firstOn = random.nextBoolean();
            blocks.add(firstOn);
            blocks.add(!firstOn);
        }
        return new OnOffPlan(blockDays, blocks);
    }

    /** The schedule as stored: one character per block, '1' on, '0' off. */
    public String code() {
        StringBuilder code = new StringBuilder();
        on.forEach(b -> code.append(b ? '1' : '0'));
        return code.toString();
    }

    /** The schedule of {@link #code()}; throws IllegalArgumentException for anything but 0s and 1s. */
    public static OnOffPlan of(int blockDays, String code) {
        List<Boolean> blocks = new ArrayList<>();
        for (char c : code.toCharArray()) {
            if (c != '0' && c != '1') {
                throw new IllegalArgumentException("schedule: only 0 and 1, found " + c);
            }
            blocks.add(c == '1');
        }
        return new OnOffPlan(blockDays, blocks);
    }

    /** A well-formed plan: block length and count within bounds, an even number of blocks, one on per pair. */
    public boolean valid() {
        if (blockDays < MIN_BLOCK_DAYS || blockDays > MAX_BLOCK_DAYS || on.size() % 2 != 0
                || on.size() < 2 * MIN_PAIRS || on.size() > 2 * MAX_PAIRS) {
            return false;
        }
        for (int i = 0; i < on.size(); i += 2) {
            if (on.get(i).equals(on.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    public int pairs() {
        return on.size() / 2;
    }

    public int totalDays() {
        return blockDays * on.size();
    }

    /** The last day of the plan, for a protocol starting on {@code start}. */
    public LocalDate lastDay(LocalDate start) {
        return start.plusDays(totalDays() - 1L);
    }

    /** The block of {@code day} (0 for the first), or -1 outside the plan. */
    public int blockOf(LocalDate start, LocalDate day) {
        long offset = ChronoUnit.DAYS.between(start, day);
        return offset < 0 || offset >= totalDays() ? -1 : (int) (offset / blockDays);
    }

    /** Whether {@code day} is in an on block; false outside the plan. */
    public boolean onAt(LocalDate start, LocalDate day) {
        int block = blockOf(start, day);
        return block >= 0 && on.get(block);
    }

    /** The first day of block {@code block}. */
    public LocalDate blockStart(LocalDate start, int block) {
        return start.plusDays((long) block * blockDays);
    }

    /** The smallest two-sided p the exact test of this design can give: 2 / 2^pairs. */
    public double bestPossibleP() {
        return bestPossibleP(pairs());
    }

    public static double bestPossibleP(int pairs) {
        return 2.0 / (1L << pairs);
    }
}
