package org.carnet.guidance;

import java.util.List;
import org.carnet.intake.Nutrient;

/** The reference intakes and upper levels a day's totals are drawn against, each with its source. */
public final class References {

    /**
     * One nutrient's references: the low end of the reference range ({@code target}), its high end if the source
     * gives a range, and an upper level. Nulls where the sources give nothing.
     */
    public record Reference(Nutrient nutrient, boolean supplementsOnly, Double target, Double rangeHigh, Double upper,
                            Fact targetFact, Fact upperFact) {
    }

    /** Magnesium, all sources: 375 mg/day (MG_REFERENCE_375). */
    public static final Reference MAGNESIUM = new Reference(Nutrient.MAGNESIUM, false, 375.0, null, null,
            Fact.MG_REFERENCE_375, null);
    /** Magnesium from supplements: 250 mg/day at most (MG_SUPPLEMENT_CEILING_250). */
    public static final Reference MAGNESIUM_SUPPLEMENTS = new Reference(Nutrient.MAGNESIUM, true, null, null, 250.0,
            null, Fact.MG_SUPPLEMENT_CEILING_250);
    /** Calcium: 800 mg/day reference, 2,500 mg/day upper level (CA_REFERENCE_800, CA_UPPER_2500). */
    public static final Reference CALCIUM = new Reference(Nutrient.CALCIUM, false, 800.0, null, 2500.0,
            Fact.CA_REFERENCE_800, Fact.CA_UPPER_2500);
    /** Vitamin D: 20–50 µg/day for most adults, 100 µg/day upper level (VITD_RANGE_20_50, VITD_UPPER_100). */
    public static final Reference VITAMIN_D = new Reference(Nutrient.VITAMIN_D, false, 20.0, 50.0, 100.0,
            Fact.VITD_RANGE_20_50, Fact.VITD_UPPER_100);
    /** Vitamin K2: no number in the sources; shown as logged, with the advice to pair it with calcium. */
    public static final Reference VITAMIN_K2 = new Reference(Nutrient.VITAMIN_K2, false, null, null, null,
            Fact.K2_WITH_CALCIUM, null);

    public static final List<Reference> DAILY_BARS = List.of(MAGNESIUM, MAGNESIUM_SUPPLEMENTS, CALCIUM, VITAMIN_D,
            VITAMIN_K2);

    private References() {
    }
}
