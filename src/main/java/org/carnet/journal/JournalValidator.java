package org.carnet.journal;

import static org.carnet.journal.JournalLimits.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.carnet.core.TextLength;
import org.carnet.core.FieldError;
import org.carnet.core.NotInFuture;
import org.carnet.core.NumberInput;

/**
 * Checks a whole check-in or episode before it is stored. The forms check each field as it is typed; this is
 * the last word, so that nothing out of range reaches the database whatever the caller.
 */
public final class JournalValidator {
    public static final String FUTURE_DATE = NotInFuture.CODE;
    public static final String REQUIRED = "validation.required";
    public static final String TOO_LONG = "validation.tooLong";
    public static final String NOT_FOR_CRAMPS = "validation.palpitationOnly";
    public static final String SEVERITY_WITHOUT_HEADACHE = "validation.headacheSeverityWithoutHeadache";
    public static final String UNKNOWN_OWN_SYMPTOM = "validation.ownSymptom.unknown";

    private JournalValidator() {
    }

    public static List<FieldError> validate(CheckIn checkIn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (checkIn.day() == null) {
            errors.add(FieldError.of("day", REQUIRED));
        } else {
            NotInFuture.day("day", checkIn.day(), today).ifPresent(errors::add);
        }
        range(errors, "crampCount", checkIn.crampCount(), 0, MAX_EPISODES_PER_DAY);
        range(errors, "crampWorstSeverity", checkIn.crampWorstSeverity(), SCALE_MIN, SCALE_MAX);
        range(errors, "sleepQuality", checkIn.sleepQuality(), SLEEP_QUALITY_MIN, SLEEP_QUALITY_MAX);
        Double hours = checkIn.sleepHours();
        if (hours != null && (hours.isNaN() || hours < 0 || hours > SLEEP_HOURS_MAX)) {
            errors.add(FieldError.of("sleepHours", NumberInput.OUT_OF_RANGE, 0, (int) SLEEP_HOURS_MAX));
        } else if (hours != null
                && java.math.BigDecimal.valueOf(hours).stripTrailingZeros().scale() > SLEEP_HOURS_DECIMALS) {
            errors.add(FieldError.of("sleepHours", NumberInput.TOO_MANY_DECIMALS, SLEEP_HOURS_DECIMALS));
        }
        range(errors, "palpitationCount", checkIn.palpitationCount(), 0, MAX_EPISODES_PER_DAY);
        range(errors, "fatigue", checkIn.fatigue(), SCALE_MIN, SCALE_MAX);
        range(errors, "twitching", checkIn.twitching(), SCALE_MIN, SCALE_MAX);
        range(errors, "irritability", checkIn.irritability(), SCALE_MIN, SCALE_MAX);
        range(errors, "headacheWorstSeverity", checkIn.headacheWorstSeverity(), SCALE_MIN, SCALE_MAX);
        if (checkIn.headacheWorstSeverity() != null && Boolean.FALSE.equals(checkIn.headache())) {
            errors.add(FieldError.of("headacheWorstSeverity", SEVERITY_WITHOUT_HEADACHE));
        }
        range(errors, "noiseLightSensitivity", checkIn.noiseLightSensitivity(), SCALE_MIN, SCALE_MAX);
        Double weight = checkIn.weightKg();
        if (weight != null && (weight.isNaN() || weight < WEIGHT_KG_MIN || weight > WEIGHT_KG_MAX)) {
            errors.add(FieldError.of("weightKg", NumberInput.OUT_OF_RANGE, (int) WEIGHT_KG_MIN, (int) WEIGHT_KG_MAX));
        } else if (weight != null
                && java.math.BigDecimal.valueOf(weight).stripTrailingZeros().scale() > WEIGHT_KG_DECIMALS) {
            errors.add(FieldError.of("weightKg", NumberInput.TOO_MANY_DECIMALS, WEIGHT_KG_DECIMALS));
        }
        if (TextLength.tooLong(checkIn.notes(), NOTES_MAX_LENGTH)) {
            errors.add(FieldError.of("notes", TOO_LONG, NOTES_MAX_LENGTH));
        }
        return errors;
    }

    public static List<FieldError> validate(Episode episode, LocalDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        if (episode.occurredAt() == null) {
            errors.add(FieldError.of("occurredAt", REQUIRED));
        } else {
            NotInFuture.moment("occurredAt", episode.occurredAt(), now).ifPresent(errors::add);
        }
        if (episode.kind() == null) {
            errors.add(FieldError.of("kind", REQUIRED));
        }
        range(errors, "durationMinutes", episode.durationMinutes(), 0, EPISODE_DURATION_MAX_MINUTES);
        range(errors, "severity", episode.severity(), SCALE_MIN, SCALE_MAX);
        if (episode.kind() != null && episode.kind() != EpisodeKind.PALPITATION) {
            if (episode.rhythm() != null) {
                errors.add(FieldError.of("rhythm", NOT_FOR_CRAMPS));
            }
            if (episode.trigger() != null) {
                errors.add(FieldError.of("trigger", NOT_FOR_CRAMPS));
            }
            if (!episode.redFlags().isEmpty()) {
                errors.add(FieldError.of("redFlags", NOT_FOR_CRAMPS));
            }
        }
        return errors;
    }

    /**
     * Checks the values of the person's own symptoms against their kinds: a value for a symptom that does not exist
     * is refused, and so is a value outside its kind's range. The field is {@link #ownField(long)}.
     */
    public static List<FieldError> validateOwnValues(CheckIn checkIn, List<OwnSymptom> symptoms) {
        List<FieldError> errors = new ArrayList<>();
        java.util.Map<Long, OwnSymptom> byId = new java.util.HashMap<>();
        symptoms.forEach(s -> byId.put(s.id(), s));
        checkIn.ownValues().forEach((id, value) -> {
            OwnSymptom symptom = byId.get(id);
            if (symptom == null) {
                errors.add(FieldError.of(ownField(id), UNKNOWN_OWN_SYMPTOM));
            } else {
                range(errors, ownField(id), value, symptom.kind().min(), symptom.kind().max());
            }
        });
        return errors;
    }

    /** The field name of an own symptom's value in a check-in, for its error. */
    public static String ownField(long symptomId) {
        return "own." + symptomId;
    }

    private static void range(List<FieldError> errors, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(FieldError.of(field, NumberInput.OUT_OF_RANGE, min, max));
        }
    }
}
