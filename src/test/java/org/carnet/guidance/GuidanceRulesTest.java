package org.carnet.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.carnet.guidance.DayIntake.TimedMedication;
import org.carnet.guidance.DayIntake.TimedSupplement;
import org.carnet.intake.DailyTotals;
import org.carnet.intake.Food;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.Nutrient;
import org.carnet.intake.NutrientAmount;
import org.carnet.intake.NutrientTotal;
import org.carnet.intake.Product;
import org.carnet.journal.Digestion;
import org.carnet.profile.Profile;
import org.carnet.profile.RiskFactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule on both sides of its thresholds, then the engine's order over a day and a period. */
class GuidanceRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final GuidanceEngine ENGINE = GuidanceEngine.standard();

    // ---- products, medications, foods ------------------------------------------------------------------------

    private static Product magnesium(String name, MagnesiumForm form, double mg) {
        return new Product(null, name, form, mg, null, null, null, null);
    }

    private static Product magnesium(double mg) {
        return magnesium("Mg bisglycinate", MagnesiumForm.BISGLYCINATE, mg);
    }

    private static Product calcium(double mg, Double k2Micrograms) {
        return new Product(null, "Calcium", null, null, null, k2Micrograms, null, mg);
    }

    private static Product k2(double micrograms) {
        return new Product(null, "K2 MK-7", null, null, null, micrograms, null, null);
    }

    private static Product vitaminD(double micrograms) {
        return new Product(null, "D3", null, null, micrograms, null, null, null);
    }

    private static Medication medication(String name, MedicationClass medicationClass) {
        return new Medication(null, name, medicationClass);
    }

    private static Food food(Nutrient nutrient, double per100g) {
        return new Food("test", "aliment", "food", "test", false,
                Map.of(nutrient, new NutrientAmount.Measured(per100g)));
    }

    // ---- a day, built up fluently ----------------------------------------------------------------------------

    private static final class Day {
        LocalDate date = DAY;
        final List<TimedSupplement> supplements = new ArrayList<>();
        final List<TimedMedication> medications = new ArrayList<>();
        final List<DailyTotals.FoodPortion> foods = new ArrayList<>();
        Digestion digestion;
        Profile profile = Profile.empty();

        static Day of() {
            return new Day();
        }

        Day on(LocalDate newDate) {
            date = newDate;
            return this;
        }

        Day take(String time, Product product) {
            return take(time, product, 1);
        }

        Day take(String time, Product product, double units) {
            supplements.add(new TimedSupplement(time == null ? null : LocalTime.parse(time), product, units));
            return this;
        }

        Day medicate(String time, Medication medication) {
            medications.add(new TimedMedication(time == null ? null : LocalTime.parse(time), medication));
            return this;
        }

        Day eat(Food food, double grams) {
            foods.add(new DailyTotals.FoodPortion(food, grams));
            return this;
        }

        Day digestion(Digestion value) {
            digestion = value;
            return this;
        }

        Day profile(RiskFactor... factors) {
            profile = new Profile(null, null, factors.length == 0 ? Set.of() : EnumSet.of(factors[0], factors));
            return this;
        }

        DayIntake build() {
            List<DailyTotals.ProductDose> doses = supplements.stream()
                    .map(s -> new DailyTotals.ProductDose(s.product(), s.units())).toList();
            return new DayIntake(date, supplements, medications, DailyTotals.of(foods, doses), digestion, profile);
        }
    }

    private static DayIntake withTotal(Nutrient nutrient, double food, double supplements, Day day) {
        DayIntake built = day.build();
        DailyTotals totals = new DailyTotals(Map.of(nutrient, new NutrientTotal(food, supplements, 0, 0)));
        return new DayIntake(built.day(), built.supplements(), built.medications(), totals, built.digestion(),
                built.profile());
    }

    // ---- the table ---------------------------------------------------------------------------------------------

    /** Case name, rule under test, the day, the severities that rule must report (empty: nothing). */
    static Stream<Arguments> cases() {
        Medication levothyroxine = medication("Levothyrox", MedicationClass.LEVOTHYROXINE);
        Product mg100 = magnesium(100);
        Product d3 = vitaminD(25);
        String ceiling = MagnesiumCeilingRule.ID;
        String spacing = MagnesiumSpacingRule.ID;
        String oxide = MagnesiumOxideDiarrhoeaRule.ID;
        String calciumK2 = CalciumWithoutK2Rule.ID;
        String calciumUl = CalciumUpperLevelRule.ID;
        String dWithoutMg = VitaminDWithoutMagnesiumRule.ID;
        String dUl = VitaminDUpperLevelRule.ID;
        String morning = MagnesiumMorningOnlyRule.ID;
        String profile = ProfileSeeProfessionalRule.ID;
        Severity w = Severity.WARNING;
        Severity c = Severity.CAUTION;
        Severity i = Severity.INFO;
        return Stream.of(
                // 1. supplemental magnesium ceiling: 250 mg is not over
                arguments("Mg 249 mg", ceiling, Day.of().take("20:00", magnesium(249)).build(), List.of()),
                arguments("Mg 250 mg", ceiling, Day.of().take("20:00", magnesium(250)).build(), List.of()),
                arguments("Mg 251 mg", ceiling, Day.of().take("20:00", magnesium(251)).build(), List.of(w)),
                arguments("Mg 2 × 125.5 mg", ceiling, Day.of().take("08:00", magnesium(125.5))
                        .take("20:00", magnesium(125.5)).build(), List.of(w)),
                arguments("Mg 2.5 units × 100 mg", ceiling, Day.of().take("20:00", mg100, 2.5).build(), List.of()),
                arguments("Mg food not counted", ceiling, Day.of().take("20:00", magnesium(200))
                        .eat(food(Nutrient.MAGNESIUM, 500), 200).build(), List.of()),
                arguments("Mg 0 units", ceiling, Day.of().take("20:00", magnesium(400), 0).build(), List.of()),

                // 2. spacing from levothyroxine & co, medication first then supplement first
                arguments("spacing 1h59 med first", spacing, Day.of().medicate("07:00", levothyroxine)
                        .take("08:59", mg100).build(), List.of(w)),
                arguments("spacing 2h00 med first", spacing, Day.of().medicate("07:00", levothyroxine)
                        .take("09:00", mg100).build(), List.of(c)),
                arguments("spacing 3h59 med first", spacing, Day.of().medicate("07:00", levothyroxine)
                        .take("10:59", mg100).build(), List.of(c)),
                arguments("spacing 4h00 med first", spacing, Day.of().medicate("07:00", levothyroxine)
                        .take("11:00", mg100).build(), List.of()),
                arguments("spacing 1h59 Mg first", spacing, Day.of().take("07:00", mg100)
                        .medicate("08:59", levothyroxine).build(), List.of(w)),
                arguments("spacing 2h00 Mg first", spacing, Day.of().take("07:00", mg100)
                        .medicate("09:00", levothyroxine).build(), List.of(c)),
                arguments("spacing 3h59 Mg first", spacing, Day.of().take("07:00", mg100)
                        .medicate("10:59", levothyroxine).build(), List.of(c)),
                arguments("spacing 4h00 Mg first", spacing, Day.of().take("07:00", mg100)
                        .medicate("11:00", levothyroxine).build(), List.of()),
                arguments("spacing same minute", spacing, Day.of().take("07:00", mg100)
                        .medicate("07:00", levothyroxine).build(), List.of(w)),
                arguments("spacing tetracycline", spacing, Day.of().take("07:00", mg100)
                        .medicate("07:30", medication("Doxy", MedicationClass.TETRACYCLINE)).build(), List.of(w)),
                arguments("spacing quinolone", spacing, Day.of().take("07:00", mg100)
                        .medicate("07:30", medication("Cipro", MedicationClass.QUINOLONE)).build(), List.of(w)),
                arguments("spacing bisphosphonate", spacing, Day.of().take("07:00", mg100)
                        .medicate("07:30", medication("Alendronate", MedicationClass.BISPHOSPHONATE)).build(),
                        List.of(w)),
                arguments("spacing not for a PPI", spacing, Day.of().take("07:00", mg100)
                        .medicate("07:30", medication("Oméprazole", MedicationClass.PROTON_PUMP_INHIBITOR)).build(),
                        List.of()),
                arguments("spacing not for other", spacing, Day.of().take("07:00", mg100)
                        .medicate("07:30", medication("X", MedicationClass.OTHER)).build(), List.of()),
                arguments("spacing class unknown", spacing, Day.of().take("07:00", mg100)
                        .medicate("07:30", medication("X", null)).build(), List.of()),
                arguments("spacing no magnesium in product", spacing, Day.of().take("07:00", d3)
                        .medicate("07:30", levothyroxine).build(), List.of()),
                arguments("spacing time unknown", spacing, Day.of().take(null, mg100)
                        .medicate("07:30", levothyroxine).build(), List.of()),
                arguments("spacing two products, two findings", spacing, Day.of().medicate("07:00", levothyroxine)
                        .take("08:00", mg100).take("10:00", magnesium("Mg citrate", MagnesiumForm.CITRATE, 50))
                        .build(), List.of(w, c)),
                arguments("spacing same product twice, closest kept", spacing, Day.of()
                        .medicate("07:00", levothyroxine).take("08:00", mg100).take("10:00", mg100).build(),
                        List.of(w)),

                // 3. oxide with diarrhoea
                arguments("oxide + diarrhoea", oxide, Day.of().take("20:00", magnesium("Mg oxyde", MagnesiumForm.OXIDE,
                        150)).digestion(Digestion.DIARRHOEA).build(), List.of(c)),
                arguments("oxide + normal", oxide, Day.of().take("20:00", magnesium("Mg oxyde", MagnesiumForm.OXIDE,
                        150)).digestion(Digestion.NORMAL).build(), List.of()),
                arguments("oxide + digestion unknown", oxide, Day.of().take("20:00", magnesium("Mg oxyde",
                        MagnesiumForm.OXIDE, 150)).build(), List.of()),
                arguments("citrate + diarrhoea", oxide, Day.of().take("20:00", magnesium("Mg citrate",
                        MagnesiumForm.CITRATE, 150)).digestion(Digestion.DIARRHOEA).build(), List.of()),

                // 4. calcium supplement without K2
                arguments("Ca 399 mg no K2", calciumK2, Day.of().take("12:00", calcium(399, null)).build(), List.of()),
                arguments("Ca 400 mg no K2", calciumK2, Day.of().take("12:00", calcium(400, null)).build(), List.of(c)),
                arguments("Ca 400 mg + K2 product", calciumK2, Day.of().take("12:00", calcium(400, null))
                        .take("12:00", k2(75)).build(), List.of()),
                arguments("Ca 400 mg with K2 in it", calciumK2, Day.of().take("12:00", calcium(400, 45.0)).build(),
                        List.of()),
                arguments("Ca 2 × 200 mg no K2", calciumK2, Day.of().take("08:00", calcium(200, null))
                        .take("20:00", calcium(200, null)).build(), List.of(c)),
                arguments("Ca from food only", calciumK2, Day.of().eat(food(Nutrient.CALCIUM, 1000), 100).build(),
                        List.of()),

                // 5. calcium upper level, food + supplements
                arguments("Ca total 2500", calciumUl, withTotal(Nutrient.CALCIUM, 2000, 500, Day.of()), List.of()),
                arguments("Ca total 2501", calciumUl, withTotal(Nutrient.CALCIUM, 2001, 500, Day.of()), List.of(w)),
                arguments("Ca 2501 from food and a product", calciumUl, Day.of().eat(food(Nutrient.CALCIUM, 1000), 201)
                        .take("12:00", calcium(491, 10.0)).build(), List.of(w)),

                // 6. vitamin D above 50 µg without a magnesium supplement
                arguments("D 50 µg no Mg", dWithoutMg, withTotal(Nutrient.VITAMIN_D, 0, 50, Day.of()), List.of()),
                arguments("D 50.1 µg no Mg", dWithoutMg, withTotal(Nutrient.VITAMIN_D, 0.1, 50, Day.of()), List.of(i)),
                arguments("D 50.1 µg with Mg", dWithoutMg, withTotal(Nutrient.VITAMIN_D, 0.1, 50,
                        Day.of().take("20:00", mg100)), List.of()),
                arguments("D 75 µg from products", dWithoutMg, Day.of().take("12:00", d3, 3).build(), List.of(i)),

                // 7. vitamin D upper level
                arguments("D 100 µg", dUl, withTotal(Nutrient.VITAMIN_D, 0, 100, Day.of()), List.of()),
                arguments("D 100.1 µg", dUl, withTotal(Nutrient.VITAMIN_D, 0.1, 100, Day.of()), List.of(w)),
                arguments("D 5 × 25 µg", dUl, Day.of().take("12:00", d3, 5).build(), List.of(w)),

                // 8. magnesium only in the morning
                arguments("Mg at 11:59", morning, Day.of().take("11:59", mg100).build(), List.of(i)),
                arguments("Mg at 12:00", morning, Day.of().take("12:00", mg100).build(), List.of()),
                arguments("Mg at 08:00 and 20:00", morning, Day.of().take("08:00", mg100).take("20:00", mg100).build(),
                        List.of()),
                arguments("Mg at 07:00 and 11:00", morning, Day.of().take("07:00", mg100).take("11:00", mg100).build(),
                        List.of(i)),
                arguments("Mg time unknown", morning, Day.of().take("08:00", mg100).take(null, mg100).build(),
                        List.of()),
                arguments("no Mg, D3 in the morning", morning, Day.of().take("08:00", d3).build(), List.of()),

                // 9. profile calling for a professional, on a day with a supplement
                arguments("pregnancy", profile, Day.of().take("20:00", mg100)
                        .profile(RiskFactor.PREGNANCY_OR_BREASTFEEDING).build(), List.of(c)),
                arguments("kidney disease", profile, Day.of().take("20:00", mg100)
                        .profile(RiskFactor.KIDNEY_DISEASE).build(), List.of(c)),
                arguments("poorly controlled diabetes", profile, Day.of().take("20:00", mg100)
                        .profile(RiskFactor.POORLY_CONTROLLED_DIABETES).build(), List.of(c)),
                arguments("cancer", profile, Day.of().take("20:00", d3).profile(RiskFactor.CANCER).build(),
                        List.of(c)),
                arguments("one listed medication", profile, Day.of().take("20:00", mg100)
                        .profile(RiskFactor.DIURETICS).build(), List.of()),
                arguments("two listed medications", profile, Day.of().take("20:00", mg100)
                        .profile(RiskFactor.DIURETICS, RiskFactor.PROTON_PUMP_INHIBITORS).build(), List.of(c)),
                arguments("digitalis + PPI", profile, Day.of().take("20:00", mg100)
                        .profile(RiskFactor.DIGITALIS, RiskFactor.PROTON_PUMP_INHIBITORS).build(), List.of(c)),
                arguments("other factors only", profile, Day.of().take("20:00", mg100)
                        .profile(RiskFactor.DIGESTIVE_DISEASE, RiskFactor.INTENSE_TRAINING).build(), List.of()),
                arguments("kidney disease, no supplement that day", profile, Day.of()
                        .medicate("08:00", levothyroxine).profile(RiskFactor.KIDNEY_DISEASE).build(), List.of()),
                arguments("empty profile", profile, Day.of().take("20:00", mg100).build(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleReportsOnlyAcrossItsThreshold(String name, String ruleId, DayIntake day, List<Severity> expected) {
        List<Finding> findings = ENGINE.evaluate(day).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(findings).extracting(Finding::severity).as(name).containsExactlyElementsOf(expected);
        Rule rule = ENGINE.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        for (Finding finding : findings) {
            assertThat(finding.fact()).isEqualTo(rule.fact());
            assertThat(finding.day()).isEqualTo(DAY);
        }
    }

    // ---- arguments, facts ------------------------------------------------------------------------------------------

    @Test
    void everyRuleNamesItsFactAndHasAUniqueId() {
        assertThat(ENGINE.rules()).extracting(Rule::id).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                "MG_SUPPLEMENT_CEILING", "MG_SPACING", "MG_OXIDE_DIARRHOEA", "CALCIUM_WITHOUT_K2",
                "CALCIUM_UPPER_LEVEL", "VITD_WITHOUT_MG", "VITD_UPPER_LEVEL", "MG_MORNING_ONLY",
                "PROFILE_SEE_PROFESSIONAL", "SEE_PRO_PERSISTENT_DIARRHOEA", "SEE_PRO_FREQUENT_MIGRAINES",
                "SEE_PRO_SPASMS", "SEE_PRO_WEIGHT_LOSS", "MG_PLANNED_HIGH_DOSE", "MG_START_HIGH",
                "VITD_APART_FROM_MEAL", "K2_APART_FROM_MEAL", "VITD_D2_FORM", "VITD_BELOW_MINIMUM",
                "CA_HIGH_AGAINST_MG", "MG_FOOD_LOW", "K2_FOOD_FEW_DAYS");
        assertThat(ENGINE.rules()).extracting(Rule::fact).containsExactlyInAnyOrder(
                Fact.MG_SUPPLEMENT_CEILING_250, Fact.MG_SPACING_2_4H, Fact.MG_OXIDE_LAXATIVE, Fact.K2_WITH_CALCIUM,
                Fact.CA_UPPER_2500, Fact.VITD_NEEDS_MG, Fact.VITD_UPPER_100, Fact.MG_TIMING_EVENING,
                Fact.SEE_PRO_RISK_PROFILE, Fact.SEE_PRO_OTHER_SIGNS, Fact.SEE_PRO_OTHER_SIGNS,
                Fact.SEE_PRO_OTHER_SIGNS, Fact.SEE_PRO_OTHER_SIGNS, Fact.SEE_PRO_OTHER_SIGNS,
                Fact.MG_SUPPLEMENT_START_100_200, Fact.VITD_WITH_MEAL, Fact.K2_WITH_FAT_MEAL, Fact.VITD_D3_PREFERRED,
                Fact.VITD_EFSA_MIN_5, Fact.CA_MG_COMPETITION, Fact.MG_FOOD_SOURCES, Fact.K2_FOOD_SOURCES);
    }

    @Test
    void ceilingArgsAreTheAmountAndTheCeiling() {
        Finding finding = only(Day.of().take("20:00", magnesium(150), 2).build(), MagnesiumCeilingRule.ID);
        assertThat(finding.args()).containsExactly(300.0, 250.0);
        assertThat(finding.messageKey()).isEqualTo("guidance.MG_SUPPLEMENT_CEILING");
        assertThat(finding.titleKey()).isEqualTo("guidance.title.MG_SUPPLEMENT_CEILING");
    }

    @Test
    void spacingArgsNameTheMedicationTheProductAndTheMinutes() {
        Finding finding = only(Day.of().take("21:10", magnesium(100)).take("21:10", magnesium(100))
                .medicate("20:00", medication("Levothyrox", MedicationClass.LEVOTHYROXINE)).build(),
                MagnesiumSpacingRule.ID);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.args()).containsExactly("Levothyrox", "Mg bisglycinate", 70L, 2L, 4L);
    }

    @Test
    void otherRulesGiveTheirValues() {
        assertThat(only(Day.of().take("20:00", magnesium("Mg oxyde", MagnesiumForm.OXIDE, 150))
                .digestion(Digestion.DIARRHOEA).build(), MagnesiumOxideDiarrhoeaRule.ID).args())
                .containsExactly("Mg oxyde");
        assertThat(only(Day.of().take("08:00", calcium(500, null)).build(), CalciumWithoutK2Rule.ID).args())
                .containsExactly(500.0, 400.0, 800.0);
        assertThat(only(withTotal(Nutrient.CALCIUM, 2000, 600, Day.of()), CalciumUpperLevelRule.ID).args())
                .containsExactly(2600.0, 2500.0);
        assertThat(only(withTotal(Nutrient.VITAMIN_D, 0, 60, Day.of()), VitaminDWithoutMagnesiumRule.ID).args())
                .containsExactly(60.0, 50.0);
        assertThat(only(withTotal(Nutrient.VITAMIN_D, 0, 125, Day.of()), VitaminDUpperLevelRule.ID).args())
                .containsExactly(125.0, 100.0, 4000.0);
        assertThat(only(Day.of().take("07:00", magnesium(100)).take("11:30", magnesium(100)).build(),
                MagnesiumMorningOnlyRule.ID).args()).containsExactly("11:30", "12:00");
    }

    @Test
    void profileArgsAreTheFactorsThatCallForAProfessional() {
        Finding finding = only(Day.of().take("20:00", magnesium(100)).profile(RiskFactor.KIDNEY_DISEASE,
                RiskFactor.DIURETICS, RiskFactor.INTENSE_TRAINING).build(), ProfileSeeProfessionalRule.ID);
        assertThat(finding.args()).containsExactly(1, List.of(RiskFactor.KIDNEY_DISEASE));

        Finding several = only(Day.of().take("20:00", magnesium(100)).profile(RiskFactor.CANCER,
                RiskFactor.DIURETICS, RiskFactor.DIGITALIS).build(), ProfileSeeProfessionalRule.ID);
        assertThat(several.args()).containsExactly(3,
                List.of(RiskFactor.CANCER, RiskFactor.DIURETICS, RiskFactor.DIGITALIS));
    }

    @Test
    void theProfileAloneGivesTheSameFindingWithoutADay() {
        Profile profile = new Profile(null, null, EnumSet.of(RiskFactor.PREGNANCY_OR_BREASTFEEDING));
        Finding alone = ProfileSeeProfessionalRule.evaluateProfile(profile).orElseThrow();
        assertThat(alone.day()).isNull();
        assertThat(alone.severity()).isEqualTo(Severity.CAUTION);
        assertThat(alone.fact()).isEqualTo(Fact.SEE_PRO_RISK_PROFILE);
        Finding onADay = only(Day.of().take("20:00", magnesium(100)).profile(RiskFactor.PREGNANCY_OR_BREASTFEEDING)
                .build(), ProfileSeeProfessionalRule.ID);
        assertThat(new Finding(onADay.ruleId(), onADay.severity(), null, onADay.fact(), onADay.args()))
                .isEqualTo(alone);

        assertThat(ProfileSeeProfessionalRule.evaluateProfile(Profile.empty())).isEmpty();
        assertThat(ProfileSeeProfessionalRule.evaluateProfile(null)).isEmpty();
        assertThat(ProfileSeeProfessionalRule.evaluateProfile(new Profile(null, null,
                EnumSet.of(RiskFactor.PROTON_PUMP_INHIBITORS)))).isEmpty();
    }

    @Test
    void carnetsHighCalciumThresholdIsHalfTheReferenceIntake() {
        assertThat(CalciumWithoutK2Rule.HIGH_CALCIUM_SUPPLEMENT_MG)
                .isEqualTo(CalciumWithoutK2Rule.CALCIUM_REFERENCE_MG / 2);
    }

    @Test
    void aDayWithNothingLoggedFindsNothing() {
        assertThat(ENGINE.evaluate(new DayIntake(DAY, List.of(), List.of(), null, null, null))).isEmpty();
        assertThat(ENGINE.evaluate(Day.of().build())).isEmpty();
    }

    // ---- the engine ------------------------------------------------------------------------------------------------

    @Test
    void warningsComeFirstThenCautionsThenInformation() {
        DayIntake day = Day.of()
                .take("07:00", magnesium("Mg oxyde", MagnesiumForm.OXIDE, 300)) // ceiling W, oxide C, morning I
                .medicate("08:00", medication("Levothyrox", MedicationClass.LEVOTHYROXINE)) // spacing W
                .take("09:00", calcium(500, null)) // calcium without K2 C
                .digestion(Digestion.DIARRHOEA)
                .profile(RiskFactor.KIDNEY_DISEASE) // profile C
                .build();
        assertThat(ENGINE.evaluate(day)).extracting(Finding::ruleId, Finding::severity).containsExactly(
                tuple("MG_SPACING", Severity.WARNING),
                tuple("MG_SUPPLEMENT_CEILING", Severity.WARNING),
                tuple("CALCIUM_WITHOUT_K2", Severity.CAUTION),
                tuple("MG_OXIDE_DIARRHOEA", Severity.CAUTION),
                tuple("PROFILE_SEE_PROFESSIONAL", Severity.CAUTION),
                tuple("MG_MORNING_ONLY", Severity.INFO),
                // 300 mg from a product the day (read alone) has no earlier trace of: "start at 100–200 mg"
                tuple("MG_START_HIGH", Severity.INFO));
    }

    @Test
    void aPeriodListsEveryWarningBeforeAnyCautionThenByDay() {
        LocalDate monday = DAY;
        LocalDate tuesday = DAY.plusDays(1);
        LocalDate wednesday = DAY.plusDays(2);
        DayIntake first = Day.of().on(monday).take("12:00", calcium(450, null)).build(); // C
        DayIntake second = Day.of().on(tuesday).take("20:00", magnesium(300)).build(); // W
        DayIntake third = Day.of().on(wednesday).take("20:00", magnesium(260))
                .take("21:00", calcium(400, null)).build(); // W + C
        DayIntake quiet = Day.of().on(DAY.plusDays(3)).take("20:00", magnesium(100)).build();

        List<Finding> findings = ENGINE.evaluate(List.of(third, quiet, first, second)).stream()
                .filter(f -> f.severity() != Severity.INFO).toList();

        assertThat(findings).extracting(Finding::day, Finding::ruleId).containsExactly(
                tuple(tuesday, "MG_SUPPLEMENT_CEILING"),
                tuple(wednesday, "MG_SUPPLEMENT_CEILING"),
                tuple(monday, "CALCIUM_WITHOUT_K2"),
                tuple(wednesday, "CALCIUM_WITHOUT_K2"));
        assertThat(ENGINE.evaluate(List.of())).isEmpty();
    }

    @Test
    void aFindingWithoutADaySortsAfterDatedOnesOfItsSeverity() {
        Finding dated = new Finding("Z", Severity.CAUTION, DAY, Fact.K2_WITH_CALCIUM, List.of());
        Finding undated = new Finding("A", Severity.CAUTION, null, Fact.SEE_PRO_RISK_PROFILE, List.of());
        Finding warning = new Finding("Z", Severity.WARNING, null, Fact.CA_UPPER_2500, List.of());
        assertThat(Stream.of(undated, dated, warning).sorted(GuidanceEngine.ORDER).toList())
                .containsExactly(warning, dated, undated);
    }

    private static Finding only(DayIntake day, String ruleId) {
        List<Finding> findings = ENGINE.evaluate(day).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(findings).as(ruleId).hasSize(1);
        return findings.get(0);
    }
}
