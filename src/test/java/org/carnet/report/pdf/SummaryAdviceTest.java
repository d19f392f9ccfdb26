package org.carnet.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.carnet.guidance.AdviceRules;
import org.carnet.guidance.Fact;
import org.carnet.guidance.Finding;
import org.carnet.guidance.FoodSourcesRules;
import org.carnet.guidance.PlannedHighDoseRule;
import org.carnet.guidance.RichestFoods;
import org.carnet.guidance.Severity;
import org.carnet.intake.Food;
import org.carnet.intake.Nutrient;
import org.carnet.intake.NutrientAmount;
import org.carnet.report.ReportData;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;

/** The advice of the sources (INFO) and the planned high dose (WARNING), read back from the summary, EN and FR. */
class SummaryAdviceTest {
    private static final LocalDate DAY = SummaryPdfTest.START.plusDays(9);
    private static final Path OUT = Path.of("target", "summary-advice");

    private static final Food ALMOND = new Food("15000", "Amande", "Almond", "g", false,
            Map.of(Nutrient.MAGNESIUM, new NutrientAmount.Measured(270)));

    private static final List<Finding> FINDINGS = List.of(
            new Finding(AdviceRules.CalciumAgainstMagnesium.ID, Severity.INFO, DAY, Fact.CA_MG_COMPETITION,
                    List.of(1133.0, 320.0, 800.0 / 375, 800.0, 375.0)),
            new Finding(FoodSourcesRules.Magnesium.ID, Severity.INFO, DAY, Fact.MG_FOOD_SOURCES,
                    List.of(295.0, 7, 375.0, new RichestFoods(Nutrient.MAGNESIUM, List.of(ALMOND)), 1)),
            new Finding(AdviceRules.VitaminDWithMeal.ID, Severity.INFO, DAY, Fact.VITD_WITH_MEAL,
                    List.of("Vitamin D3", "08:00", 60)),
            new Finding(PlannedHighDoseRule.ID, Severity.WARNING, DAY, Fact.SEE_PRO_OTHER_SIGNS,
                    List.of(300.0, 250.0, "Evening magnesium")));

    private static String summary(Language language) throws Exception {
        return summary(language, FINDINGS);
    }

    private static String summary(Language language, List<Finding> findings) throws Exception {
        ReportData t = SummaryPdfTest.typical();
        ReportData data = new ReportData(t.header(), t.redFlags(), t.protocol(), t.symptoms(), t.chart(),
                t.palpitations(), t.supplements(), t.medications(), findings, t.toDiscuss(), t.effects(), List.of());
        byte[] pdf = SummaryPdf.write(data, new Messages(language));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("advice-" + language.locale().getLanguage() + findings.size() + ".pdf"), pdf); // to read by hand
        return SummaryPdfTest.text(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void theEnglishSummaryGivesTheAdviceAfterTheWarningWithReadingsAndSources() throws Exception {
        String text = summary(Language.ENGLISH);
        assertThat(text).contains("Planned magnesium above the ceiling: ask first",
                "The protocol “Evening magnesium” plans 300 mg a day from supplements",
                "Carnet reads “high” as more than 2.1 times the magnesium, the ratio of the reference intakes (800 : 375 mg)",
                "Richest of the foods logged: Almond (270 mg/100 g)",
                "Vitamin D3 logged at 08:00 with no food within 60 minutes",
                "section V « Interactions nutritionnelles »", "section 2 « Corriger par l’assiette »");
        assertThat(text.indexOf("Planned magnesium above the ceiling")).isLessThan(text.indexOf("Calcium high"));
    }

    @Test
    void inFrenchATightPageKeepsEachAdviceWholeInSmallerTypeAfterTheWarning() throws Exception {
        // Before the advice is gathered into one paragraph (title, days, source), the text is set a little
        // smaller: here that is enough, and each advice keeps its reading and its source.
        String text = summary(Language.FRENCH);
        assertThat(text).contains("⚠ Magnésium prévu au-dessus du plafond : demandez d’abord",
                "Le protocole « Evening magnesium » prévoit 300 mg par jour en compléments",
                "Calcium élevé face au magnésium (le 12/02/2026) : 1 133 mg de calcium face à 320 mg de magnésium",
                "Carnet lit « élevé » comme plus de 2,1 fois le magnésium",
                "section V « Interactions nutritionnelles »",
                "Vitamine D loin d’un repas").doesNotContain("Conseils des sources (détails dans Carnet)");
        assertThat(text.indexOf("Magnésium prévu")).isLessThan(text.indexOf("Calcium élevé"));
    }

    @Test
    void inFrenchWithRoomTheAdviceSaysItsReadingAndTheFoods() throws Exception {
        String text = summary(Language.FRENCH, FINDINGS.subList(0, 2));
        assertThat(text).contains("Carnet lit « élevé » comme plus de 2,1 fois le magnésium",
                "Le plus riche des aliments notés : Amande (270 mg/100 g)",
                "section V « Interactions nutritionnelles »");
    }
}
