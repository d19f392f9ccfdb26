package org.carnet.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text lengths as a person counts them: grapheme clusters ("👍🏽", "é" written as e + accent, a family emoji are one
 * each), not UTF-16 units (which count 💊 as two). One cluster may take many code points, so the database columns
 * hold {@link #UNITS_PER_CHARACTER} UTF-16 units per character allowed; a text stuffed with more (piles of combining
 * marks) is too long whatever it looks like, and its length is then told in code points.
 */
public final class TextLength {
    /** The UTF-16 units the database keeps per character allowed (a family emoji with skin tones takes 14). */
    public static final int UNITS_PER_CHARACTER = 16;
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private TextLength() {
    }

    /** The characters a person sees: grapheme clusters. */
    public static int visible(String text) {
        Matcher matcher = GRAPHEME.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    public static boolean tooLong(String text, int max) {
        return text != null && counted(text, max) > max;
    }

    /** The length to compare with {@code max} and to report: the visible characters, or code points past storage. */
    public static int counted(String text, int max) {
        if (text.length() > (long) max * UNITS_PER_CHARACTER) {
            return text.codePointCount(0, text.length());
        }
        return visible(text);
    }
}
