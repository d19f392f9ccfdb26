package org.carnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportClassesTest {
    @Test
    void everyListedClassExists() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String name : ReportClasses.names()) {
            try {
                Class.forName(name, false, ReportClasses.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(name);
            }
        }
        // Stale names are harmless (skipped) but mean the list should be written again: bench/report-classes.sh.
        assertThat(missing).as("classes listed in report-classes.txt that do not exist").isEmpty();
    }

    @Test
    void theListHoldsH2sTheReportsDataAndPdfClassesOnceEach() throws Exception {
        List<String> names = ReportClasses.names();
        assertThat(names).contains("org.carnet.guidance.GuidanceEngine", "org.carnet.tracking.TrackingAnalysis",
                "org.carnet.report.ReportBuilder", "org.h2.engine.Database", "org.apache.pdfbox.pdfwriter.COSWriter");
        assertThat(names).doesNotHaveDuplicates().noneMatch(n -> n.startsWith("#") || n.isBlank()
                || n.contains("$$Lambda"));
    }

    @Test
    void linkingRunsNoStaticInitialiserAndSkipsWhatIsNotThere() {
        int found = ReportClasses.link(List.of(Initialised.class.getName(), "org.carnet.NoSuchClass"),
                ReportClassesTest.class.getClassLoader());
        assertThat(found).isEqualTo(1);
        assertThat(INITIALISED).isFalse();
        assertThat(Initialised.VALUE).isEqualTo(1);  // first use initialises it, as always
        assertThat(INITIALISED).isTrue();
    }

    @Test
    void theWholeListLinks() throws Exception {
        assertThat(ReportClasses.link()).isEqualTo(ReportClasses.names().size());
    }

    private static volatile boolean INITIALISED;

    static final class Initialised {
        static final int VALUE = initialise();

        private static int initialise() {
            INITIALISED = true;
            return 1;
        }
    }
}
