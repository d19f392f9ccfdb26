package org.carnet.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carnet.core.TextLength;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;
import org.carnet.core.ValidationException;

/** Reads and saves the profile, refusing a name too long or a year of birth that cannot be. */
public final class ProfileService {
    public static final int NAME_MAX_LENGTH = 80;
    public static final int OLDEST_BIRTH_YEAR = 1900;

    private final ProfileRepository repository;
    private final Clock clock;

    public ProfileService(ProfileRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Profile load() {
        return repository.load();
    }

    public void save(Profile profile) {
        List<FieldError> errors = new ArrayList<>();
        if (TextLength.tooLong(profile.name(), NAME_MAX_LENGTH)) {
            errors.add(FieldError.of("name", "validation.tooLong", NAME_MAX_LENGTH));
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (profile.birthYear() != null && (profile.birthYear() < OLDEST_BIRTH_YEAR || profile.birthYear() > thisYear)) {
            errors.add(FieldError.of("birthYear", NumberInput.OUT_OF_RANGE, String.valueOf(OLDEST_BIRTH_YEAR),
                    String.valueOf(thisYear)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        repository.save(profile);
    }

    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }
}
