package org.carnet.guidance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.carnet.guidance.DayIntake.TimedSupplement;
import org.carnet.intake.MagnesiumForm;
import org.carnet.journal.Digestion;

/**
 * MG_OXIDE_DIARRHOEA: a magnesium oxide supplement taken on a day whose check-in records diarrhoea → CAUTION (oxide
 * is the more laxative form). An unrecorded digestion is not diarrhoea. One finding per product. Args: {0} product
 * name.
 */
public final class MagnesiumOxideDiarrhoeaRule implements Rule {
    public static final String ID = "MG_OXIDE_DIARRHOEA";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Fact fact() {
        return Fact.MG_OXIDE_LAXATIVE;
    }

    @Override
    public List<Finding> evaluate(DayIntake day) {
        if (day.digestion() != Digestion.DIARRHOEA) {
            return List.of();
        }
        Set<String> products = new LinkedHashSet<>();
        for (TimedSupplement supplement : Amounts.taken(day)) {
            if (supplement.product().magnesiumForm() == MagnesiumForm.OXIDE) {
                String name = supplement.product().name();
                products.add(name == null ? "" : name);
            }
        }
        return products.stream()
                .map(name -> new Finding(ID, Severity.CAUTION, day.day(), fact(), List.<Object>of(name)))
                .toList();
    }
}
