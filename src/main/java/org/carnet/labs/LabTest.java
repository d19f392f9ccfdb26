package org.carnet.labs;

import java.util.Map;

/**
 * The tests the sources name to discuss with a doctor (TESTS_TO_DISCUSS, K2_CTX_MARKER): red-cell and serum
 * magnesium, potassium, calcium, 25(OH) vitamin D, and CTX. Each is stored in one canonical unit; the other units in
 * common use convert to it by a factor (value in the unit x factor = value in the canonical unit):
 * 25(OH)D 1 ng/mL = 2.496 nmol/L; magnesium 1 mg/dL = 1/2.431 mmol/L; calcium 1 mg/dL = 1/4.008 mmol/L;
 * potassium 1 mEq/L = 1 mmol/L. Red-cell magnesium and CTX are kept in the one unit they are usually given in.
 *
 * <p>{@code typicalHigh} is no reference range (the laboratory's own range is what the summary compares with): it
 * only sizes the check that refuses a typo, a value a thousand times above or below anything a laboratory prints.
 */
public enum LabTest {
    ERYTHROCYTE_MAGNESIUM(LabUnit.MMOL_L, Map.of(LabUnit.MMOL_L, 1.0), 3.0),
    SERUM_MAGNESIUM(LabUnit.MMOL_L, Map.of(LabUnit.MMOL_L, 1.0, LabUnit.MG_DL, 1 / 2.431), 1.1),
    POTASSIUM(LabUnit.MMOL_L, Map.of(LabUnit.MMOL_L, 1.0, LabUnit.MEQ_L, 1.0), 5.5),
    CALCIUM(LabUnit.MMOL_L, Map.of(LabUnit.MMOL_L, 1.0, LabUnit.MG_DL, 1 / 4.008), 2.7),
    VITAMIN_D_25OH(LabUnit.NMOL_L, Map.of(LabUnit.NMOL_L, 1.0, LabUnit.NG_ML, 2.496), 375),
    CTX(LabUnit.PG_ML, Map.of(LabUnit.PG_ML, 1.0), 1000);

    /** How far outside a plausible value a typo is: a thousand times above or below. */
    public static final double IMPLAUSIBLE_FACTOR = 1000;

    private final LabUnit canonical;
    private final Map<LabUnit, Double> toCanonical;
    private final double typicalHigh;

    LabTest(LabUnit canonical, Map<LabUnit, Double> toCanonical, double typicalHigh) {
        this.canonical = canonical;
        this.toCanonical = Map.copyOf(toCanonical);
        this.typicalHigh = typicalHigh;
    }

    public LabUnit canonicalUnit() {
        return canonical;
    }

    /** The units this test is accepted in, the canonical one first. */
    public java.util.List<LabUnit> units() {
        return java.util.Arrays.stream(LabUnit.values()).filter(toCanonical::containsKey)
                .sorted(java.util.Comparator.comparing(u -> u != canonical)).toList();
    }

    public boolean accepts(LabUnit unit) {
        return unit != null && toCanonical.containsKey(unit);
    }

    /** {@code value} in {@code unit} turned into the canonical unit. */
    public double toCanonical(double value, LabUnit unit) {
        return value * factor(unit);
    }

    /** A canonical value turned back into {@code unit}. */
    public double fromCanonical(double canonicalValue, LabUnit unit) {
        return canonicalValue / factor(unit);
    }

    /**
     * True for a canonical value a thousand times above the typical top of the range, or a thousand times below a
     * thousandth of it (0 included): no laboratory prints such a value, a typo or a wrong unit does.
     */
    public boolean implausible(double canonicalValue) {
        return canonicalValue > typicalHigh * IMPLAUSIBLE_FACTOR || canonicalValue < typicalHigh / IMPLAUSIBLE_FACTOR
                / IMPLAUSIBLE_FACTOR;
    }

    private double factor(LabUnit unit) {
        Double factor = toCanonical.get(unit);
        if (factor == null) {
            throw new IllegalArgumentException(unit + " is not a unit of " + this);
        }
        return factor;
    }
}
