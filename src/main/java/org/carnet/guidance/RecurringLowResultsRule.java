package org.carnet.guidance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabTest;

/**
 * SEE_PRO_RECURRING_LOW: potassium or calcium below the laboratory's own range on {@link #RECURRING_RESULTS} or more
 * results within {@link #SPAN_DAYS} days (the last on or before the day read) → WARNING, on the day of the latest
 * low result. The source (SEE_PRO_OTHER_SIGNS) says "recurring" without a figure: two low results within a year is
 * Carnet's reading, said in the message. One finding per test. Args: {0} the test (0 potassium, 1 calcium), {1} low results,
 * {2} the span in days, {3} the reading's count.
 */
public final class RecurringLowResultsRule {
    public static final String ID = "SEE_PRO_RECURRING_LOW";
    /** "Recurring": at least this many results below the laboratory's range ... */
    public static final int RECURRING_RESULTS = 2;
    /** ... within this many days. */
    public static final int SPAN_DAYS = 365;
    private static final List<LabTest> TESTS = List.of(LabTest.POTASSIUM, LabTest.CALCIUM);

    private RecurringLowResultsRule() {
    }

    public static List<Finding> evaluate(List<LabResult> results, LocalDate to) {
        List<Finding> findings = new ArrayList<>();
        LocalDate first = to.minusDays(SPAN_DAYS - 1L);
        for (LabTest test : TESTS) {
            List<LabResult> low = results.stream()
                    .filter(r -> r.test() == test && r.belowRange())
                    .filter(r -> !r.takenOn().isBefore(first) && !r.takenOn().isAfter(to))
                    .sorted(java.util.Comparator.comparing(LabResult::takenOn)).toList();
            if (low.size() >= RECURRING_RESULTS) {
                findings.add(new Finding(ID, Severity.WARNING, low.get(low.size() - 1).takenOn(),
                        Fact.SEE_PRO_OTHER_SIGNS, List.of(TESTS.indexOf(test), low.size(), SPAN_DAYS, RECURRING_RESULTS)));
            }
        }
        return findings;
    }
}
