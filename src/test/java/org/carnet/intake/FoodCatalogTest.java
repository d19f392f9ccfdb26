package org.carnet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The Ciqual table is read on first use only, once, and the person's foods join it whenever that is. */
class FoodCatalogTest {
    private final AtomicInteger tableReads = new AtomicInteger();
    private final AtomicInteger customReads = new AtomicInteger();
    private final FoodCatalog catalog = new FoodCatalog(() -> {
        tableReads.incrementAndGet();
        return FoodTable.ciqual();
    });

    @Test
    void nothingIsReadUntilAFoodIsAskedFor() {
        catalog.readCustomFoodsWith(() -> {
            customReads.incrementAndGet();
            return List.of();
        });

        assertThat(catalog.isLoaded()).isFalse();
        assertThat(tableReads).hasValue(0);
        assertThat(customReads).hasValue(0);

        assertThat(catalog.search("epinard", List.of(), 5)).isNotEmpty();
        assertThat(catalog.isLoaded()).isTrue();
        catalog.search("amande", List.of(), 5);
        catalog.byCode("20059");
        assertThat(tableReads).hasValue(1);
        assertThat(customReads).hasValue(1);
    }

    @Test
    void aLookUpByCodeReadsTheTableButDoesNotBuildTheSearchIndex() {
        assertThat(catalog.byCode("20059")).isPresent();
        assertThat(catalog.size()).isEqualTo(3484);

        assertThat(tableReads).hasValue(1);
        assertThat(catalog.isLoaded()).isFalse();
        assertThat(catalog.search("epinard", List.of(), 1).get(0).code()).isEqualTo("20059");
        assertThat(catalog.isLoaded()).isTrue();
        assertThat(tableReads).hasValue(1);
    }

    @Test
    void theShippedCatalogLooksUpByCodeWithoutTheWholeTableUntilItIsThere() {
        AtomicInteger rowReads = new AtomicInteger();
        FoodCatalog ciqual = new FoodCatalog(() -> {
            tableReads.incrementAndGet();
            return FoodTable.ciqual();
        }, () -> {
            rowReads.incrementAndGet();
            return FoodRows.ciqual()::byCode;
        });

        assertThat(ciqual.byCode("20059")).map(Food::nameFr).hasValueSatisfying(n -> assertThat(n).contains("pinard"));
        assertThat(ciqual.byCode("15000")).isPresent();
        assertThat(ciqual.byCode("999999")).isEmpty();
        assertThat(tableReads).as("whole table parsed").hasValue(0);
        assertThat(rowReads).hasValue(1);

        // Search answers from its first query, and from then on the table answers the look-ups too.
        assertThat(ciqual.search("epinard", List.of(), 1).get(0).code()).isEqualTo("20059");
        assertThat(tableReads).hasValue(1);
        assertThat(ciqual.byCode("20059")).isEqualTo(FoodTable.ciqual().byCode("20059"));
        assertThat(ciqual.size()).isEqualTo(3484);
        assertThat(tableReads).hasValue(1);
        assertThat(rowReads).hasValue(1);
    }

    @Test
    void theShippedCatalogReadsNothingUntilAsked() {
        FoodCatalog ciqual = FoodCatalog.ciqual();
        assertThat(ciqual.isLoaded()).isFalse();
        assertThat(ciqual.byCode("20059")).isPresent();
        assertThat(ciqual.isLoaded()).isFalse();
        ciqual.preload();
        assertThat(ciqual.isLoaded()).isTrue();
    }

    @Test
    void preloadReadsTheTableOnceAndTheSearchThenAnswersFromIt() {
        catalog.preload();
        catalog.preload();

        assertThat(catalog.isLoaded()).isTrue();
        assertThat(tableReads).hasValue(1);
        assertThat(catalog.search("epinard", List.of(), 1).get(0).code()).isEqualTo("20059");
        assertThat(tableReads).hasValue(1);
    }

    @Test
    void theSearchFindsCustomFoodsSetBeforeOrAfterTheTableIsRead() {
        catalog.readCustomFoodsWith(() -> List.of(new CustomFood(7L, "Gâteau de mamie", false,
                Map.of(Nutrient.MAGNESIUM, 20.0))));
        assertThat(catalog.search("gateau de mamie", List.of(), 3)).extracting(Food::code)
                .contains(Food.customCode(7L));

        catalog.setCustomFoods(List.of(new CustomFood(8L, "Pain de tante", false, Map.of(Nutrient.CALCIUM, 5.0))));
        assertThat(catalog.search("pain de tante", List.of(), 3)).extracting(Food::code)
                .contains(Food.customCode(8L));
        assertThat(catalog.search("gateau de mamie", List.of(), 3)).extracting(Food::code)
                .doesNotContain(Food.customCode(7L));
        assertThat(catalog.byCode(Food.customCode(8L))).isPresent();
        assertThat(catalog.size()).isEqualTo(3485);
    }

    @Test
    void manyThreadsAskingAtOnceReadTheTableOnce() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> catalog.search("lait", List.of(), 3));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(tableReads).hasValue(1);
    }
}
