package org.carnet.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carnet.intake.CustomFood;
import org.carnet.intake.Food;
import org.carnet.intake.FoodSearch;
import org.carnet.intake.FoodTable;
import org.carnet.intake.Nutrient;

/**
 * Food search as the person types: each prefix of a realistic query is one search (limit 50, with favourites and
 * recent foods), against a naive scan measured in the same run. Also times loading the Ciqual table and building the
 * index. Run after {@code mvn -B -q -DskipTests package}:
 * {@code java -cp "target/carnet.jar:target/lib/*:target/test-classes" org.carnet.bench.FoodSearchBenchmark}.
 * Prints figures; enforces nothing.
 */
public final class FoodSearchBenchmark {

    private static final List<String> QUERIES = List.of("amande", "épinards", "eau minérale", "chocolat noir",
            "lentilles", "fromage", "spinach", "hazelnut", "lait demi-écrémé", "oeuf dur", "sardine à l'huile",
            "yaourt nature", "pain complet", "noix de cajou");
    // Favourites then recent: Hépar, almonds, spinach, semi-skimmed milk, dark chocolate, lentils, Emmental, ...
    private static final List<String> PREFERRED = List.of("76022", "15000", "20059", "19041", "31074", "20587",
            "12115", "13005", "7110", "22010", "26034", "19593", "15005", "18066", "20027");
    private static final int LIMIT = 50;
    private static final int WARM_UP_ROUNDS = 100;
    private static final int ROUNDS = 300;
    private static final int NAIVE_WARM_UP_ROUNDS = 3;
    private static final int NAIVE_ROUNDS = 15;

    private static long sink;

    private FoodSearchBenchmark() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        FoodTable table = FoodTable.ciqual();
        double coldLoadMs = (System.nanoTime() - start) / 1e6;
        double warmLoadMs = medianMs(20, () -> sink += FoodTable.ciqual().size());

        start = System.nanoTime();
        FoodSearch search = new FoodSearch(table.foods());
        double coldBuildMs = (System.nanoTime() - start) / 1e6;
        double warmBuildMs = medianMs(20, () -> sink += new FoodSearch(table.foods()).size());
        List<Food> custom = customFoods(50);
        double customMs = medianMs(20, () -> sink += search.withCustomFoods(custom).size());

        List<String> keystrokes = keystrokes();
        System.out.printf(Locale.ROOT, "Food search over %d foods, %d keystrokes per round (%d queries), limit %d, "
                + "%d preferred codes%n", table.size(), keystrokes.size(), QUERIES.size(), LIMIT, PREFERRED.size());
        System.out.printf(Locale.ROOT, "  load Ciqual table:   %7.1f ms first call, %6.1f ms median warm%n",
                coldLoadMs, warmLoadMs);
        System.out.printf(Locale.ROOT, "  build search index:  %7.1f ms first build, %6.1f ms median warm%n",
                coldBuildMs, warmBuildMs);
        System.out.printf(Locale.ROOT, "  add 50 custom foods: %7.2f ms median (withCustomFoods)%n", customMs);

        rounds(WARM_UP_ROUNDS, keystrokes, query -> search.search(query, PREFERRED, LIMIT).size());
        long[] indexed = rounds(ROUNDS, keystrokes, query -> search.search(query, PREFERRED, LIMIT).size());
        NaiveSearch naive = new NaiveSearch(table.foods());
        rounds(NAIVE_WARM_UP_ROUNDS, keystrokes, query -> naive.search(query, LIMIT).size());
        long[] scanned = rounds(NAIVE_ROUNDS, keystrokes, query -> naive.search(query, LIMIT).size());

        print("FoodSearch (index)", indexed);
        print("naive scan (baseline)", scanned);
        System.out.printf(Locale.ROOT, "  ratio naive / index: %.0fx at the median, %.0fx at p99   target < 5 ms%n",
                percentile(scanned, 50) / percentile(indexed, 50), percentile(scanned, 99) / percentile(indexed, 99));
        if (sink == 42) {
            System.out.println(); // keeps the results alive so the JIT cannot drop the searches
        }
    }

    /** Every prefix of every query, as typed one character at a time. */
    private static List<String> keystrokes() {
        List<String> keystrokes = new ArrayList<>();
        for (String query : QUERIES) {
            for (int end = 1; end <= query.length(); end++) {
                keystrokes.add(query.substring(0, end));
            }
        }
        return keystrokes;
    }

    private static long[] rounds(int rounds, List<String> keystrokes, Search search) {
        long[] nanos = new long[rounds * keystrokes.size()];
        int sample = 0;
        for (int round = 0; round < rounds; round++) {
            for (String keystroke : keystrokes) {
                long start = System.nanoTime();
                sink += search.run(keystroke);
                nanos[sample++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double medianMs(int runs, Runnable work) {
        long[] nanos = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            work.run();
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return percentile(nanos, 50);
    }

    /** The percentile of sorted samples, in ms. */
    private static double percentile(long[] sortedNanos, double percent) {
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    private static void print(String label, long[] sortedNanos) {
        System.out.printf(Locale.ROOT, "  %-22s per keystroke: median %.3f ms, p99 %.3f ms, max %.3f ms (%d samples)%n",
                label, percentile(sortedNanos, 50), percentile(sortedNanos, 99), percentile(sortedNanos, 100),
                sortedNanos.length);
    }

    private static List<Food> customFoods(int count) {
        List<Food> foods = new ArrayList<>();
        for (long id = 1; id <= count; id++) {
            foods.add(new CustomFood(id, "Recette maison n°" + id + ", gâteau aux amandes", false,
                    Map.of(Nutrient.MAGNESIUM, 40.0)).toFood());
        }
        return foods;
    }

    @FunctionalInterface
    private interface Search {
        int run(String query);
    }

    /** What one would write first: normalise every name on every keystroke and look for the query inside it. */
    private record NaiveSearch(List<Food> foods) {
        List<Food> search(String query, int limit) {
            String wanted = strip(query.strip());
            if (wanted.isEmpty()) {
                return List.of();
            }
            List<Food> found = new ArrayList<>();
            for (Food food : foods) {
                if (strip(food.nameFr()).contains(wanted) || strip(food.nameEn()).contains(wanted)) {
                    found.add(food);
                }
            }
            return found.subList(0, Math.min(limit, found.size()));
        }

        private static String strip(String text) {
            return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
    }
}
