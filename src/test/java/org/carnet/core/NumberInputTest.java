package org.carnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.carnet.core.NumberInput.Parsed;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberInputTest {
    private static final String FIELD = "field";

    private static <T> void assertValue(Parsed<T> parsed, T expected) {
        assertThat(parsed.ok()).as("ok").isTrue();
        assertThat(parsed.error()).isEmpty();
        assertThat(parsed.value()).contains(expected);
        assertThat(parsed.orNull()).isEqualTo(expected);
    }

    private static void assertRefused(Parsed<?> parsed, String code, Object... args) {
        assertThat(parsed.ok()).as("ok").isFalse();
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.orNull()).isNull();
        assertThat(parsed.error()).contains(new FieldError(FIELD, code, List.of(args)));
    }

    @Nested
    class WholeNumbers {
        private Parsed<Integer> parse(String text) {
            return NumberInput.wholeNumber(FIELD, text, 1, 5);
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\u00a0", " \t "})
        void emptyFieldMeansNotRecordedWithoutError(String text) {
            Parsed<Integer> parsed = parse(text);

            assertThat(parsed.ok()).isTrue();
            assertThat(parsed.value()).isEmpty();
            assertThat(parsed.error()).isEmpty();
            assertThat(parsed.orNull()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "5", "3"})
        void valuesInsideTheRangeAreAccepted(String text) {
            assertValue(parse(text), Integer.valueOf(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "6", "-1", "999999999"})
        void valuesJustOutsideTheRangeAreRefusedWithTheRange(String text) {
            assertRefused(parse(text), NumberInput.OUT_OF_RANGE, 1, 5);
        }

        @Test
        void zeroIsAValueNotAnEmptyField() {
            assertValue(NumberInput.wholeNumber(FIELD, "0", 0, 10), 0);
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "1.5", "1,5", "3a", "+", "-", "1e3", "0x3", "--3", "٣"})
        void textThatIsNotAWholeNumberIsRefused(String text) {
            assertRefused(parse(text), NumberInput.NOT_A_WHOLE_NUMBER, 1, 5);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "' 3 '|3",
            "'\t4\t'|4",
            "'\u00a02\u00a0'|2",
            "'+3'|3",
            "'1 000'|1000",
            "'1\u00a0000'|1000",
            "'007'|7",
        })
        void spacesNonBreakingSpacesAndPlusSignAreTolerated(String text, int expected) {
            assertValue(NumberInput.wholeNumber(FIELD, text, 0, 5000), expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234567890", "99999999999999999999999999999", "-2147483649", "2147483648"})
        void hugeNumbersAreRefusedWithoutException(String text) {
            assertThatCode(() -> parse(text)).doesNotThrowAnyException();
            Parsed<Integer> parsed = parse(text);

            assertThat(parsed.ok()).isFalse();
            assertThat(parsed.value()).isEmpty();
            assertThat(parsed.error()).get().extracting(FieldError::field).isEqualTo(FIELD);
        }
    }

    @Nested
    class Decimals {
        private Parsed<Double> parse(String text) {
            return NumberInput.decimal(FIELD, text, 0, 24, 2);
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  ", "\u00a0\u00a0"})
        void emptyFieldMeansNotRecordedWithoutError(String text) {
            Parsed<Double> parsed = parse(text);

            assertThat(parsed.ok()).isTrue();
            assertThat(parsed.value()).isEmpty();
            assertThat(parsed.error()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "7,5|7.5",
            "7.5|7.5",
            "7,25|7.25",
            "7.25|7.25",
            "7,50|7.5",
            "7.500|7.5",
            "7|7.0",
            "0|0.0",
            "24|24.0",
            "24,00|24.0",
            ".5|0.5",
            ",5|0.5",
            "7.|7.0",
            "+6,5|6.5",
            "' 8,5 '|8.5",
            "'\u00a08,5'|8.5",
        })
        void commaOrDotIsTheDecimalSeparator(String text, double expected) {
            assertValue(parse(text), expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"24.01", "24,01", "25", "-0.01", "-1", "999999999"})
        void valuesOutsideTheRangeAreRefusedWithTheRange(String text) {
            assertRefused(parse(text), NumberInput.OUT_OF_RANGE, "0", "24");
        }

        @Test
        void aFractionalRangeIsShownAsTyped() {
            assertRefused(NumberInput.decimal(FIELD, "0.2", 0.5, 2.5, 1), NumberInput.OUT_OF_RANGE,
                    new java.math.BigDecimal("0.5"), new java.math.BigDecimal("2.5"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"7.125", "7,125", "0.001", "23.999"})
        void moreDecimalsThanAllowedAreRefused(String text) {
            assertRefused(parse(text), NumberInput.TOO_MANY_DECIMALS, 2);
        }

        @Test
        void wholeNumbersOnlyWhenNoDecimalsAreAllowed() {
            assertValue(NumberInput.decimal(FIELD, "3,0", 0, 10, 0), 3.0);
            assertRefused(NumberInput.decimal(FIELD, "3,5", 0, 10, 0), NumberInput.TOO_MANY_DECIMALS, 0);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1e3", "1E3", "abc", "7,5,1", "7.5.1", "1,2.3", ".", ",", "NaN", "Infinity", "0x10",
            "7h30", "1/2"})
        void textThatIsNotANumberIsRefused(String text) {
            assertRefused(parse(text), NumberInput.NOT_A_NUMBER, "0", "24");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234567890", "12345678901234567890.5", "99999999999999999999999999999999999999999"})
        void hugeNumbersAreRefusedWithoutException(String text) {
            assertThatCode(() -> parse(text)).doesNotThrowAnyException();
            Parsed<Double> parsed = parse(text);

            assertThat(parsed.ok()).isFalse();
            assertThat(parsed.value()).isEmpty();
        }

        @Test
        void aThousandDigitNumberIsRefusedWithoutException() {
            String text = "1".repeat(1000) + ",5";

            assertThatCode(() -> parse(text)).doesNotThrowAnyException();
            assertThat(parse(text).ok()).isFalse();
        }

        @Test
        void manyTrailingZerosAfterTheSeparatorAreNotExtraDecimals() {
            assertValue(parse("8." + "0".repeat(50)), 8.0);
        }
    }

    @Nested
    class CompleteValues {
        @ParameterizedTest
        @ValueSource(strings = {"0", "2", "6", "9", "10", " 7 "})
        void aValueNoKeyCouldExtendIsCompleteOnAZeroToTenScale(String text) {
            assertThat(NumberInput.wholeNumberComplete(text, 0, 10)).isTrue();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "1", "11", "x", "-", "3,5"})
        void aValueThatMayGoOnOrIsNotValidIsNotComplete(String text) {
            assertThat(NumberInput.wholeNumberComplete(text, 0, 10)).isFalse();
        }

        @Test
        void aCountUpToFiftyWaitsAfterOneToFive() {
            for (int digit = 1; digit <= 5; digit++) {
                assertThat(NumberInput.wholeNumberComplete(String.valueOf(digit), 0, 50)).as("%d", digit).isFalse();
            }
            for (int digit = 6; digit <= 9; digit++) {
                assertThat(NumberInput.wholeNumberComplete(String.valueOf(digit), 0, 50)).as("%d", digit).isTrue();
            }
            assertThat(NumberInput.wholeNumberComplete("12", 0, 50)).isTrue();
            assertThat(NumberInput.wholeNumberComplete("50", 0, 50)).isTrue();
            assertThat(NumberInput.wholeNumberComplete("0", 0, 50)).isTrue();
        }

        @Test
        void aSleepQualityOfOneToFiveIsCompleteAtOnce() {
            assertThat(NumberInput.wholeNumberComplete("1", 1, 5)).isTrue();
            assertThat(NumberInput.wholeNumberComplete("5", 1, 5)).isTrue();
            assertThat(NumberInput.wholeNumberComplete("6", 1, 5)).isFalse();
        }
    }
    @Nested
    class PositiveDecimals {
        private Parsed<Double> parse(String text) {
            return NumberInput.positiveDecimal(FIELD, text, 3000, 1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "0.0", "3000.1", "4000"})
        void aValueOutOfRangeOnEitherSideNamesTheSameBounds(String text) {
            assertRefused(parse(text), NumberInput.OUT_OF_RANGE, new java.math.BigDecimal("0.1"), "3000");
        }

        @Test
        void theSmallestAmountAndTheMaximumAreAccepted() {
            assertValue(parse("0.1"), 0.1);
            assertValue(parse("3000"), 3000.0);
            assertValue(parse("12,5"), 12.5);
        }

        @Test
        void otherMistakesKeepTheirOwnMessage() {
            assertThat(parse("abc").error().orElseThrow().code()).isEqualTo(NumberInput.NOT_A_NUMBER);
            assertThat(parse("1.25").error().orElseThrow().code()).isEqualTo(NumberInput.TOO_MANY_DECIMALS);
            assertThat(parse("").ok()).isTrue();
        }
    }
}
