package org.carnet.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as search compares it: lower case, without accents or ligatures, cut into words at anything that is not a
 * letter or a digit. People type "oeuf" or "epinard" for "Œuf" and "Épinard"; Ciqual itself writes "Oeuf".
 */
final class SearchText {

    // Accented lower-case Latin letters and their plain letter, so the usual names skip java.text.Normalizer
    // (which costs more than the rest of the index build); anything else unusual still goes through it.
    private static final String ACCENTED = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏő"
            + "ŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private static final String PLAIN = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooo"
            + "rrrsssstttuuuuuuuuuuwyyyzzz";
    private static final char[] FOLD = new char[0x180];

    static {
        for (int i = 0; i < ACCENTED.length(); i++) {
            FOLD[ACCENTED.charAt(i)] = PLAIN.charAt(i);
        }
    }

    private SearchText() {
    }

    /** Lower case, œ/æ/ß spelt out, accents dropped. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < 128) {
                plain.append(c);
            } else if (!appendPlain(c, plain)) {
                return decomposed(lower);
            }
        }
        return plain.toString();
    }

    /** Appends the plain form of a non-ASCII character; false when only Normalizer knows it. */
    private static boolean appendPlain(char c, StringBuilder plain) {
        String ligature = ligature(c);
        char folded = c < FOLD.length ? FOLD[c] : 0;
        if (ligature != null) {
            plain.append(ligature);
        } else if (folded != 0) {
            plain.append(folded);
        } else if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            return false;
        } else {
            plain.append(c); // punctuation ("…", "°", "’") only separates words
        }
        return true;
    }

    private static String ligature(char c) {
        return switch (c) {
            case 'œ' -> "oe";
            case 'æ' -> "ae";
            case 'ß' -> "ss";
            default -> null;
        };
    }

    /** The slow path: NFKD also unfolds "ﬁ", superscripts, and letters typed as a base and a combining accent. */
    private static String decomposed(String lower) {
        StringBuilder spelt = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String ligature = ligature(c);
            if (ligature != null) {
                spelt.append(ligature);
            } else {
                spelt.append(c);
            }
        }
        String decomposed = Normalizer.normalize(spelt, Normalizer.Form.NFKD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                bare.append(c);
            }
        }
        return bare.toString();
    }

    /** The words of normalised text: commas, brackets, apostrophes, slashes and spaces all separate words. */
    static List<String> words(String normalised) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalised.length(); i++) {
            boolean wordChar = i < normalised.length() && Character.isLetterOrDigit(normalised.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(normalised.substring(start, i));
                start = -1;
            }
        }
        return words;
    }
}
