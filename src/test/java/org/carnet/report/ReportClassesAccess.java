package org.carnet.report;

import java.io.IOException;
import java.util.List;

/** The list of {@link ReportClasses}, for tests of other packages. */
public final class ReportClassesAccess {
    private ReportClassesAccess() {
    }

    public static List<String> names() throws IOException {
        return ReportClasses.names();
    }
}
