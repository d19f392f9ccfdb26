package org.carnet.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a rule found on a day: the rule, how prominent it is, the fact (document and section) it rests on and the
 * values its message needs, in the order of the message's {@code {0}}, {@code {1}}… The words are in the bundle
 * under {@link #messageKey()} and {@link #titleKey()}. {@code day} is null only for a finding about the profile
 * alone ({@link ProfileSeeProfessionalRule#evaluateProfile}).
 */
public record Finding(String ruleId, Severity severity, LocalDate day, Fact fact, List<Object> args) {

    public static final String MESSAGE_PREFIX = "guidance.";
    public static final String TITLE_PREFIX = "guidance.title.";

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(fact, "fact");
        args = List.copyOf(args);
    }

    /** The bundle key of the message: {@code guidance.<RULE_ID>}. */
    public String messageKey() {
        return MESSAGE_PREFIX + ruleId;
    }

    /** The bundle key of the short title: {@code guidance.title.<RULE_ID>}. */
    public String titleKey() {
        return TITLE_PREFIX + ruleId;
    }
}
