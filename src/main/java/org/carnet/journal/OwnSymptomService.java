package org.carnet.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.carnet.core.FieldError;
import org.carnet.core.TextLength;
import org.carnet.core.ValidationException;

/**
 * The person's own symptoms: add, rename or change, retire and bring back. A symptom is never deleted once it has
 * values, so that what was logged stays true; its kind cannot change then either (a count of 7 is no yes/no).
 * Synchronous; call it off the FX thread.
 */
public class OwnSymptomService {
    public static final String DUPLICATE = "validation.ownSymptom.duplicate";
    public static final String TOO_MANY = "validation.ownSymptom.tooMany";
    public static final String KIND_IN_USE = "validation.ownSymptom.kindInUse";
    public static final String UNKNOWN = "validation.ownSymptom.unknown";

    private final OwnSymptomRepository repository;

    public OwnSymptomService(OwnSymptomRepository repository) {
        this.repository = repository;
    }

    /** Every own symptom, retired ones included, in the order they were added. */
    public List<OwnSymptom> all() {
        return repository.ownSymptoms();
    }

    /** The symptoms the check-in asks for. */
    public List<OwnSymptom> active() {
        return all().stream().filter(s -> !s.retired()).toList();
    }

    /** Validates then stores a new symptom or a change to one; returns it as stored. */
    public OwnSymptom save(OwnSymptom symptom) {
        List<OwnSymptom> existing = all();
        List<FieldError> errors = new ArrayList<>();
        Optional<OwnSymptom> stored = symptom.id() == null ? Optional.empty()
                : existing.stream().filter(s -> s.id().equals(symptom.id())).findFirst();
        if (symptom.id() != null && stored.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("name", UNKNOWN)));
        }
        if (symptom.name() == null || symptom.name().isEmpty()) {
            errors.add(FieldError.of("name", JournalValidator.REQUIRED));
        } else if (TextLength.tooLong(symptom.name(), OwnSymptom.NAME_MAX_LENGTH)) {
            errors.add(FieldError.of("name", JournalValidator.TOO_LONG, OwnSymptom.NAME_MAX_LENGTH));
        } else if (existing.stream().anyMatch(s -> !s.id().equals(symptom.id())
                && key(s.name()).equals(key(symptom.name())))) {
            errors.add(FieldError.of("name", DUPLICATE));
        }
        boolean becomesActive = !symptom.retired() && stored.map(OwnSymptom::retired).orElse(true);
        if (becomesActive && existing.stream().filter(s -> !s.retired()).count() >= OwnSymptom.MAX_ACTIVE) {
            errors.add(FieldError.of("name", TOO_MANY, OwnSymptom.MAX_ACTIVE));
        }
        if (stored.isPresent() && stored.get().kind() != symptom.kind()
                && repository.countOwnValues(symptom.id()) > 0) {
            errors.add(FieldError.of("kind", KIND_IN_USE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return repository.saveOwnSymptom(symptom);
    }

    /** No longer asked in the check-in; every value logged stays. */
    public OwnSymptom retire(OwnSymptom symptom) {
        return save(symptom.withRetired(true));
    }

    /** Asked in the check-in again (within {@link OwnSymptom#MAX_ACTIVE}). */
    public OwnSymptom restore(OwnSymptom symptom) {
        return save(symptom.withRetired(false));
    }

    /** Names compare as a person reads them: case and surrounding spaces do not make another symptom. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
