package org.carnet.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form of vitamin D a product gives (fact VITD_D3_PREFERRED), read from the name on its label: labels say "D3",
 * "cholécalciférol", "D2" or "ergocalciférol". A name that says neither leaves the form unknown, never guessed.
 */
public enum VitaminDForm {
    D2, D3;

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
}
