package org.carnet.labs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carnet.core.FieldError;

/** Checks a result before it is stored: nothing negative, nothing implausible, a range in order, a unit of the test. */
public final class LabValidator {
    public static final String REQUIRED = "validation.required";
    public static final String FUTURE_DATE = org.carnet.core.NotInFuture.CODE;
    public static final String NEGATIVE = "labs.validation.negative";
    public static final String IMPLAUSIBLE = "labs.validation.implausible";
    public static final String UNIT_NOT_FOR_TEST = "labs.validation.unit";
    public static final String RANGE_ORDER = "labs.validation.rangeOrder";

    private LabValidator() {
    }

    public static List<FieldError> validate(LabResult r, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (r.test() == null) {
            errors.add(FieldError.of("test", REQUIRED));
        }
        if (r.takenOn() == null) {
            errors.add(FieldError.of("takenOn", REQUIRED));
        } else {
            org.carnet.core.NotInFuture.day("takenOn", r.takenOn(), today).ifPresent(errors::add);
        }
        if (r.unit() == null) {
            errors.add(FieldError.of("unit", REQUIRED));
        } else if (r.test() != null && !r.test().accepts(r.unit())) {
            errors.add(FieldError.of("unit", UNIT_NOT_FOR_TEST, r.unit().symbol()));
        }
        boolean unitOk = r.test() != null && r.test().accepts(r.unit());
        if (r.value() == null) {
            errors.add(FieldError.of("value", REQUIRED));
        } else {
            amount(errors, "value", r.value(), r, unitOk);
        }
        if (r.rangeLow() != null) {
            amount(errors, "rangeLow", r.rangeLow(), r, unitOk);
        }
        if (r.rangeHigh() != null) {
            amount(errors, "rangeHigh", r.rangeHigh(), r, unitOk);
        }
        if (r.rangeLow() != null && r.rangeHigh() != null && r.rangeLow() > r.rangeHigh()) {
            errors.add(FieldError.of("rangeLow", RANGE_ORDER));
        }
        return errors;
    }

    private static void amount(List<FieldError> errors, String field, double value, LabResult r, boolean unitOk) {
        if (Double.isNaN(value) || value < 0) {
            errors.add(FieldError.of(field, NEGATIVE));
        } else if (unitOk && r.test().implausible(r.test().toCanonical(value, r.unit()))) {
            errors.add(FieldError.of(field, IMPLAUSIBLE, r.unit().symbol()));
        }
    }
}
