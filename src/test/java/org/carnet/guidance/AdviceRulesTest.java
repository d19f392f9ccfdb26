package org.carnet.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carnet.guidance.DayIntake.PlannedDay;
import org.carnet.guidance.DayIntake.TimedFood;
import org.carnet.guidance.DayIntake.TimedSupplement;
import org.carnet.intake.DailyTotals;
import org.carnet.intake.Food;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Nutrient;
import org.carnet.intake.NutrientAmount;
import org.carnet.intake.Product;
import org.carnet.intake.VitaminDForm;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The advice rules (INFO) and the planned high dose (WARNING) on each side of their thresholds. */
class AdviceRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final GuidanceEngine ENGINE = GuidanceEngine.standard();

    // ---- products and foods -----------------------------------------------------------------------------------

    private static Product magnesium(long id, double mg) {
        return new Product(id, "Mg " + id, MagnesiumForm.BISGLYCINATE, mg, null, null, null, null);
    }

    private static Product vitaminD(String name) {
        return new Product(20L, name, null, null, 25.0, null, null, null);
    }

    /** A vitamin D product whose form was chosen in the editor (null: none chosen, read from the name). */
    private static Product vitaminD(String name, VitaminDForm chosen) {
        return new Product(21L, name, null, null, 25.0, null, null, null, chosen);
    }

    private static final Product K2 = new Product(30L, "K2 MK-7", null, null, null, 75.0, null, null);

    private static Food food(String code, String name, Map<Nutrient, Double> per100g) {
        Map<Nutrient, NutrientAmount> amounts = new EnumMap<>(Nutrient.class);
        per100g.forEach((n, v) -> amounts.put(n, new NutrientAmount.Measured(v)));
        return new Food(code, name + " (fr)", name, "g", false, amounts);
    }

    private static Food magnesiumFood(double mgPer100g) {
        return food("mg" + mgPer100g, "Food " + mgPer100g, Map.of(Nutrient.MAGNESIUM, mgPer100g));
    }

    // ---- a day, built up fluently ------------------------------------------------------------------------------

    private static final class Day {
        LocalDate date = DAY;
        final List<TimedSupplement> supplements = new ArrayList<>();
        final List<TimedFood> foods = new ArrayList<>();
        final List<PlannedDay> planned = new ArrayList<>();
        final List<DayIntake> earlier = new ArrayList<>();

        static Day on(LocalDate date) {
            Day day = new Day();
            day.date = date;
            return day;
        }

        static Day of() {
            return on(DAY);
        }

        Day take(String time, Product product, double units) {
            supplements.add(new TimedSupplement(time == null ? null : LocalTime.parse(time), product, units));
            return this;
        }

        Day take(String time, Product product) {
            return take(time, product, 1);
        }

        /** 100 g of the food, so its per-100 g values are the day's. */
        Day eat(String time, Food food) {
            foods.add(new TimedFood(LocalTime.parse(time), food, 100));
            return this;
        }

        Day plan(String protocol, int dayNumber, Product product, double units) {
            planned.add(new PlannedDay(protocol, dayNumber, List.of(new TimedSupplement(LocalTime.of(20, 0),
                    product, units))));
            return this;
        }

        Day after(Day... days) {
            for (Day day : days) {
                earlier.add(day.build());
            }
            return this;
        }

        DayIntake build() {
            List<DailyTotals.FoodPortion> portions = foods.stream()
                    .map(f -> new DailyTotals.FoodPortion(f.food(), f.grams())).toList();
            List<DailyTotals.ProductDose> doses = supplements.stream()
                    .map(s -> new DailyTotals.ProductDose(s.product(), s.units())).toList();
            return new DayIntake(date, supplements, List.of(), DailyTotals.of(portions, doses), null, null, List.of(),
                    foods, planned, earlier);
        }
    }

    /** The day and {@code n - 1} days before it, each with a 100 g portion of {@code food} at noon. */
    private static Day weekOf(int n, Food food) {
        Day day = Day.of().eat("12:00", food);
        for (int i = 1; i < n; i++) {
            day.after(Day.on(DAY.minusDays(i)).eat("12:00", food));
        }
        return day;
    }

    // ---- the table ---------------------------------------------------------------------------------------------

    static Stream<Arguments> cases() {
        String start = AdviceRules.MagnesiumStart.ID;
        String planned = PlannedHighDoseRule.ID;
        String dMeal = AdviceRules.VitaminDWithMeal.ID;
        String k2Meal = AdviceRules.K2WithFatMeal.ID;
        String d2 = AdviceRules.VitaminDForm2.ID;
        String dMin = AdviceRules.VitaminDMinimum.ID;
        String caMg = AdviceRules.CalciumAgainstMagnesium.ID;
        String mgFood = FoodSourcesRules.Magnesium.ID;
        String k2Food = FoodSourcesRules.K2.ID;
        Severity i = Severity.INFO;
        Severity w = Severity.WARNING;
        Food plain = food("p", "Bread", Map.of(Nutrient.CALCIUM, 10.0));
        return Stream.of(
                // 1. a new product above 100–200 mg: 200 is not above
                arguments("new product 199 mg", start, Day.of().take("20:00", magnesium(1, 199)).build(), List.of()),
                arguments("new product 200 mg", start, Day.of().take("20:00", magnesium(1, 200)).build(), List.of()),
                arguments("new product 201 mg", start, Day.of().take("20:00", magnesium(1, 201)).build(), List.of(i)),
                arguments("new product 2 × 100.5 mg", start, Day.of().take("08:00", magnesium(1, 100.5))
                        .take("20:00", magnesium(1, 100.5)).build(), List.of(i)),
                arguments("product taken before is not new", start, Day.of().take("20:00", magnesium(1, 300))
                        .after(Day.on(DAY.minusDays(29)).take("20:00", magnesium(1, 300))).build(), List.of()),
                arguments("another product before: this one is new", start, Day.of().take("20:00", magnesium(1, 300))
                        .after(Day.on(DAY.minusDays(3)).take("20:00", magnesium(2, 100))).build(), List.of(i)),
                // a new protocol: its first 7 days
                arguments("protocol 201 mg day 1", start, Day.of().plan("P", 1, magnesium(1, 201), 1).build(),
                        List.of(i)),
                arguments("protocol 201 mg day 7", start, Day.of().plan("P", 7, magnesium(1, 201), 1).build(),
                        List.of(i)),
                arguments("protocol 201 mg day 8", start, Day.of().plan("P", 8, magnesium(1, 201), 1).build(),
                        List.of()),
                arguments("protocol 200 mg day 1", start, Day.of().plan("P", 1, magnesium(1, 100), 2).build(),
                        List.of()),

                // 2. planned above the 250 mg ceiling: ask first (the logged ceiling rule speaks when logged above)
                arguments("planned 249 mg", planned, Day.of().plan("P", 30, magnesium(1, 249), 1).build(), List.of()),
                arguments("planned 250 mg", planned, Day.of().plan("P", 30, magnesium(1, 250), 1).build(), List.of()),
                arguments("planned 251 mg", planned, Day.of().plan("P", 30, magnesium(1, 251), 1).build(),
                        List.of(w)),
                arguments("planned 300, logged 251", planned, Day.of().plan("P", 3, magnesium(1, 300), 1)
                        .take("20:00", magnesium(1, 251)).build(), List.of()),
                arguments("planned 300, logged 100", planned, Day.of().plan("P", 3, magnesium(1, 300), 1)
                        .take("20:00", magnesium(1, 100)).build(), List.of(w)),

                // 3. vitamin D and K2 with a meal: 60 minutes is with it
                arguments("D 60 min after food", dMeal, Day.of().eat("12:00", plain)
                        .take("13:00", vitaminD("D3")).build(), List.of()),
                arguments("D 61 min after food", dMeal, Day.of().eat("12:00", plain)
                        .take("13:01", vitaminD("D3")).build(), List.of(i)),
                arguments("D 59 min before food", dMeal, Day.of().eat("12:00", plain)
                        .take("11:01", vitaminD("D3")).build(), List.of()),
                arguments("D, no food logged: unknown", dMeal, Day.of().take("08:00", vitaminD("D3")).build(),
                        List.of()),
                arguments("D, time unknown", dMeal, Day.of().eat("12:00", plain).take(null, vitaminD("D3")).build(),
                        List.of()),
                arguments("K2 60 min after food", k2Meal, Day.of().eat("19:00", plain).take("20:00", K2).build(),
                        List.of()),
                arguments("K2 61 min after food", k2Meal, Day.of().eat("19:00", plain).take("20:01", K2).build(),
                        List.of(i)),
                arguments("K2 note not for D", k2Meal, Day.of().eat("12:00", plain)
                        .take("18:00", vitaminD("D3")).build(), List.of()),

                // 4. D2 named on the label
                arguments("D2 in the name", d2, Day.of().take("12:00", vitaminD("Vitamine D2 1000 UI")).build(),
                        List.of(i)),
                arguments("ergocalciferol", d2, Day.of().take("12:00", vitaminD("Ergocalciférol")).build(),
                        List.of(i)),
                arguments("D3 in the name", d2, Day.of().take("12:00", vitaminD("Vitamin D3")).build(), List.of()),
                arguments("form not named", d2, Day.of().take("12:00", vitaminD("Vitamin D")).build(), List.of()),
                // 4b. the form chosen in the product editor is the one read, whatever the name says
                arguments("chosen D2, name says nothing", d2, Day.of().take("12:00",
                        vitaminD("Vitamin D 1000 IU", VitaminDForm.D2)).build(), List.of(i)),
                arguments("chosen D3, name says D2", d2, Day.of().take("12:00",
                        vitaminD("Vitamine D2 1000 UI", VitaminDForm.D3)).build(), List.of()),
                arguments("chosen unknown, name says D2", d2, Day.of().take("12:00",
                        vitaminD("Vitamine D2 1000 UI", VitaminDForm.UNKNOWN)).build(), List.of()),
                arguments("chosen D2, name says D3", d2, Day.of().take("12:00",
                        vitaminD("Vitamin D3", VitaminDForm.D2)).build(), List.of(i)),

                // 5. the week's vitamin D below 5 µg (3 days with food at least)
                arguments("D 4.9 µg a day", dMin, weekOf(3, food("d", "Egg", Map.of(Nutrient.VITAMIN_D, 4.9)))
                        .build(), List.of(i)),
                arguments("D 5.0 µg a day", dMin, weekOf(3, food("d", "Egg", Map.of(Nutrient.VITAMIN_D, 5.0)))
                        .build(), List.of()),
                arguments("D 5.1 µg a day", dMin, weekOf(3, food("d", "Egg", Map.of(Nutrient.VITAMIN_D, 5.1)))
                        .build(), List.of()),
                arguments("D low, 2 days with food only", dMin, weekOf(2, food("d", "Egg",
                        Map.of(Nutrient.VITAMIN_D, 1.0))).build(), List.of()),
                arguments("D low, but a supplement", dMin, weekOf(3, food("d", "Egg",
                        Map.of(Nutrient.VITAMIN_D, 1.0))).take("12:00", vitaminD("D3")).build(), List.of()),

                // 6. calcium high against magnesium: over 800/375 × magnesium, magnesium under 375
                arguments("Ca 639 / Mg 300", caMg, Day.of().eat("12:00", food("c", "Cheese",
                        Map.of(Nutrient.CALCIUM, 639.0, Nutrient.MAGNESIUM, 300.0))).build(), List.of()),
                arguments("Ca 640 / Mg 300", caMg, Day.of().eat("12:00", food("c", "Cheese",
                        Map.of(Nutrient.CALCIUM, 640.0, Nutrient.MAGNESIUM, 300.0))).build(), List.of()),
                arguments("Ca 641 / Mg 300", caMg, Day.of().eat("12:00", food("c", "Cheese",
                        Map.of(Nutrient.CALCIUM, 641.0, Nutrient.MAGNESIUM, 300.0))).build(), List.of(i)),
                arguments("Ca 1000 / Mg 374", caMg, Day.of().eat("12:00", food("c", "Cheese",
                        Map.of(Nutrient.CALCIUM, 1000.0, Nutrient.MAGNESIUM, 374.0))).build(), List.of(i)),
                arguments("Ca 1000 / Mg 375", caMg, Day.of().eat("12:00", food("c", "Cheese",
                        Map.of(Nutrient.CALCIUM, 1000.0, Nutrient.MAGNESIUM, 375.0))).build(), List.of()),
                arguments("Ca, no food logged", caMg, Day.of().take("12:00", new Product(5L, "Ca", null, null, null,
                        null, null, 1000.0)).build(), List.of()),

                // 7. the week's food magnesium below 375 mg
                arguments("food Mg 374", mgFood, weekOf(3, magnesiumFood(374)).build(), List.of(i)),
                arguments("food Mg 375", mgFood, weekOf(3, magnesiumFood(375)).build(), List.of()),
                arguments("food Mg 376", mgFood, weekOf(3, magnesiumFood(376)).build(), List.of()),
                arguments("food Mg low, 2 days only", mgFood, weekOf(2, magnesiumFood(100)).build(), List.of()),
                arguments("supplements not counted as food", mgFood, weekOf(3, magnesiumFood(200))
                        .take("20:00", magnesium(1, 300)).build(), List.of(i)),

                // 8. a K2 food on fewer than 3 of the week's days with food
                arguments("K2 food on 2 of 3 days", k2Food, Day.of().eat("12:00", plain)
                        .after(Day.on(DAY.minusDays(1)).eat("12:00", food("k", "Cheese", Map.of(Nutrient.VITAMIN_K2,
                                5.0))), Day.on(DAY.minusDays(2)).eat("12:00", food("k", "Cheese",
                                Map.of(Nutrient.VITAMIN_K2, 5.0)))).build(), List.of(i)),
                arguments("K2 food on 3 of 3 days", k2Food, weekOf(3, food("k", "Cheese",
                        Map.of(Nutrient.VITAMIN_K2, 5.0))).build(), List.of()),
                arguments("K2 food days older than a week", k2Food, weekOf(3, plain)
                        .after(Day.on(DAY.minusDays(7)).eat("12:00", food("k", "Cheese", Map.of(Nutrient.VITAMIN_K2,
                                5.0))), Day.on(DAY.minusDays(8)).eat("12:00", food("k", "Cheese",
                                Map.of(Nutrient.VITAMIN_K2, 5.0))), Day.on(DAY.minusDays(9)).eat("12:00",
                                food("k", "Cheese", Map.of(Nutrient.VITAMIN_K2, 5.0)))).build(), List.of(i)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleOnEachSideOfItsThreshold(String name, String ruleId, DayIntake day, List<Severity> expected) {
        List<Severity> found = ENGINE.evaluate(day).stream().filter(f -> f.ruleId().equals(ruleId))
                .map(Finding::severity).toList();
        assertThat(found).as(name).isEqualTo(expected);
    }

    @Test
    void theRichestFoodsAreThoseLoggedFromTheTableRichestFirstWithoutOnesOwnFoods() {
        Food almond = food("15000", "Almond", Map.of(Nutrient.MAGNESIUM, 270.0));
        Food spinach = food("20000", "Spinach", Map.of(Nutrient.MAGNESIUM, 60.0));
        Food bread = food("7000", "Bread", Map.of(Nutrient.MAGNESIUM, 30.0));
        Food rice = food("9000", "Rice", Map.of(Nutrient.MAGNESIUM, 10.0));
        Food own = new Food(Food.customCode(1), "Mine", "Mine", null, false,
                Map.of(Nutrient.MAGNESIUM, new NutrientAmount.Measured(500)));
        DayIntake day = Day.of().eat("12:00", rice).eat("13:00", own)
                .after(Day.on(DAY.minusDays(1)).eat("12:00", bread), Day.on(DAY.minusDays(2)).eat("12:00", spinach),
                        Day.on(DAY.minusDays(20)).eat("12:00", almond)).build();

        Finding finding = ENGINE.evaluate(day).stream().filter(f -> f.ruleId().equals(FoodSourcesRules.Magnesium.ID))
                .findFirst().orElseThrow();

        RichestFoods richest = (RichestFoods) finding.args().get(3);
        assertThat(richest.foods()).containsExactly(almond, spinach, bread);
        String english = new Messages(Language.ENGLISH).get(finding.messageKey(), finding.args().toArray());
        assertThat(english).contains("Almond (270 mg/100 g); Spinach (60 mg/100 g); Bread (30 mg/100 g)")
                .contains("pumpkin seeds").contains("375 mg reference");
        String french = new Messages(Language.FRENCH).get(finding.messageKey(), finding.args().toArray());
        assertThat(french).contains("Almond (fr) (270 mg/100 g) ; Spinach (fr)").contains("graines de courge");
    }

    @Test
    void aNewProductAboveTwoHundredMilligramsPerUnitGetsTheNoteAsItIsSaved() {
        assertThat(AdviceRules.MagnesiumStart.forNewProduct(magnesium(1, 200), DAY)).isEmpty();
        assertThat(AdviceRules.MagnesiumStart.forNewProduct(vitaminD("D3"), DAY)).isEmpty();
        Finding note = AdviceRules.MagnesiumStart.forNewProduct(magnesium(1, 200.5), DAY).orElseThrow();
        assertThat(note.ruleId()).isEqualTo(AdviceRules.MagnesiumStart.ID);
        assertThat(note.severity()).isEqualTo(Severity.INFO);
        assertThat(note.fact()).isEqualTo(Fact.MG_SUPPLEMENT_START_100_200);
        assertThat(new Messages(Language.ENGLISH).get(note.messageKey(), note.args().toArray()))
                .startsWith("The new product Mg 1 gives 200.5 mg of magnesium per unit.").contains("100–200 mg");
        assertThat(new Messages(Language.FRENCH).get(note.messageKey(), note.args().toArray()))
                .startsWith("Le nouveau produit Mg 1 apporte 200,5 mg de magnésium par unité.")
                .contains("100–200 mg");
    }

    @Test
    void aNewProtocolPlanningAboveTwoHundredMilligramsADayGetsTheNoteAsItIsSaved() {
        LocalTime evening = LocalTime.of(20, 0);
        assertThat(AdviceRules.MagnesiumStart.forNewProtocol("P", DAY, List.of(
                new TimedSupplement(evening, magnesium(1, 100), 2)))).isEmpty();
        assertThat(AdviceRules.MagnesiumStart.forNewProtocol("P", DAY, List.of(
                new TimedSupplement(evening, magnesium(1, 300), 0)))).as("no unit planned").isEmpty();
        Finding note = AdviceRules.MagnesiumStart.forNewProtocol("Soir", DAY, List.of(
                new TimedSupplement(evening, magnesium(1, 100), 1),
                new TimedSupplement(LocalTime.of(8, 0), magnesium(2, 101), 1))).orElseThrow();
        assertThat(note.day()).isEqualTo(DAY);
        // The same words as on the protocol's first days.
        Finding onDayOne = ENGINE.evaluate(Day.of().plan("Soir", 1, magnesium(1, 201), 1).build()).stream()
                .filter(f -> f.ruleId().equals(AdviceRules.MagnesiumStart.ID)).findFirst().orElseThrow();
        assertThat(note).isEqualTo(onDayOne);
    }

    @Test
    void infoFindingsComeAfterWarningsOnTheDay() {
        DayIntake day = Day.of().plan("P", 1, magnesium(1, 300), 1).eat("12:00", food("c", "Cheese",
                Map.of(Nutrient.CALCIUM, 1000.0, Nutrient.MAGNESIUM, 100.0))).build();

        List<Finding> findings = ENGINE.evaluate(day);

        assertThat(findings).extracting(Finding::ruleId).contains(PlannedHighDoseRule.ID,
                AdviceRules.MagnesiumStart.ID, AdviceRules.CalciumAgainstMagnesium.ID);
        assertThat(findings.get(0).ruleId()).isEqualTo(PlannedHighDoseRule.ID);
        assertThat(findings.stream().map(Finding::severity).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theReadingsAreSaidInBothLanguages() {
        DayIntake day = Day.of().eat("12:00", food("c", "Cheese",
                Map.of(Nutrient.CALCIUM, 1000.0, Nutrient.MAGNESIUM, 300.0))).plan("Soir", 2, magnesium(1, 300), 1)
                .take("14:00", vitaminD("Vitamine D2")).build();
        List<Finding> findings = ENGINE.evaluate(day);
        for (Language language : Language.values()) {
            Messages messages = new Messages(language);
            for (Finding finding : findings) {
                String text = messages.get(finding.messageKey(), finding.args().toArray());
                assertThat(text).as(finding.ruleId()).doesNotStartWith("!");
                assertThat(messages.get(finding.titleKey())).doesNotStartWith("!");
                PeriodFinding group = PeriodFinding.group(List.of(finding)).get(0);
                assertThat(messages.get(group.periodKey(), group.periodArgs("10/03"))).doesNotStartWith("!");
            }
            String ratio = messages.get("guidance." + AdviceRules.CalciumAgainstMagnesium.ID,
                    findings.stream().filter(f -> f.ruleId().equals(AdviceRules.CalciumAgainstMagnesium.ID))
                            .findFirst().orElseThrow().args().toArray());
            assertThat(ratio).contains(language == Language.FRENCH ? "2,1 fois" : "2.1 times");
            String ask = messages.get("guidance." + PlannedHighDoseRule.ID, findings.stream()
                    .filter(f -> f.ruleId().equals(PlannedHighDoseRule.ID)).findFirst().orElseThrow().args()
                    .toArray());
            assertThat(ask).contains("Soir").contains(language == Language.FRENCH ? "demandez-le d’abord"
                    : "ask one first");
        }
    }
}
