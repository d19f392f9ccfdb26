package org.carnet.core;

import java.util.Locale;

/**
 * A value whose words depend on the language it is read in (a list of food names, French or English), handed to a
 * message as an argument: the messages turn it into text in their own language before formatting.
 */
public interface Localized {
    String text(Locale locale);
}
