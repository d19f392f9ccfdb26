package org.carnet.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.carnet.guidance.Fact;
import org.carnet.guidance.Finding;
import org.carnet.guidance.OtherSignsRules;
import org.carnet.guidance.Severity;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabUnit;
import org.carnet.report.ReportData;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;

/** The summary's results block and the SEE_PRO_OTHER_SIGNS findings, read back from the PDF in both languages. */
class SummarySignsAndResultsTest {
    private static final LocalDate DAY = SummaryPdfTest.START.plusDays(9);

    private static ReportData with(List<Finding> findings, List<LabResult> results) {
        ReportData t = SummaryPdfTest.typical();
        return new ReportData(t.header(), t.redFlags(), t.protocol(), t.symptoms(), t.chart(), t.palpitations(),
                t.supplements(), t.medications(), findings, t.toDiscuss(), t.effects(), results);
    }

    private static final List<LabResult> RESULTS = List.of(
            new LabResult(1L, LabTest.POTASSIUM, DAY, 3.2, LabUnit.MMOL_L, 3.5, 5.1),
            new LabResult(2L, LabTest.VITAMIN_D_25OH, DAY, 32.5, LabUnit.NG_ML, 30.0, null));

    private static final List<Finding> SIGNS = List.of(
            new Finding(OtherSignsRules.FrequentHeadache.ID, Severity.WARNING, DAY, Fact.SEE_PRO_OTHER_SIGNS,
                    List.of(5L, 30, 4)),
            new Finding(OtherSignsRules.WeightLoss.ID, Severity.WARNING, DAY, Fact.SEE_PRO_OTHER_SIGNS,
                    List.of(6.0, 75.2, 80.0, 30, 5.0)));

    @Test
    void theEnglishSummaryStatesTheResultsAgainstTheLaboratoryRangeAndTheSigns() throws Exception {
        String text = SummaryPdfTest.text(SummaryPdf.write(with(SIGNS, RESULTS), new Messages(Language.ENGLISH)));
        assertThat(text).contains("Laboratory results, as logged",
                "Potassium: 3.2 mmol/L on", "(laboratory range 3.5–5.1 mmol/L) — below the laboratory’s range.",
                "25(OH) vitamin D: 32.5 ng/mL on", "(laboratory range ≥ 30 ng/mL)",
                "Carnet reads “frequent” as 4 days or more out of 30",
                "Carnet reads “weight loss” as 5% or more within 30 days");
        assertThat(text).doesNotContain("32.5 ng/mL on " + DAY + " (laboratory range ≥ 30 ng/mL) — below");
    }

    @Test
    void theFrenchSummarySaysTheSame() throws Exception {
        String text = SummaryPdfTest.text(SummaryPdf.write(with(SIGNS, RESULTS), new Messages(Language.FRENCH)));
        assertThat(text).contains("Résultats d’analyses", "Potassium : 3,2 mmol/L le",
                "(intervalle du laboratoire 3,5–5,1 mmol/L) — sous l’intervalle du laboratoire.",
                "Vitamine D 25(OH) : 32,5 ng/mL le", "Carnet lit « fréquentes » comme 4 jours ou plus sur 30");
    }

    @Test
    void withoutResultsTheBlockIsNotPrinted() throws Exception {
        String text = SummaryPdfTest.text(SummaryPdf.write(with(List.of(), List.of()),
                new Messages(Language.ENGLISH)));
        assertThat(text).doesNotContain("Laboratory results");
    }
}
