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
        return errors;
    }
}
