package org.carnet.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one rule for what a person logs: it happened, so it is never later than now. A day after today is refused,
 * and so is a time of today later than the current minute (a minute of grace for the clock turning while the
 * form is filled in). Every form and every validator asks here, so the check-in, an episode, an intake and a lab
 * result refuse the same moments with the same words ({@value #CODE}).
 */
public final class NotInFuture {
    public static final String CODE = "validation.futureDate";

    private NotInFuture() {
    }

    /** The error for {@code field} when {@code day} is after {@code today}; empty for null (required is elsewhere). */
    public static Optional<FieldError> day(String field, LocalDate day, LocalDate today) {
        return day != null && day.isAfter(today) ? Optional.of(FieldError.of(field, CODE)) : Optional.empty();
    }

    /** The error for {@code field} when {@code at} is later than the minute after {@code now}; empty for null. */
    public static Optional<FieldError> moment(String field, LocalDateTime at, LocalDateTime now) {
        return at != null && at.isAfter(now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1))
                ? Optional.of(FieldError.of(field, CODE)) : Optional.empty();
    }
}
