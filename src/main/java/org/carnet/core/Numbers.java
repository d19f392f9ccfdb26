package org.carnet.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * How numbers look, one formatter per language, used by the screens (through the messages), the PDF and the CSV:
 * <ul>
 * <li>French: comma decimals, a narrow no-break space (U+202F) between thousands and before %;</li>
 * <li>English: point decimals, comma thousands, no space before %;</li>
 * <li>both: thousands grouped from 1 000 on, the minus sign U+2212, a "+" only where a change is shown;</li>
 * <li>{@link #MACHINE} (CSV): point decimals, no grouping, ASCII "-", as a spreadsheet or a program reads it.</li>
 * </ul>
 * In message patterns, {@code {0,number,0}} (the pattern "0") means digits as written, never grouped: ids and
 * format versions.
 */
public final class Numbers {
    public static final char MINUS = '\u2212';
    public static final char NARROW_NO_BREAK_SPACE = '\u202F';
    /** Locale-free, for files other programs read (CSV). */
    public static final Numbers MACHINE = new Numbers(Locale.ROOT, '.', ',', '-', false, "");

    private final Locale locale;
    private final DecimalFormatSymbols symbols;
    private final boolean grouping;
    private final String beforePercent;

    private Numbers(Locale locale, char decimal, char group, char minus, boolean grouping, String beforePercent) {
        this.locale = locale;
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
        s.setDecimalSeparator(decimal);
        s.setMonetaryDecimalSeparator(decimal);
        s.setGroupingSeparator(group);
        s.setMinusSign(minus);
        this.symbols = s;
        this.grouping = grouping;
        this.beforePercent = beforePercent;
    }

    /** The formatter of a language: French for a French locale, English otherwise. */
    public static Numbers of(Locale locale) {
        if ("fr".equals(locale.getLanguage())) {
            return new Numbers(locale, ',', NARROW_NO_BREAK_SPACE, MINUS, true, String.valueOf(NARROW_NO_BREAK_SPACE));
        }
        return new Numbers(locale, '.', ',', MINUS, true, "");
    }

    public Locale locale() {
        return locale;
    }

    /** The value with at most {@code maxDecimals} decimals, trailing zeros dropped: 7.5, 1,000, 0. */
    public String decimal(double value, int maxDecimals) {
        return format(value, 0, maxDecimals);
    }

    /** The value with exactly {@code decimals} decimals: 4.0, 2.3. */
    public String fixed(double value, int decimals) {
        return format(value, decimals, decimals);
    }

    public String integer(long value) {
        return format(value, 0, 0);
    }

    /** A share in %, rounded to a whole number: "86%", "86 %" (narrow no-break space) in French. */
    public String percent(double percent) {
        return integer(Math.round(percent)) + beforePercent + "%";
    }

    /** A change in %, rounded, always signed unless 0: "+50%", "−76%", "0%". */
    public String signedPercent(double percent) {
        long rounded = Math.round(percent);
        return (rounded > 0 ? "+" : "") + integer(rounded) + beforePercent + "%";
    }

    private String format(double value, int minDecimals, int maxDecimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        double rounded = BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP).doubleValue();
        if (rounded == 0) {
            rounded = 0; // no "−0"
        }
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setGroupingUsed(grouping);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(rounded);
    }

    /**
     * A choice whose chosen text may hold arguments ({@code {1,choice,1#one day|1<{1,number,integer} days}}):
     * MessageFormat would format those with the locale's own symbols; this formats them as the language does.
     */
    private final class Choice extends Format {
        private final ChoiceFormat choice;
        private final Object[] args;

        Choice(ChoiceFormat choice, Object[] args) {
            this.choice = choice;
            this.args = args;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            String chosen = choice.format(value);
            if (chosen.indexOf('{') >= 0) {
                MessageFormat nested = new MessageFormat(chosen, locale);
                adapt(nested, args);
                chosen = nested.format(args);
            }
            return to.append(chosen);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("formatting only");
        }
    }

    /**
     * Makes a message's number formats follow this language: its decimal, thousands and minus signs, thousands
     * grouped (except the digits-as-written pattern "0"); a number given for a plain {@code {n}} is formatted the same.
     */
    public void adapt(MessageFormat message, Object[] args) {
        Format[] byArgument = message.getFormatsByArgumentIndex();
        for (int i = 0; i < byArgument.length && i < args.length; i++) {
            if (byArgument[i] == null && args[i] instanceof Number) {
                message.setFormatByArgumentIndex(i, new DecimalFormat("#,##0.###", symbols));
            }
        }
        // Each occurrence on its own: one argument may be chosen on twice ({1,choice,…} … {1,choice,…}).
        Format[] formats = message.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof DecimalFormat decimal) {
                decimal.setDecimalFormatSymbols(symbols);
                decimal.setGroupingUsed(grouping && !decimal.toPattern().replace("#", "").equals("0"));
                decimal.setGroupingSize(3);
                decimal.setRoundingMode(RoundingMode.HALF_UP);
            } else if (formats[i] instanceof ChoiceFormat choice) {
                message.setFormat(i, new Choice(choice, args));
            }
        }
    }
}
