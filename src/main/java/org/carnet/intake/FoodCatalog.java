package org.carnet.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * All the foods a person can log: the Ciqual table shipped with the app and their own foods, searchable together.
 * The Ciqual table is parsed and indexed on first use, not when the journal opens: most commands and the first
 * seconds of the window never need it ({@link #preload()} warms it up in the background). A search that comes first
 * waits for it. Custom foods are swapped in whole when they change; reads see either the old or the new set, never
 * half.
 */
public final class FoodCatalog {
    /** The parsed table and its search index, made together once. */
    private record Index(FoodTable table, FoodSearch search) {
    }

    /** The person's own foods by code, and the search over the table with them (null until first asked for). */
    private record Custom(Map<String, Food> byCode, FoodSearch search) {
    }

    private final Supplier<FoodTable> source;
    private volatile Index index;
    private volatile Supplier<List<CustomFood>> customSource;
    private volatile Custom custom;

    public FoodCatalog(FoodTable table) {
        this(() -> table);
    }

    FoodCatalog(Supplier<FoodTable> source) {
        this.source = source;
    }

    /** The shipped Ciqual table, read on first use. */
    public static FoodCatalog ciqual() {
        // A lambda, not a method reference: the table's class (and its CSV parser) load only when it runs.
        return new FoodCatalog(() -> FoodTable.ciqual());
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
        index();
    }

    /** True once the Ciqual table is parsed and indexed. */
    public boolean isLoaded() {
        return index != null;
    }

    public Optional<Food> byCode(String code) {
        Food own = custom().byCode().get(code);
        return own != null ? Optional.of(own) : index().table().byCode(code);
    }

    public List<Food> search(String query, List<String> preferredCodes, int limit) {
        Custom current = custom();
        FoodSearch search = current.search();
        if (search == null) {
            search = index().search().withCustomFoods(current.byCode().values());
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
        return index().table().size() + custom().byCode().size();
    }

    private Index index() {
        Index loaded = index;
        if (loaded == null) {
            synchronized (this) {
                loaded = index;
                if (loaded == null) {
                    FoodTable table = source.get();
                    loaded = new Index(table, new FoodSearch(table.foods()));
                    index = loaded;
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
