package org.carnet.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * All the foods a person can log: the Ciqual table shipped with the app and their own foods, searchable together.
 * The Ciqual table is parsed on first use, not when the journal opens, and indexed for search only on the first
 * search: most commands and the first seconds of the window never need it, and a look-up by code (the report, a
 * day's totals) reads only the rows of the codes asked for, up to {@link #MAX_ROW_LOOKUPS} of them, then the table
 * alone ({@link #preload()} warms both up in the background). A search that comes
 * first waits for them. Custom foods are swapped in whole when they change; reads see either the old or the new set, never
 * half.
 */
public final class FoodCatalog {
    /** The person's own foods by code, and the search over the table with them (null until first asked for). */
    private record Custom(Map<String, Food> byCode, FoodSearch search) {
    }

    private final Supplier<FoodTable> source;
    /**
     * The most distinct codes looked up in the shipped table's rows one by one (each a scan of the file's text)
     * before the whole table is parsed instead: a report or a day needs a few dozen, an import may need thousands.
     */
    static final int MAX_ROW_LOOKUPS = 100;

    /** Look-ups by code before the table is parsed (the shipped table's rows read one by one), or null. */
    private final Supplier<FoodTable.Rows> rowsSource;
    private volatile FoodTable.Rows rows;
    /** The parsed table (null until first needed): enough for a look-up by code. */
    private volatile FoodTable table;
    /** The search index over the table (null until the first search or {@link #preload()}). */
    private volatile FoodSearch search;
    private volatile Supplier<List<CustomFood>> customSource;
    private volatile Custom custom;

    public FoodCatalog(FoodTable table) {
        this(() -> table);
    }

    FoodCatalog(Supplier<FoodTable> source) {
        this(source, null);
    }

    private FoodCatalog(Supplier<FoodTable> source, Supplier<FoodTable.Rows> rowsSource) {
        this.source = source;
        this.rowsSource = rowsSource;
    }

    /** The shipped Ciqual table, read on first use. */
    public static FoodCatalog ciqual() {
        // A lambda, not a method reference: the table's class (and its CSV parser) load only when it runs.
        return new FoodCatalog(() -> FoodTable.ciqual(), () -> FoodTable.ciqualRows());
    }

    /** The person's foods, read from {@code foods} on first use rather than now. */
    public void readCustomFoodsWith(Supplier<List<CustomFood>> foods) {
        customSource = foods;
        custom = null;
    }

    public void setCustomFoods(List<CustomFood> foods) {
        customSource = null;
        custom = custom(foods);
    }

    /** Parses and indexes the Ciqual table now, if not done yet (for a background thread). */
    public void preload() {
        search();
    }

    /** True once the whole table is parsed (a look-up by code may not need it). */
    boolean isParsed() {
        return table != null;
    }

    /** True once the Ciqual table is parsed and indexed. */
    public boolean isLoaded() {
        return search != null;
    }

    public Optional<Food> byCode(String code) {
        Food own = custom().byCode().get(code);
        if (own != null) {
            return Optional.of(own);
        }
        if (table == null && rowsSource != null) {
            FoodTable.Rows shipped = rows();
            if (shipped.looked(code) || shipped.looked() < MAX_ROW_LOOKUPS) {
                return shipped.byCode(code);
            }
        }
        return table().byCode(code);
    }

    /** The shipped table's rows, for look-ups by code before (or without) the parsed table. */
    private FoodTable.Rows rows() {
        FoodTable.Rows loaded = rows;
        if (loaded == null) {
            synchronized (this) {
                loaded = rows;
                if (loaded == null) {
                    loaded = rowsSource.get();
                    rows = loaded;
                }
            }
        }
        return loaded;
    }

    public List<Food> search(String query, List<String> preferredCodes, int limit) {
        Custom current = custom();
        FoodSearch search = current.search();
        if (search == null) {
            search = search().withCustomFoods(current.byCode().values());
            Custom withSearch = new Custom(current.byCode(), search);
            synchronized (this) {
                if (custom == current) {
                    custom = withSearch;
                }
            }
        }
        return search.search(query, preferredCodes, limit);
    }

    public int size() {
        return table().size() + custom().byCode().size();
    }

    /**
     * The table, parsed on first use. A look-up by code (the report, a day's totals) needs only this, not the search
     * index, which takes about as long again to build on a cold JVM.
     */
    private FoodTable table() {
        FoodTable loaded = table;
        if (loaded == null) {
            synchronized (this) {
                loaded = table;
                if (loaded == null) {
                    loaded = source.get();
                    table = loaded;
                }
            }
        }
        return loaded;
    }

    private FoodSearch search() {
        FoodSearch loaded = search;
        if (loaded == null) {
            synchronized (this) {
                loaded = search;
                if (loaded == null) {
                    loaded = new FoodSearch(table().foods());
                    search = loaded;
                }
            }
        }
        return loaded;
    }

    private Custom custom() {
        Custom current = custom;
        if (current == null) {
            synchronized (this) {
                current = custom;
                if (current == null) {
                    Supplier<List<CustomFood>> foods = customSource;
                    current = custom(foods == null ? List.of() : foods.get());
                    custom = current;
                }
            }
        }
        return current;
    }

    private static Custom custom(List<CustomFood> foods) {
        Map<String, Food> byCode = new HashMap<>();
        foods.forEach(f -> byCode.put(Food.customCode(f.id()), f.toFood()));
        return new Custom(Map.copyOf(byCode), null);
    }
}
