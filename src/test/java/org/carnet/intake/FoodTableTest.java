package org.carnet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carnet.intake.DailyTotals.FoodPortion;
import org.carnet.intake.FoodTable.MalformedTableException;
import org.carnet.intake.NutrientAmount.BelowLimit;
import org.carnet.intake.NutrientAmount.Measured;
import org.carnet.intake.NutrientAmount.Traces;
import org.carnet.intake.NutrientAmount.Unknown;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FoodTableTest {

    private static final String HEADER = "code,name_fr,name_en,group,subgroup,group_en,magnesium_mg,calcium_mg,"
            + "vitamin_d_ug,vitamin_d2_ug,vitamin_d3_ug,vitamin_k1_ug,vitamin_k2_ug,potassium_mg\n";
    private static final String ALMOND = "15000,\"Amande, avec peau\",Almond,g,s,g,270,260,<0.25,,,<0.8,,800\n";

    private static FoodTable table;

    @BeforeAll
    static void loadOnce() {
        table = FoodTable.ciqual();
    }

    private static Food food(String code) {
        return table.byCode(code).orElseThrow();
    }

    @Test
    void theShippedTableHoldsEveryCiqualFoodOnce() {
        assertThat(table.size()).isEqualTo(3484);
        assertThat(table.foods()).hasSize(3484);
        assertThat(table.foods().stream().map(Food::code).distinct().count()).isEqualTo(3484);
        assertThat(table.foods()).noneMatch(Food::custom);
    }

    @Test
    void almondsKeepTheirMeasuredValuesAndDetectionLimits() {
        Food almond = food("15000");

        assertThat(almond.nameFr()).isEqualTo("Amande, avec peau, sans sel ajouté");
        assertThat(almond.nameEn()).isEqualTo("Almond, with peel, no added salt");
        assertThat(almond.group()).isEqualTo("fruits, légumes, légumineuses et oléagineux");
        assertThat(almond.amount(Nutrient.MAGNESIUM)).isEqualTo(new Measured(270));
        assertThat(almond.amount(Nutrient.CALCIUM)).isEqualTo(new Measured(260));
        assertThat(almond.amount(Nutrient.VITAMIN_D)).isEqualTo(new BelowLimit(0.25));
        assertThat(almond.amount(Nutrient.VITAMIN_K1)).isEqualTo(new BelowLimit(0.8));
        assertThat(almond.drink()).isFalse();
    }

    @Test
    void anEmptyCellIsUnknownNotZero() {
        Food almond = food("15000");
        Food carambolaJuice = food("13408");

        assertThat(almond.amount(Nutrient.VITAMIN_K2)).isInstanceOf(Unknown.class);
        assertThat(almond.amount(Nutrient.VITAMIN_K2).contribution()).isEmpty();
        assertThat(carambolaJuice.amount(Nutrient.MAGNESIUM)).isInstanceOf(Unknown.class);
        assertThat(carambolaJuice.amount(Nutrient.CALCIUM)).isInstanceOf(Unknown.class);
    }

    @Test
    void aZeroCellIsMeasuredZero() {
        assertThat(food("20059").amount(Nutrient.VITAMIN_D)).isEqualTo(new Measured(0));
    }

    @Test
    void tracesAreReadAsTraces() {
        assertThat(food("20010").amount(Nutrient.VITAMIN_K2)).isInstanceOf(Traces.class); // mushrooms
        assertThat(food("1023").amount(Nutrient.CALCIUM)).isInstanceOf(Traces.class); // brandy
        assertThat(food("1023").amount(Nutrient.MAGNESIUM)).isInstanceOf(Unknown.class);
    }

    @Test
    void belowTheDetectionLimitKeepsTheLimit() {
        Food celeriacSalad = food("25600");

        assertThat(celeriacSalad.amount(Nutrient.VITAMIN_D)).isEqualTo(new BelowLimit(0.5));
        assertThat(celeriacSalad.amount(Nutrient.VITAMIN_K1)).isEqualTo(new Measured(10.5));
    }

    @Test
    void heparIsADrinkWithItsPublishedMagnesium() {
        Food hepar = food("76022");

        assertThat(hepar.nameFr()).startsWith("Eau minérale Hépar");
        assertThat(hepar.drink()).isTrue();
        assertThat(hepar.amount(Nutrient.MAGNESIUM)).isEqualTo(new Measured(11.9));
        assertThat(hepar.amount(Nutrient.CALCIUM)).isEqualTo(new Measured(54.9));
    }

    @Test
    void aLitreOfHeparGivesAHundredAndNineteenMilligramsOfMagnesium() {
        DailyTotals totals = DailyTotals.of(List.of(new FoodPortion(food("76022"), 1000)), List.of());

        assertThat(totals.of(Nutrient.MAGNESIUM).fromFood()).isCloseTo(119, within(1e-9));
    }

    @Test
    void watersAndBeveragesAreDrinks() {
        List<Food> waters = table.foods().stream().filter(food -> food.nameFr().startsWith("Eau ")).toList();

        assertThat(waters).hasSizeGreaterThan(80).allMatch(Food::drink);
        assertThat(food("19041").drink()).as("semi-skimmed milk").isTrue();
        assertThat(food("13408").drink()).as("carambola juice, filed under fruits").isTrue();
        assertThat(food("1023").drink()).as("brandy").isTrue();
    }

    @Test
    void powdersAndLeavesFromTheBeverageGroupAreWeighedNotDrunk() {
        assertThat(food("18005").drink()).as("instant coffee powder").isFalse();
        assertThat(food("18076").drink()).as("tea leaves").isFalse();
        assertThat(food("19021").drink()).as("milk powder").isFalse();
        assertThat(food("20059").drink()).as("spinach").isFalse();
    }

    @Test
    void drinksAreAboutOneTenthOfTheTable() {
        long drinks = table.foods().stream().filter(Food::drink).count();

        assertThat(drinks).isEqualTo(376);
    }

    @Test
    void aFoodWithoutGroupHasNone() {
        assertThat(food("24999").group()).isNull();
    }

    @Test
    void anUnknownCodeIsEmpty() {
        assertThat(table.byCode("999999")).isEmpty();
        assertThat(table.byCode("custom:1")).isEmpty();
    }

    @Test
    void aSmallTableReadsFromAReader() {
        FoodTable small = FoodTable.read(new StringReader(HEADER + ALMOND));

        assertThat(small.size()).isEqualTo(1);
        assertThat(small.byCode("15000").orElseThrow().amount(Nutrient.VITAMIN_D)).isEqualTo(new BelowLimit(0.25));
    }

    @Test
    void aBadNumberNamesItsLineAndColumn() {
        String csv = HEADER + ALMOND + "15041,Amande émondée,Almond,g,s,g,26x8,236,0,0,0,0,,659\n";

        assertThatThrownBy(() -> FoodTable.read(new StringReader(csv)))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("magnesium_mg")
                .hasMessageContaining("26x8")
                .satisfies(e -> assertThat(((MalformedTableException) e).line()).isEqualTo(3));
    }

    @Test
    void aNegativeAmountIsRefused() {
        String csv = HEADER + "1,Eau,Water,g,s,g,-1,,,,,,,\n";

        assertThatThrownBy(() -> FoodTable.read(new StringReader(csv)))
                .isInstanceOf(MalformedTableException.class).hasMessageContaining("line 2");
    }

    @Test
    void aRowWithMissingFieldsNamesItsLine() {
        String csv = HEADER + ALMOND + ALMOND.replace("15000", "15001") + "15002,Amande,Almond,g,s,g,270\n";

        assertThatThrownBy(() -> FoodTable.read(new StringReader(csv)))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("expected 14 fields, found 7");
    }

    @Test
    void brokenQuotingNamesItsLine() {
        String csv = HEADER + ALMOND + "15041,\"Amande\"x,Almond,g,s,g,268,236,0,0,0,0,,659\n";

        assertThatThrownBy(() -> FoodTable.read(new StringReader(csv)))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("not valid CSV");
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() {
        String csv = "code,name_fr,name_en,group,subgroup,group_en,calcium_mg\n1,Eau,Water,g,s,g,1\n";

        assertThatThrownBy(() -> FoodTable.read(new StringReader(csv)))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("magnesium_mg");
    }

    @Test
    void aDuplicateCodeNamesBothLines() {
        String csv = HEADER + ALMOND + ALMOND;

        assertThatThrownBy(() -> FoodTable.read(new StringReader(csv)))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("already on line 2");
    }

    @Test
    void aFoodWithoutNameIsRefused() {
        String csv = HEADER + "1,,Water,g,s,g,1,,,,,,,\n";

        assertThatThrownBy(() -> FoodTable.read(new StringReader(csv)))
                .isInstanceOf(MalformedTableException.class).hasMessageContaining("line 2");
    }

    @Test
    void theLicenceNoteShipsWithTheTableAndCarriesTheCreditLine() throws IOException {
        try (InputStream in = FoodTable.class.getResourceAsStream("CIQUAL-SOURCE.md")) {
            assertThat(in).isNotNull();
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(source).contains(FoodTable.CREDIT).contains("Licence Ouverte / Etalab Open Licence 2.0");
        }
    }
}
