package org.carnet.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.journal.JournalLimits.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JournalValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 10, 0, 30);

    @Nested
    class CheckIns {
        private static CheckIn checkIn(Function<Builder, Builder> fill) {
            return fill.apply(new Builder()).build();
        }

        /** field, value, accepted, expected range when refused. */
        static Stream<Arguments> integerLimits() {
            return Stream.of(
                    limits("crampCount", 0, MAX_EPISODES_PER_DAY, (b, v) -> b.crampCount(v)),
                    limits("crampWorstSeverity", SCALE_MIN, SCALE_MAX, (b, v) -> b.crampWorstSeverity(v)),
                    limits("sleepQuality", SLEEP_QUALITY_MIN, SLEEP_QUALITY_MAX, (b, v) -> b.sleepQuality(v)),
                    limits("palpitationCount", 0, MAX_EPISODES_PER_DAY, (b, v) -> b.palpitationCount(v)),
                    limits("fatigue", SCALE_MIN, SCALE_MAX, (b, v) -> b.fatigue(v)),
                    limits("twitching", SCALE_MIN, SCALE_MAX, (b, v) -> b.twitching(v)),
                    limits("irritability", SCALE_MIN, SCALE_MAX, (b, v) -> b.irritability(v)))
                    .flatMap(s -> s);
        }

        private static Stream<Arguments> limits(String field, int min, int max,
                BiFunction<Builder, Integer, Builder> setter) {
            Named<BiFunction<Builder, Integer, Builder>> named = Named.of("set " + field, setter);
            return Stream.of(
                    Arguments.of(field, min - 1, false, min, max, named),
                    Arguments.of(field, min, true, min, max, named),
                    Arguments.of(field, max, true, min, max, named),
                    Arguments.of(field, max + 1, false, min, max, named),
                    Arguments.of(field, null, true, min, max, named));
        }

        @ParameterizedTest(name = "{0} = {1} accepted: {2}")
        @MethodSource("integerLimits")
        void eachWholeNumberFieldAcceptsItsRangeOnly(String field, Integer value, boolean accepted, int min, int max,
                BiFunction<Builder, Integer, Builder> setter) {
            List<FieldError> errors = JournalValidator.validate(checkIn(b -> setter.apply(b, value)), TODAY);

            if (accepted) {
                assertThat(errors).isEmpty();
            } else {
                assertThat(errors).containsExactly(FieldError.of(field, NumberInput.OUT_OF_RANGE, min, max));
            }
        }

        static Stream<Arguments> sleepHours() {
            return Stream.of(
                    Arguments.of(null, true),
                    Arguments.of(-0.01, false),
                    Arguments.of(0.0, true),
                    Arguments.of(7.25, true),
                    Arguments.of(SLEEP_HOURS_MAX, true),
                    Arguments.of(SLEEP_HOURS_MAX + 0.01, false),
                    Arguments.of(Double.NaN, false),
                    Arguments.of(Double.POSITIVE_INFINITY, false),
                    Arguments.of(Double.NEGATIVE_INFINITY, false));
        }

        @ParameterizedTest(name = "sleepHours = {0} accepted: {1}")
        @MethodSource("sleepHours")
        void sleepHoursAreBetweenZeroAndADay(Double hours, boolean accepted) {
            List<FieldError> errors = JournalValidator.validate(checkIn(b -> b.sleepHours(hours)), TODAY);

            if (accepted) {
                assertThat(errors).isEmpty();
            } else {
                assertThat(errors).containsExactly(
                        FieldError.of("sleepHours", NumberInput.OUT_OF_RANGE, 0, (int) SLEEP_HOURS_MAX));
            }
        }

        @Test
        void sleepHoursWithMoreThanTwoDecimalsAreRefused() {
            // JournalLimits.SLEEP_HOURS_DECIMALS = 2 and the column is DECIMAL(4, 2): 7.125 cannot be stored as is.
            List<FieldError> errors = JournalValidator.validate(checkIn(b -> b.sleepHours(7.125)), TODAY);

            assertThat(errors).extracting(FieldError::field).containsExactly("sleepHours");
        }

        @Test
        void todayIsAccepted() {
            assertThat(JournalValidator.validate(CheckIn.empty(TODAY), TODAY)).isEmpty();
        }

        @Test
        void aPastDayIsAccepted() {
            assertThat(JournalValidator.validate(CheckIn.empty(TODAY.minusYears(3)), TODAY)).isEmpty();
        }

        @Test
        void tomorrowIsRefused() {
            assertThat(JournalValidator.validate(CheckIn.empty(TODAY.plusDays(1)), TODAY))
                    .containsExactly(FieldError.of("day", JournalValidator.FUTURE_DATE));
        }

        @Test
        void aMissingDayIsRequired() {
            assertThat(JournalValidator.validate(CheckIn.empty(null), TODAY))
                    .containsExactly(FieldError.of("day", JournalValidator.REQUIRED));
        }

        static Stream<Arguments> notes() {
            return Stream.of(
                    Arguments.of("x".repeat(NOTES_MAX_LENGTH - 1), true),
                    Arguments.of("x".repeat(NOTES_MAX_LENGTH), true),
                    Arguments.of("x".repeat(NOTES_MAX_LENGTH + 1), false),
                    Arguments.of("  " + "x".repeat(NOTES_MAX_LENGTH) + "\n", true),
                    Arguments.of("x".repeat(10_000), false));
        }

        @ParameterizedTest(name = "[{index}] accepted: {1}")
        @MethodSource("notes")
        void notesHaveAMaximumLength(String notes, boolean accepted) {
            List<FieldError> errors = JournalValidator.validate(checkIn(b -> b.notes(notes)), TODAY);

            if (accepted) {
                assertThat(errors).isEmpty();
            } else {
                assertThat(errors).containsExactly(
                        FieldError.of("notes", JournalValidator.TOO_LONG, NOTES_MAX_LENGTH));
            }
        }

        @Test
        void everyRefusedFieldIsReportedAtOnce() {
            CheckIn bad = new CheckIn(TODAY.plusDays(2), 51, 11, true, 0, 25.0, -1, 11, -1, 11, Digestion.NORMAL,
                    Set.of(RedFlag.FAINTING), "x".repeat(NOTES_MAX_LENGTH + 1));

            assertThat(JournalValidator.validate(bad, TODAY))
                    .extracting(FieldError::field)
                    .containsExactly("day", "crampCount", "crampWorstSeverity", "sleepQuality", "sleepHours",
                            "palpitationCount", "fatigue", "twitching", "irritability", "notes");
        }

        @Test
        void aCheckInWithEveryFieldAtALimitIsAccepted() {
            CheckIn full = new CheckIn(TODAY, MAX_EPISODES_PER_DAY, SCALE_MAX, false, SLEEP_QUALITY_MIN, 0.0, 0,
                    SCALE_MIN, SCALE_MAX, SCALE_MIN, Digestion.CONSTIPATION, EnumSet.allOf(RedFlag.class),
                    "y".repeat(NOTES_MAX_LENGTH));

            assertThat(JournalValidator.validate(full, TODAY)).isEmpty();
        }
    }

    @Nested
    class Episodes {
        private static Episode cramp(LocalDateTime at, Integer duration, Integer severity) {
            return new Episode(null, at, EpisodeKind.CRAMP, duration, severity, null, null, Set.of());
        }

        private static Episode palpitation(LocalDateTime at, Integer duration, Integer severity) {
            return new Episode(null, at, EpisodeKind.PALPITATION, duration, severity, Rhythm.IRREGULAR,
                    Trigger.CAFFEINE, Set.of(RedFlag.CHEST_PAIN));
        }

        static Stream<Arguments> numbers() {
            LocalDateTime at = NOW.minusHours(1);
            return Stream.of(EpisodeKind.values()).flatMap(kind -> {
                Function<Integer, Episode> duration = v -> kind == EpisodeKind.CRAMP
                        ? cramp(at, v, 5) : palpitation(at, v, 5);
                Function<Integer, Episode> severity = v -> kind == EpisodeKind.CRAMP
                        ? cramp(at, 5, v) : palpitation(at, 5, v);
                return Stream.of(
                        Arguments.of(duration.apply(null), null, 0, 0),
                        Arguments.of(duration.apply(-1), "durationMinutes", 0, EPISODE_DURATION_MAX_MINUTES),
                        Arguments.of(duration.apply(0), null, 0, 0),
                        Arguments.of(duration.apply(EPISODE_DURATION_MAX_MINUTES), null, 0, 0),
                        Arguments.of(duration.apply(EPISODE_DURATION_MAX_MINUTES + 1), "durationMinutes", 0,
                                EPISODE_DURATION_MAX_MINUTES),
                        Arguments.of(severity.apply(null), null, 0, 0),
                        Arguments.of(severity.apply(SCALE_MIN - 1), "severity", SCALE_MIN, SCALE_MAX),
                        Arguments.of(severity.apply(SCALE_MIN), null, 0, 0),
                        Arguments.of(severity.apply(SCALE_MAX), null, 0, 0),
                        Arguments.of(severity.apply(SCALE_MAX + 1), "severity", SCALE_MIN, SCALE_MAX));
            });
        }

        @ParameterizedTest(name = "{0} refused field: {1}")
        @MethodSource("numbers")
        void durationAndSeverityAcceptTheirRangeOnly(Episode episode, String refusedField, int min, int max) {
            List<FieldError> errors = JournalValidator.validate(episode, NOW);

            if (refusedField == null) {
                assertThat(errors).isEmpty();
            } else {
                assertThat(errors).containsExactly(FieldError.of(refusedField, NumberInput.OUT_OF_RANGE, min, max));
            }
        }

        static Stream<Arguments> times() {
            return Stream.of(
                    Arguments.of(NOW.minusYears(1), true),
                    Arguments.of(NOW.minusMinutes(1), true),
                    Arguments.of(NOW, true),
                    // The clock of the form and the service may differ by a few seconds: one minute of tolerance.
                    Arguments.of(NOW.withSecond(0).plusMinutes(1), true),
                    Arguments.of(NOW.withSecond(59).plusMinutes(1), true),
                    Arguments.of(NOW.withSecond(0).plusMinutes(2), false),
                    Arguments.of(NOW.plusHours(1), false),
                    Arguments.of(NOW.plusDays(1), false));
        }

        @ParameterizedTest(name = "at {0} accepted: {1}")
        @MethodSource("times")
        void anEpisodeMayNotBeInTheFutureBeyondAMinute(LocalDateTime at, boolean accepted) {
            List<FieldError> errors = JournalValidator.validate(cramp(at, 1, 3), NOW);

            if (accepted) {
                assertThat(errors).isEmpty();
            } else {
                assertThat(errors).containsExactly(FieldError.of("occurredAt", JournalValidator.FUTURE_DATE));
            }
        }

        @Test
        void theToleranceCountsFromTheStartOfTheCurrentMinute() {
            LocalDateTime endOfMinute = LocalDateTime.of(2026, 3, 10, 10, 0, 59, 999_000_000);

            assertThat(JournalValidator.validate(cramp(LocalDateTime.of(2026, 3, 10, 10, 1), 1, 3), endOfMinute))
                    .isEmpty();
            assertThat(JournalValidator.validate(cramp(LocalDateTime.of(2026, 3, 10, 10, 2), 1, 3), endOfMinute))
                    .extracting(FieldError::code).containsExactly(JournalValidator.FUTURE_DATE);
        }

        @Test
        void timeAndKindAreRequired() {
            Episode blank = new Episode(null, null, null, null, null, null, null, null);

            assertThat(JournalValidator.validate(blank, NOW)).containsExactly(
                    FieldError.of("occurredAt", JournalValidator.REQUIRED),
                    FieldError.of("kind", JournalValidator.REQUIRED));
        }

        static Stream<Arguments> palpitationOnlyDetails() {
            LocalDateTime at = NOW.minusHours(2);
            return Stream.of(
                    Arguments.of(new Episode(null, at, EpisodeKind.CRAMP, 2, 6, Rhythm.REGULAR, null, Set.of()),
                            List.of("rhythm")),
                    Arguments.of(new Episode(null, at, EpisodeKind.CRAMP, 2, 6, null, Trigger.EXERTION, Set.of()),
                            List.of("trigger")),
                    Arguments.of(new Episode(null, at, EpisodeKind.CRAMP, 2, 6, null, null,
                            Set.of(RedFlag.FAINTING)), List.of("redFlags")),
                    Arguments.of(new Episode(null, at, EpisodeKind.CRAMP, 2, 6, Rhythm.IRREGULAR, Trigger.STRESS,
                            EnumSet.allOf(RedFlag.class)), List.of("rhythm", "trigger", "redFlags")));
        }

        @ParameterizedTest(name = "{0} refused: {1}")
        @MethodSource("palpitationOnlyDetails")
        void aCrampCannotHaveRhythmTriggerOrRedFlags(Episode cramp, List<String> refusedFields) {
            List<FieldError> errors = JournalValidator.validate(cramp, NOW);

            assertThat(errors).extracting(FieldError::field).containsExactlyElementsOf(refusedFields);
            assertThat(errors).extracting(FieldError::code).containsOnly(JournalValidator.NOT_FOR_CRAMPS);
        }

        @Test
        void aPalpitationMayHaveRhythmTriggerAndRedFlags() {
            Episode episode = new Episode(null, NOW.minusMinutes(5), EpisodeKind.PALPITATION, 3, 4, Rhythm.IRREGULAR,
                    Trigger.ALCOHOL, EnumSet.allOf(RedFlag.class));

            assertThat(JournalValidator.validate(episode, NOW)).isEmpty();
        }
    }

    /** Builds a check-in for today with one field changed. */
    static final class Builder {
        private Integer crampCount;
        private Integer crampWorstSeverity;
        private Integer sleepQuality;
        private Double sleepHours;
        private Integer palpitationCount;
        private Integer fatigue;
        private Integer twitching;
        private Integer irritability;
        private String notes;

        Builder crampCount(Integer v) {
            crampCount = v;
            return this;
        }

        Builder crampWorstSeverity(Integer v) {
            crampWorstSeverity = v;
            return this;
        }

        Builder sleepQuality(Integer v) {
            sleepQuality = v;
            return this;
        }

        Builder sleepHours(Double v) {
            sleepHours = v;
            return this;
        }

        Builder palpitationCount(Integer v) {
            palpitationCount = v;
            return this;
        }

        Builder fatigue(Integer v) {
            fatigue = v;
            return this;
        }

        Builder twitching(Integer v) {
            twitching = v;
            return this;
        }

        Builder irritability(Integer v) {
            irritability = v;
            return this;
        }

        Builder notes(String v) {
            notes = v;
            return this;
        }

        CheckIn build() {
            return new CheckIn(TODAY, crampCount, crampWorstSeverity, null, sleepQuality, sleepHours,
                    palpitationCount, fatigue, twitching, irritability, null, Set.of(), notes);
        }
    }
}
