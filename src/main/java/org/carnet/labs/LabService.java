package org.carnet.labs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carnet.core.FieldError;
import org.carnet.core.ValidationException;

/** Logs, lists and removes laboratory results; the last word on what is valid before storage. */
public final class LabService {
    private final LabRepository repository;
    private final Clock clock;

    public LabService(LabRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public LabResult save(LabResult result) {
        List<FieldError> errors = LabValidator.validate(result, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return repository.save(result);
    }

    /** Today, in the person's zone: the latest day a result may be dated. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void delete(long id) {
        repository.delete(id);
    }

    public List<LabResult> all() {
        return repository.findAll();
    }

    /** The latest result of each test taken on or before {@code to}, in the order of {@link LabTest}. */
    public static Map<LabTest, LabResult> latest(List<LabResult> results, LocalDate to) {
        Map<LabTest, LabResult> latest = new EnumMap<>(LabTest.class);
        results.stream().filter(r -> !r.takenOn().isAfter(to))
                .sorted(Comparator.comparing(LabResult::takenOn).thenComparing(r -> r.id() == null ? 0 : r.id()))
                .forEach(r -> latest.put(r.test(), r));
        return latest;
    }
}
