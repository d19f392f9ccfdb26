package org.carnet.guidance;

/** How prominently a finding is shown. Declared from least to most prominent; warnings are listed first. */
public enum Severity {
    /** Something the sources mention, worth knowing. */
    INFO,
    /** A reference the day's log comes close to or goes against; worth a look. */
    CAUTION,
    /** A threshold of the sources crossed; shown first, on the day and in every summary. */
    WARNING
}
