package org.carnet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FoodSearchTest {

    private static FoodTable table;
    private static FoodSearch search;

    @BeforeAll
    static void indexCiqual() {
        table = FoodTable.ciqual();
        search = new FoodSearch(table.foods());
    }

    private static List<String> codes(List<Food> foods) {
        return foods.stream().map(Food::code).toList();
    }

    private static List<String> frenchNames(List<Food> foods) {
        return foods.stream().map(Food::nameFr).toList();
    }

    private static Food custom(long id, String name) {
        return new CustomFood(id, name, false, Map.of(Nutrient.MAGNESIUM, 10.0)).toFood();
    }

    @Test
    void indexesEveryFood() {
        assertThat(search.size()).isEqualTo(3484);
    }

    @Test
    void epinardWithoutAccentFindsRawSpinachFirstThenTheOtherSpinachFoods() {
        List<Food> found = search.search("epinard", List.of(), 10);

        assertThat(found.get(0).code()).isEqualTo("20059"); // Épinard, cru: the shortest
        assertThat(frenchNames(found.subList(0, 7))).allMatch(name -> name.matches("^[ÉE]pinard.*"));
        assertThat(frenchNames(found.subList(7, found.size()))).noneMatch(name -> name.matches("^[ÉE]pinard.*"));
    }

    @Test
    void amandeListsNamesStartingWithAmandeBeforeTheOthers() {
        List<String> names = frenchNames(search.search("amande", List.of(), 50));

        int firstOther = 0;
        while (firstOther < names.size() && names.get(firstOther).startsWith("Amande")) {
            firstOther++;
        }
        assertThat(firstOther).isEqualTo(4);
        assertThat(names.subList(firstOther, names.size())).isNotEmpty().noneMatch(n -> n.startsWith("Amande"));
        assertThat(names.get(0)).isEqualTo("Amande, grillée, salée"); // shortest of the four
    }

    @Test
    void englishNamesAreSearchedToo() {
        assertThat(search.search("spinach", List.of(), 5).get(0).code()).isEqualTo("20059");
        assertThat(codes(search.search("almond", List.of(), 10))).contains("15000", "15041", "15042");
        assertThat(codes(search.search("Hazelnut", List.of(), 3))).contains("15004");
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        List<Food> plain = search.search("epinard", List.of(), 20);

        assertThat(search.search("ÉPINARD", List.of(), 20)).isEqualTo(plain);
        assertThat(search.search("EpInArD", List.of(), 20)).isEqualTo(plain);
        assertThat(search.search("  épinard  ", List.of(), 20)).isEqualTo(plain);
        assertThat(search.search("eau minerale hepar", List.of(), 3).get(0).code()).isEqualTo("76022");
    }

    @Test
    void ligaturesMatchTheirSpeltOutLetters() {
        List<Food> oeuf = search.search("oeuf", List.of(), 20);

        assertThat(search.search("œuf", List.of(), 20)).isEqualTo(oeuf);
        assertThat(search.search("ŒUF", List.of(), 20)).isEqualTo(oeuf);
        assertThat(oeuf.get(0).nameFr()).startsWith("Oeuf");

        FoodSearch withCustom = search.withCustomFoods(List.of(custom(1, "Œufs de caille de Mamie"),
                custom(2, "Tarte Æbleskiver")));
        assertThat(codes(withCustom.search("oeufs caille mamie", List.of(), 5))).containsExactly("custom:1");
        assertThat(codes(withCustom.search("œufs caille", List.of(), 5))).contains("custom:1", "22050");
        assertThat(codes(withCustom.search("aebleskiver", List.of(), 5))).containsExactly("custom:2");
    }

    @Test
    void everyWordMustStartAWordOfTheNameInAnyOrder() {
        assertThat(search.search("amande grill", List.of(), 5).get(0).code()).isEqualTo("15042");
        assertThat(codes(search.search("grill amande", List.of(), 10))).contains("15042", "15062");
        assertThat(codes(search.search("grillée amande salée fumé", List.of(), 10))).containsExactly("15062");
        assertThat(search.search("mande", List.of(), 50)).noneMatch(f -> f.code().equals("15000"));
    }

    @Test
    void aFoodIsRankedByItsFrenchNameWhenThatMatches() {
        // "Huile de sardine" is "Sardine oil" in English: it must not jump ahead of "Sardine, crue".
        List<String> found = codes(search.search("sardine", List.of(), 10));

        assertThat(found.get(0)).isEqualTo("26065");
        assertThat(found.indexOf("17640")).isGreaterThan(found.indexOf("26034"));
    }

    @Test
    void wordsOfOneQueryAreMatchedInOneLanguage() {
        // "amande" is French, "peel" English: no single name holds both.
        assertThat(search.search("amande peel", List.of(), 10)).isEmpty();
    }

    @Test
    void aPluralFindsTheSingularCiqualUses() {
        List<Food> found = search.search("lentilles", List.of(), 20);

        assertThat(frenchNames(found.subList(0, 5))).allMatch(name -> name.startsWith("Lentille"));
        assertThat(codes(search.search("hazelnuts", List.of(), 5))).contains("15004");
        assertThat(codes(search.search("noisettes grillées", List.of(), 5))).contains("15033");
    }

    @Test
    void preferredFoodsComeFirstInTheOrderGiven() {
        List<String> preferred = List.of("15062", "76022", "15041");

        List<String> found = codes(search.search("amande", preferred, 10));

        assertThat(found.subList(0, 2)).containsExactly("15062", "15041");
        assertThat(found).doesNotContain("76022"); // preferred, but not a match
        assertThat(found.subList(2, found.size())).doesNotContain("15062", "15041");
    }

    @Test
    void aPreferredFoodOutranksABetterNameMatch() {
        // "Tarte épinard chèvre" only holds the word; the person eats it often.
        List<String> found = codes(search.search("epinard", List.of("26267"), 5));

        assertThat(found.get(0)).isEqualTo("26267");
        assertThat(found.get(1)).isEqualTo("20059");
    }

    @Test
    void blankQueriesFindNothing() {
        assertThat(search.search("", List.of(), 10)).isEmpty();
        assertThat(search.search("   ", List.of(), 10)).isEmpty();
        assertThat(search.search(" , ( ) ' ", List.of(), 10)).isEmpty();
        assertThat(search.search(null, List.of(), 10)).isEmpty();
    }

    @Test
    void anUnknownWordFindsNothing() {
        assertThat(search.search("xyzzy", List.of(), 10)).isEmpty();
        assertThat(search.search("amande xyzzy", List.of(), 10)).isEmpty();
    }

    @Test
    void theLimitIsRespected() {
        assertThat(search.search("a", List.of(), 5)).hasSize(5);
        assertThat(search.search("a", List.of(), 1)).hasSize(1);
        assertThat(search.search("a", List.of(), 0)).isEmpty();
        assertThat(search.search("hepar", List.of(), 50)).hasSize(1);
    }

    @Test
    void punctuationInNamesAndQueriesSeparatesWords() {
        assertThat(codes(search.search("(hépar)", List.of(), 5))).containsExactly("76022");
        assertThat(codes(search.search("vittel, 88", List.of(), 5))).contains("76022");
        assertThat(codes(search.search("amande,", List.of(), 5))).contains("15000");
        assertThat(search.search("jus d'ananas", List.of(), 2)).extracting(Food::nameFr)
                .allMatch(name -> name.startsWith("Jus d'ananas"));
        assertThat(search.search("ananas", List.of(), 50)).extracting(Food::nameFr)
                .anyMatch(name -> name.startsWith("Jus d'ananas"));
    }

    @Test
    void rankingPrefersTheNameStartingWithTheWordsThenThePrefixThenWholeWordsThenWordStarts() {
        FoodSearch own = new FoodSearch(List.of(custom(1, "Fromage laitier"), custom(2, "Café au lait"),
                custom(3, "Laitue"), custom(4, "Lait entier"), custom(5, "Lait")));

        assertThat(codes(own.search("lait", List.of(), 10)))
                .containsExactly("custom:5", "custom:4", "custom:3", "custom:2", "custom:1");
    }

    @Test
    void equalMatchesComeShortestFirstThenAlphabetically() {
        FoodSearch own = new FoodSearch(List.of(custom(1, "Pomme cuite au four"), custom(2, "Pomme, cuit"),
                custom(3, "Pomme, crue")));

        assertThat(codes(own.search("pomme", List.of(), 10))).containsExactly("custom:3", "custom:2", "custom:1");
    }

    @Test
    void customFoodsAreFoundAndReplacedWithoutRebuildingCiqual() {
        FoodSearch first = search.withCustomFoods(List.of(custom(7, "Pain aux noix de Kerlouan")));
        FoodSearch second = first.withCustomFoods(List.of(custom(8, "Gâteau de Kerlouan")));

        assertThat(first.size()).isEqualTo(3485);
        assertThat(codes(first.search("kerlouan", List.of(), 5))).containsExactly("custom:7");
        assertThat(second.size()).isEqualTo(3485);
        assertThat(codes(second.search("kerlouan", List.of(), 5))).containsExactly("custom:8");
        assertThat(search.search("kerlouan", List.of(), 5)).isEmpty();
        assertThat(codes(second.search("epinard", List.of(), 1))).containsExactly("20059");
    }

    @Test
    void aPreferredCustomFoodComesFirst() {
        FoodSearch withCustom = search.withCustomFoods(List.of(custom(3, "Amandes du jardin")));

        assertThat(withCustom.search("amande", List.of("custom:3"), 5).get(0).code()).isEqualTo("custom:3");
    }
}
