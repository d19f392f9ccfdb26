package org.carnet.labs;

/** The units laboratory reports give these tests in. */
public enum LabUnit {
    MMOL_L("mmol/L"),
    MEQ_L("mEq/L"),
    MG_DL("mg/dL"),
    NG_ML("ng/mL"),
    NMOL_L("nmol/L"),
    PG_ML("pg/mL");

    private final String symbol;

    LabUnit(String symbol) {
        this.symbol = symbol;
    }

    /** As printed on a report; the same in every language. */
    public String symbol() {
        return symbol;
    }
}
