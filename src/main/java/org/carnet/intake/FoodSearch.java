package org.carnet.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search as you type over foods, by French or English name, ignoring case, accents and ligatures. Every word typed
 * must start a word of the name, in any order ("amande grill" finds "Amande, grillée, salée"); a plural typed also
 * finds the singular Ciqual uses ("lentilles" finds "Lentille verte, cuite").
 *
 * <p>Matches come in this order: the person's preferred foods (favourites, then recent, as passed), then names
 * starting with the words typed, then names starting with what was typed, then names holding every typed word
 * whole, then the rest; shorter names first within each, then alphabetical. A food is ranked by its French name
 * when that matches, else by its English name.
 *
 * <p>The index is immutable and safe to share between threads. Names are normalised once, and each distinct word
 * gets an id in alphabetical order, so the words starting with a prefix are one range of ids and a keystroke costs
 * a few integer comparisons per food, not string work.
 */
public final class FoodSearch {

    // Tiers, best first: "lait" ranks "Lait entier", then "Laitue", then "Café au lait", then "Fromage laitier".
    private static final int STARTS_WITH_QUERY_WORDS = 0;
    private static final int STARTS_WITH_QUERY = 1;
    private static final int WHOLE_WORDS = 2;
    private static final int WORD_STARTS = 3;

    // Sort key layout (a long, so a keystroke sorts primitives): preference | tier | name length | entry index.
    private static final int INDEX_BITS = 20;
    private static final int LENGTH_BITS = 12;
    private static final int TIER_BITS = 2;
    private static final long NOT_PREFERRED = 0xFFFF;
    private static final int MAX_ENTRIES = 1 << INDEX_BITS;

    private final List<Entry> entries;
    private final String[] dictionary;
    private final int[][] frenchWordIds;
    private final int[][] englishWordIds;

    public FoodSearch(Collection<Food> foods) {
        this(foods.stream().map(Entry::of).toList());
    }

    private FoodSearch(List<Entry> prepared) {
        if (prepared.size() >= MAX_ENTRIES) {
            throw new IllegalArgumentException("Too many foods to index: " + prepared.size());
        }
        // Alphabetical entry order makes the entry index the last tie-breaker of the sort key.
        List<Entry> sorted = new ArrayList<>(prepared);
        sorted.sort(Comparator.comparing((Entry entry) -> entry.french().text()).thenComparing(Entry::code));
        this.entries = List.copyOf(sorted);

        Set<String> distinct = new HashSet<>();
        for (Entry entry : entries) {
            distinct.addAll(List.of(entry.french().words()));
            if (entry.english() != null) {
                distinct.addAll(List.of(entry.english().words()));
            }
        }
        this.dictionary = distinct.toArray(String[]::new);
        Arrays.sort(dictionary);
        Map<String, Integer> ids = new HashMap<>(dictionary.length * 2);
        for (int id = 0; id < dictionary.length; id++) {
            ids.put(dictionary[id], id);
        }
        this.frenchWordIds = new int[entries.size()][];
        this.englishWordIds = new int[entries.size()][];
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            frenchWordIds[i] = idsOf(entry.french(), ids);
            englishWordIds[i] = entry.english() == null ? null : idsOf(entry.english(), ids);
        }
    }

    /**
     * The same index with the custom foods replaced by {@code customFoods}. Ciqual names are not normalised again,
     * so this costs a few milliseconds: call it after the person adds, renames or deletes a food.
     */
    public FoodSearch withCustomFoods(Collection<Food> customFoods) {
        List<Entry> kept = new ArrayList<>(entries.size() + customFoods.size());
        for (Entry entry : entries) {
            if (!entry.food().custom()) {
                kept.add(entry);
            }
        }
        customFoods.forEach(food -> kept.add(Entry.of(food)));
        return new FoodSearch(kept);
    }

    public int size() {
        return entries.size();
    }

    public List<Food> search(String query, int limit) {
        return search(query, List.of(), limit);
    }

    /**
     * The best {@code limit} foods matching {@code query}.
     *
     * @param preferredCodes food codes to put first when they match, in this order (favourites, then most recent)
     * @return the matches, best first; empty for a blank query or when nothing matches
     */
    public List<Food> search(String query, List<String> preferredCodes, int limit) {
        if (query == null || limit <= 0) {
            return List.of();
        }
        Query compiled = compile(query);
        if (compiled == null) {
            return List.of();
        }
        Map<String, Integer> preference = preferenceOf(preferredCodes);
        long[] keys = new long[entries.size()];
        int found = 0;
        for (int i = 0; i < entries.size(); i++) {
            // Ranked by the French name when it matches: English names often lead with another word ("Sardine
            // oil" is "Huile de sardine"), which would push it above "Sardine, crue" for someone typing "sardine".
            int best = compiled.rank(entries.get(i).french(), frenchWordIds[i]);
            if (best == Integer.MAX_VALUE && englishWordIds[i] != null) {
                best = compiled.rank(entries.get(i).english(), englishWordIds[i]);
            }
            if (best != Integer.MAX_VALUE) {
                Integer preferred = preference.isEmpty() ? null : preference.get(entries.get(i).code());
                long preferenceRank = preferred == null ? NOT_PREFERRED : preferred;
                keys[found++] = preferenceRank << (TIER_BITS + LENGTH_BITS + INDEX_BITS)
                        | (long) best << INDEX_BITS | i;
            }
        }
        Arrays.sort(keys, 0, found);
        int count = Math.min(found, limit);
        List<Food> results = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            results.add(entries.get((int) (keys[k] & (MAX_ENTRIES - 1))).food());
        }
        return results;
    }

    private static Map<String, Integer> preferenceOf(List<String> preferredCodes) {
        if (preferredCodes == null || preferredCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> preference = new HashMap<>(preferredCodes.size() * 2);
        for (int i = 0; i < preferredCodes.size() && i < NOT_PREFERRED; i++) {
            preference.putIfAbsent(preferredCodes.get(i), i);
        }
        return preference;
    }

    private static int[] idsOf(Name name, Map<String, Integer> ids) {
        int[] result = new int[name.words().length];
        for (int w = 0; w < result.length; w++) {
            result[w] = ids.get(name.words()[w]);
        }
        return result;
    }

    private Query compile(String query) {
        List<String> words = SearchText.words(SearchText.normalise(query));
        if (words.isEmpty()) {
            return null;
        }
        Term[] terms = new Term[words.size()];
        StringBuilder singularText = new StringBuilder();
        boolean anySingular = false;
        for (int t = 0; t < terms.length; t++) {
            String word = words.get(t);
            int from = lowerBound(word);
            int to = lowerBound(afterAllWithPrefix(word));
            int exact = from < dictionary.length && dictionary[from].equals(word) ? from : -1;
            String singular = singularOf(word);
            int singularId = singular == null ? -1 : Arrays.binarySearch(dictionary, singular);
            if (from == to && singularId < 0) {
                return null; // a word no food has: nothing can match
            }
            terms[t] = new Term(from, to, exact, Math.max(singularId, -1));
            anySingular |= singularId >= 0;
            singularText.append(t == 0 ? "" : " ").append(singularId >= 0 ? singular : word);
        }
        boolean lastSingular = terms[terms.length - 1].singular() >= 0;
        return new Query(terms, String.join(" ", words), anySingular ? singularText.toString() : null, lastSingular);
    }

    /** "lentilles" → "lentille", "choux" → "chou": Ciqual names are mostly singular, people often type plurals. */
    private static String singularOf(String word) {
        char last = word.charAt(word.length() - 1);
        return word.length() >= 4 && (last == 's' || last == 'x') ? word.substring(0, word.length() - 1) : null;
    }

    private static String afterAllWithPrefix(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    /** The first dictionary position whose word is not before {@code key}. */
    private int lowerBound(String key) {
        int low = 0;
        int high = dictionary.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (dictionary[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** A typed word: the ids of the words it starts, of the word it is, and of its singular (-1 when none). */
    private record Term(int from, int to, int exact, int singular) {
        boolean startsAny(int[] ids) {
            for (int id : ids) {
                if (id >= from && id < to || id == singular) {
                    return true;
                }
            }
            return false;
        }

        boolean wholeIn(int[] ids) {
            for (int id : ids) {
                if (id == exact || id == singular) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The typed words; {@code singularText} is the query with plurals made singular, null when there are none, and
     * {@code lastSingular} says whether its last word was made singular (a singular is only ever a whole word).
     */
    private record Query(Term[] terms, String text, String singularText, boolean lastSingular) {
        /** Tier and length of a name as one int (lower is better), or MAX_VALUE when the name does not match. */
        int rank(Name name, int[] ids) {
            for (Term term : terms) {
                if (!term.startsAny(ids)) {
                    return Integer.MAX_VALUE;
                }
            }
            int length = Math.min(name.text().length(), (1 << LENGTH_BITS) - 1);
            return tier(name, ids) << LENGTH_BITS | length;
        }

        private int tier(Name name, int[] ids) {
            String text = name.text();
            if (startsWithWords(text, this.text) || startsWithWords(text, singularText)) {
                return STARTS_WITH_QUERY_WORDS;
            }
            if (text.startsWith(this.text) || !lastSingular && singularText != null && text.startsWith(singularText)) {
                return STARTS_WITH_QUERY;
            }
            for (Term term : terms) {
                if (!term.wholeIn(ids)) {
                    return WORD_STARTS;
                }
            }
            return WHOLE_WORDS;
        }

        /** True when {@code text} starts with {@code words} and a word ends there. */
        private static boolean startsWithWords(String text, String words) {
            return words != null && text.startsWith(words)
                    && (text.length() == words.length() || text.charAt(words.length()) == ' ');
        }
    }

    /** A name normalised once: its words, and the words joined by single spaces to test "starts with the query". */
    private record Name(String text, String[] words) {
        static Name of(String name) {
            List<String> words = SearchText.words(SearchText.normalise(name == null ? "" : name));
            return new Name(String.join(" ", words), words.toArray(String[]::new));
        }
    }

    private record Entry(Food food, Name french, Name english) {
        static Entry of(Food food) {
            Name french = Name.of(food.nameFr());
            Name english = food.nameEn() == null || food.nameEn().isBlank() ? null : Name.of(food.nameEn());
            // Custom foods carry one name in both fields: index it once.
            return new Entry(food, french, english != null && english.text().equals(french.text()) ? null : english);
        }

        String code() {
            return food.code();
        }
    }
}
