package org.carnet.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;
import org.carnet.core.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileServiceTest {
    private static final int THIS_YEAR = 2026;
    private static final Clock CLOCK =
            Clock.fixed(LocalDateTime.of(THIS_YEAR, 6, 15, 10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** Keeps the profile in memory and remembers every save. */
    private static final class InMemoryProfileRepository implements ProfileRepository {
        private Profile stored = Profile.empty();
        final List<Profile> saves = new ArrayList<>();

        @Override
        public Profile load() {
            return stored;
        }

        @Override
        public void save(Profile profile) {
            saves.add(profile);
            stored = profile;
        }
    }

    private InMemoryProfileRepository repository;
    private ProfileService service;

    @BeforeEach
    void setUp() {
        repository = new InMemoryProfileRepository();
        service = new ProfileService(repository, CLOCK);
    }

    private static Profile bornIn(Integer year) {
        return new Profile("Claire", year, Set.of());
    }

    private void assertRefused(Profile profile, String field) {
        assertThatThrownBy(() -> service.save(profile))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
        assertThat(repository.saves).as("nothing stored").isEmpty();
        assertThat(service.load()).isEqualTo(Profile.empty());
    }

    @Test
    void aBirthYearBefore1900IsRefused() {
        assertRefused(bornIn(1899), "birthYear");
    }

    @Test
    void theRefusalGivesTheAllowedRange() {
        assertThatThrownBy(() -> service.save(bornIn(1899)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::code, FieldError::args)
                        .containsExactly(tuple(NumberInput.OUT_OF_RANGE, List.of("1900", String.valueOf(THIS_YEAR)))));
    }

    @Test
    void birthYear1900IsAccepted() {
        service.save(bornIn(1900));

        assertThat(service.load().birthYear()).isEqualTo(1900);
        assertThat(repository.saves).hasSize(1);
    }

    @Test
    void theCurrentYearIsAccepted() {
        service.save(bornIn(THIS_YEAR));

        assertThat(service.load().birthYear()).isEqualTo(THIS_YEAR);
    }

    @Test
    void nextYearIsRefused() {
        assertRefused(bornIn(THIS_YEAR + 1), "birthYear");
    }

    @Test
    void theCurrentYearFollowsTheClock() {
        ProfileService later = new ProfileService(repository,
                Clock.fixed(LocalDateTime.of(2031, 1, 1, 0, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

        later.save(bornIn(2031));

        assertThat(later.thisYear()).isEqualTo(2031);
        assertThat(service.thisYear()).isEqualTo(THIS_YEAR);
        assertThat(repository.load().birthYear()).isEqualTo(2031);
    }

    @Test
    void noBirthYearIsFine() {
        service.save(bornIn(null));

        assertThat(service.load().birthYear()).isNull();
        assertThat(service.load().name()).isEqualTo("Claire");
    }

    @Test
    void aNameOf81CharactersIsRefused() {
        assertRefused(new Profile("x".repeat(81), 1980, Set.of()), "name");
    }

    @Test
    void aNameOf80CharactersIsAccepted() {
        service.save(new Profile("x".repeat(80), 1980, Set.of()));

        assertThat(service.load().name()).hasSize(80);
    }

    @Test
    void spacesAroundTheNameDoNotCountTowardsItsLength() {
        service.save(new Profile("   " + "x".repeat(80) + "   ", null, Set.of()));

        assertThat(service.load().name()).isEqualTo("x".repeat(80));
    }

    @Test
    void aLongNameAndAnImpossibleYearAreBothReported() {
        assertThatThrownBy(() -> service.save(new Profile("x".repeat(81), 1800, Set.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("name", "birthYear"));

        assertThat(repository.saves).isEmpty();
    }

    @Test
    void aRefusalLeavesTheStoredProfileUnchanged() {
        Profile stored = new Profile("Claire", 1980, EnumSet.of(RiskFactor.KIDNEY_DISEASE));
        service.save(stored);

        assertThatThrownBy(() -> service.save(new Profile("Claire", THIS_YEAR + 1, Set.of())))
                .isInstanceOf(ValidationException.class);

        assertThat(service.load()).isEqualTo(stored);
        assertThat(repository.saves).containsExactly(stored);
    }

    @Test
    void anEmptyProfileIsAccepted() {
        service.save(Profile.empty());

        assertThat(repository.saves).containsExactly(Profile.empty());
    }
}
