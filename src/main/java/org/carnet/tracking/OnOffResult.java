package org.carnet.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carnet.journal.DayEntry;

/**
 * Where an on/off plan stands: today's block (index, on or off; -1 once the plan is over or before it starts), the
 * last entry the plan's test reads (the plan's last day plus the question's lag), whether that day has come, and
 * then the exact randomisation test of the declared symptom (null before the end, or when a block has no recorded
 * day). The estimate and its range are the declared {@link Effect}, computed on the same days.
 */
public record OnOffResult(OnOffPlan plan, int todayBlock, boolean todayOn, LocalDate lastEntryDay, boolean complete,
                          RandomisationTest test) {

    static OnOffResult of(Protocol protocol, LocalDate asOf, Map<LocalDate, DayEntry> journal) {
        OnOffPlan plan = protocol.onOff();
        Question question = protocol.question();
        int lag = question == null ? 0 : question.lagDays();
        int block = plan.blockOf(protocol.start(), asOf);
        LocalDate lastEntry = plan.lastDay(protocol.start()).plusDays(lag);
        boolean complete = !asOf.isBefore(lastEntry);
        RandomisationTest test = null;
        if (complete && question != null) {
            List<List<Double>> values = new ArrayList<>();
            for (int b = 0; b < plan.on().size(); b++) {
                List<Double> blockValues = new ArrayList<>();
                LocalDate first = plan.blockStart(protocol.start(), b).plusDays(lag);
                for (int d = 0; d < plan.blockDays(); d++) {
                    Double value = Measure.valueOn(question.symptom(), journal, first.plusDays(d));
                    if (value != null) {
                        blockValues.add(value);
                    }
                }
                values.add(blockValues);
            }
            test = RandomisationTest.of(values, plan.on());
        }
        return new OnOffResult(plan, block, block >= 0 && plan.on().get(block), lastEntry, complete, test);
    }

    /** Days left in today's block, today included; 0 outside the plan. */
    public int daysLeftInBlock(LocalDate start, LocalDate today) {
        if (todayBlock < 0) {
            return 0;
        }
        LocalDate next = plan.blockStart(start, todayBlock + 1);
        return (int) java.time.temporal.ChronoUnit.DAYS.between(today, next);
    }
}
