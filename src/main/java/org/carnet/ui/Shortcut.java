package org.carnet.ui;

import javafx.scene.input.KeyCombination;

/**
 * The keys of the main actions, in one place: the menus take their accelerators from here and the buttons doing
 * the same thing show them in their tooltips, in the platform's words (Ctrl+N, or ⌘N on a Mac).
 */
public enum Shortcut {
    TODAY_CHECK_IN("Shortcut+N"),
    SAVE("Shortcut+S"),
    LOG_CRAMP("Shortcut+E"),
    LOG_PALPITATION("Shortcut+Shift+E"),
    LOG_INTAKE("Shortcut+I"),
    FIND_FOOD("Shortcut+F"),
    REPORT("Shortcut+P"),
    PREVIOUS_DAY("Alt+Left"),
    NEXT_DAY("Alt+Right");

    private final KeyCombination combination;

    Shortcut(String keys) {
        this.combination = KeyCombination.valueOf(keys);
    }

    public KeyCombination combination() {
        return combination;
    }

    /** As the menus show it: "Ctrl+N". */
    public String displayText() {
        return combination.getDisplayText();
    }

    /** Gives {@code control} a tooltip saying what it does and its key: "Log a cramp (Ctrl+E)" (made on hover). */
    public void tooltipOn(javafx.scene.control.Control control, String text) {
        Tooltips.set(control, Layouts.withoutMnemonic(text) + " (" + displayText() + ")");
    }
}
