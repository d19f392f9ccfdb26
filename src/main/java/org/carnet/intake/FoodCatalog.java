package org.carnet.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All the foods a person can log: the Ciqual table shipped with the app and their own foods, searchable together.
 * Custom foods are swapped in whole when they change; reads see either the old or the new set, never half.
 */
public final class FoodCatalog {
    private final FoodTable table;
    private final FoodSearch tableSearch;
    private volatile FoodSearch search;
    private volatile Map<String, Food> custom = Map.of();

    public FoodCatalog(FoodTable table) {
        this.table = table;
        this.tableSearch = new FoodSearch(table.foods());
        this.search = tableSearch;
    }

    public static FoodCatalog ciqual() {
        return new FoodCatalog(FoodTable.ciqual());
    }

    public void setCustomFoods(List<CustomFood> foods) {
        Map<String, Food> byCode = new HashMap<>();
        foods.forEach(f -> byCode.put(Food.customCode(f.id()), f.toFood()));
        custom = Map.copyOf(byCode);
        search = tableSearch.withCustomFoods(byCode.values());
    }

    public Optional<Food> byCode(String code) {
        Food own = custom.get(code);
        return own != null ? Optional.of(own) : table.byCode(code);
    }

    public List<Food> search(String query, List<String> preferredCodes, int limit) {
        return search.search(query, preferredCodes, limit);
    }

    public int size() {
        return table.size() + custom.size();
    }
}
