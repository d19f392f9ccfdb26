package org.carnet.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form of vitamin D a product gives (fact VITD_D3_PREFERRED), as chosen in the product editor: D3, D2, or
 * UNKNOWN when the label says neither. When no form was chosen (a product stored before the form was, a backup file
 * older than version 6) it is read from the name on the label: labels say "D3", "cholécalciférol", "D2" or
 * "ergocalciférol"; a name that says neither leaves the form unknown, never guessed.
 */
public enum VitaminDForm {
    D3, D2, UNKNOWN;

    private static final Pattern D3_WORDS = Pattern.compile("\\bd3\\b|\\bd-3\\b|cholecalciferol|cholécalciférol");
    private static final Pattern D2_WORDS = Pattern.compile("\\bd2\\b|\\bd-2\\b|ergocalciferol|ergocalciférol");

    /** The form a product name states; empty when it states none or both. */
    public static Optional<VitaminDForm> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String text = name.toLowerCase(Locale.ROOT);
        boolean d3 = D3_WORDS.matcher(text).find();
        boolean d2 = D2_WORDS.matcher(text).find();
        if (d3 == d2) {
            return Optional.empty();
        }
        return Optional.of(d3 ? D3 : D2);
    }

    /**
     * The form a product has: none (null) without vitamin D; the chosen one; or, none chosen (null), the one its
     * name states, UNKNOWN when it states none.
     */
    public static VitaminDForm of(VitaminDForm chosen, String name, Double vitaminDMicrograms) {
        if (vitaminDMicrograms == null || vitaminDMicrograms <= 0) {
            return null;
        }
        return chosen != null ? chosen : fromName(name).orElse(UNKNOWN);
    }
}
