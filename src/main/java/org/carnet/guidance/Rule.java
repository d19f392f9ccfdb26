package org.carnet.guidance;

import java.util.List;

/**
 * A pure rule: it reads one day's log and reports the references it crosses, naming the fact it rests on. A rule
 * never fires on unknown data (an unrecorded digestion is not diarrhoea, a missing time is not the morning).
 */
public interface Rule {
    String id();

    Fact fact();

    List<Finding> evaluate(DayIntake day);
}
