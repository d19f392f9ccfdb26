package org.carnet.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carnet.core.TextLength;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;

/** A protocol is stored only whole and sensible: a name, a start, an end after it, plausible doses. */
public final class ProtocolValidator {
    public static final int NAME_MAX_LENGTH = 120;
    /** A protocol may be planned ahead, but not further than this. */
    public static final int MAX_DAYS_AHEAD = 90;
    public static final double UNITS_MAX = 20;
    /** A magnesium threshold beyond any day's plausible total. */
    public static final double MAGNESIUM_THRESHOLD_MAX_MG = 2000;

    private ProtocolValidator() {
    }

    public static List<FieldError> validate(Protocol protocol, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (protocol.name() == null || protocol.name().isBlank()) {
            errors.add(FieldError.of("protocolName", "validation.required"));
        } else if (TextLength.tooLong(protocol.name(), NAME_MAX_LENGTH)) {
            errors.add(FieldError.of("protocolName", "validation.tooLong", NAME_MAX_LENGTH));
        }
        if (protocol.start() == null) {
            errors.add(FieldError.of("protocolStart", "validation.required"));
        } else {
            if (protocol.start().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
                errors.add(FieldError.of("protocolStart", "validation.tooFarAhead", MAX_DAYS_AHEAD));
            }
            if (protocol.end() != null && protocol.end().isBefore(protocol.start())) {
                errors.add(FieldError.of("protocolEnd", "validation.endBeforeStart"));
            }
        }
        for (PlannedDose dose : protocol.plan()) {
            if (dose.time() == null || Double.isNaN(dose.units()) || dose.units() <= 0 || dose.units() > UNITS_MAX) {
                errors.add(FieldError.of("protocolPlan", NumberInput.OUT_OF_RANGE, "0.01", "20"));
                break;
            }
        }
        Question question = protocol.question();
        if (question != null) {
            if (question.lagDays() < 0 || question.lagDays() > Question.MAX_LAG_DAYS) {
                errors.add(FieldError.of("protocolQuestion", NumberInput.OUT_OF_RANGE, "0", "1"));
            } else if (question.exposure() == Exposure.MAGNESIUM && (question.threshold() == null
                    || !(question.threshold() > 0 && question.threshold() <= MAGNESIUM_THRESHOLD_MAX_MG))) {
                errors.add(FieldError.of("protocolQuestion", NumberInput.OUT_OF_RANGE, "1", "2000"));
            } else if (question.exposure() == Exposure.PRODUCT && question.productId() == null) {
                errors.add(FieldError.of("protocolQuestion", "validation.chooseProduct"));
            } else if (question.exposure() == Exposure.PRODUCT && question.threshold() != null
                    && !(question.threshold() > 0 && question.threshold() <= UNITS_MAX)) {
                errors.add(FieldError.of("protocolQuestion", NumberInput.OUT_OF_RANGE, "0.01", "20"));
            }
        }
        if (protocol.onOff() != null && (question == null || !protocol.onOff().valid())) {
            errors.add(FieldError.of("protocolQuestion", "validation.onOffNeedsQuestion"));
        }
        return errors;
    }

    /**
     * The question and the on/off schedule are declared when the protocol starts: once its start date has come, a
     * stored protocol keeps them (changing the question after seeing the days would make every comparison
     * exploratory).
     */
    public static List<FieldError> validateChange(Protocol stored, Protocol changed, LocalDate today) {
        boolean started = stored != null && !stored.start().isAfter(today);
        if (started && (!java.util.Objects.equals(stored.question(), changed.question())
                || !java.util.Objects.equals(stored.onOff(), changed.onOff())
                || !stored.start().equals(changed.start()) && stored.question() != null)) {
            return List.of(FieldError.of("protocolQuestion", "validation.questionLocked"));
        }
        return List.of();
    }
}
