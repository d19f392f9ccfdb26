package org.carnet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.carnet.intake.FoodTable.MalformedTableException;
import org.junit.jupiter.api.Test;

/** A look-up by code that parses only the row asked for finds what the whole table holds, and nothing else. */
class FoodRowsTest {
    private static final String HEADER = "code,name_fr,name_en,group,subgroup,group_en,magnesium_mg,calcium_mg,"
            + "vitamin_d_ug,vitamin_d2_ug,vitamin_d3_ug,vitamin_k1_ug,vitamin_k2_ug,potassium_mg\n";
    private static final String ALMOND = "15000,\"Amande, avec peau\",Almond,g,s,g,270,260,<0.25,,,<0.8,,800\n";

    @Test
    void everyShippedFoodFoundByItsRowEqualsTheWholeTablesFood() {
        FoodTable table = FoodTable.ciqual();
        FoodRows rows = FoodRows.ciqual();

        assertThat(rows.size()).isEqualTo(table.size());
        for (Food food : table.foods()) {
            assertThat(rows.byCode(food.code())).as("food %s", food.code()).contains(food);
        }
        assertThat(rows.byCode("999999")).isEmpty();
        assertThat(rows.byCode("custom:1")).isEmpty();
        assertThat(rows.byCode("")).isEmpty();
    }

    @Test
    void aRowIsParsedOnceAndWindowsLineBreaksAndQuotedCodesAreRead() {
        FoodRows rows = FoodRows.of(HEADER.replace("\n", "\r\n") + ALMOND.replace("\n", "\r\n")
                + "\"1\",Eau,Water,g,s,g,1,2,,,,,,\r\n");

        assertThat(rows.size()).isEqualTo(2);
        Food almond = rows.byCode("15000").orElseThrow();
        assertThat(almond.nameFr()).isEqualTo("Amande, avec peau");
        assertThat(almond.nameEn()).isEqualTo("Almond");
        assertThat(rows.byCode("15000").orElseThrow()).isSameAs(almond);
        assertThat(rows.byCode("1").orElseThrow().nameEn()).isEqualTo("Water");
    }

    @Test
    void quotedFieldsAreReadAsTheWholeTableReadsThem() {
        String table = HEADER + ALMOND + "2,\"Lait \"\"entier\"\", pasteurisé\",\"Milk, \"\"whole\"\"\",g,,g,,,,,,,,\n"
                + "4,Eau,,g,s,g,1,,,,,,,\n";
        FoodTable whole = FoodTable.read(new java.io.StringReader(table));
        FoodRows rows = FoodRows.of(table);

        for (String code : List.of("15000", "2", "4")) {
            assertThat(rows.byCode(code)).as("food %s", code).isEqualTo(whole.byCode(code));
        }
        assertThat(rows.byCode("2").orElseThrow().nameFr()).isEqualTo("Lait \"entier\", pasteurisé");
        assertThat(FoodTable.cells("a,,\"b,c\",", 1)).containsExactly("a", "", "b,c", "");
    }

    @Test
    void onlyTheRowAskedForIsParsed() {
        // The second row is broken, but a look-up of the first never reads it.
        FoodRows rows = FoodRows.of(HEADER + ALMOND + "15041,Amande émondée,Almond,g,s,g,26x8,236,0,0,0,0,,659\n");

        assertThat(rows.byCode("15000")).isPresent();
        assertThatThrownBy(() -> rows.byCode("15041"))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("26x8");
    }

    @Test
    void aDuplicateCodeAndBrokenQuotingNameTheirLine() {
        assertThatThrownBy(() -> FoodRows.of(HEADER + ALMOND + ALMOND))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("already on line 2");
        FoodRows rows = FoodRows.of(HEADER + ALMOND + "15041,\"Amande\"x,Almond,g,s,g,268,236,0,0,0,0,,659\n");
        assertThatThrownBy(() -> rows.byCode("15041"))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("not valid CSV");
    }
}
