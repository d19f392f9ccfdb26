package org.carnet.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Fills a form with the keyboard alone, one key per value where it can be: a field whose value is complete hands
 * the keyboard to the next one, so "2 n 6 0 3…" fills five fields without a Tab.
 * <ul>
 * <li>A number moves on once no further key could change it ("6" on a 0–10 scale, "0", "12" for 0–50). A number
 * that could go on ("1" may become 10, "7" hours may become 7,5) waits for Tab, as in the segments of a date
 * field.</li>
 * <li>A letter typed after a number goes to the choice that follows when it is one of its letters ("2" then "n":
 * two cramps, at night), since a letter cannot be part of a number.</li>
 * <li>Digits are never carried over to the next field: "11" on a 0–10 scale stays where it was typed and is
 * refused there, so a typo never turns into two values. The same holds when the first digit already moved on:
 * "99" in a 0–50 count moves on after the first 9, and the second one, typed into the choice that follows (which
 * takes letters), goes back to the count, which then says that 99 is out of range instead of silently keeping 9.</li>
 * </ul>
 * Moving on by itself happens only for keys typed into the field; the mouse and Tab work as they always do.
 */
public final class QuickEntry {
    private final List<Node> fields = new ArrayList<>();
    /** The number field the keyboard just left by itself, and the choice it went to (null when neither). */
    private TextField leftBy;
    private Node wentTo;

    /** A number field: {@code valid} accepts the text as it is, {@code complete} says no key could extend it. */
    public QuickEntry number(TextField field, Predicate<String> valid, Predicate<String> complete) {
        fields.add(field);
        field.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (typed == null || typed.length() != 1 || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            char key = typed.charAt(0);
            if (key >= '0' && key <= '9') {
                String after = textAfterTyping(field, typed);
                if (complete.test(after)) {
                    field.replaceSelection(typed);
                    e.consume();
                    advanceFrom(field);
                }
            } else if (Character.isLetter(key) && !field.getText().isBlank() && valid.test(field.getText())
                    && next(field) instanceof NullableChoice<?> choice && choice.selectByKey(typed)) {
                e.consume();
                advanceFrom(choice);
            }
        });
        return this;
    }

    /** A choice with letters: typing one chooses and moves on. */
    public QuickEntry choice(NullableChoice<?> choice) {
        fields.add(choice);
        choice.setOnChosenByKey(() -> advanceFrom(choice));
        choice.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            TextField number = leftBy;
            boolean digit = typed != null && typed.length() == 1 && typed.charAt(0) >= '0' && typed.charAt(0) <= '9'
                    && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
            if (wentTo == choice && number != null && digit) {
                e.consume();
                number.requestFocus();
                number.deselect();
                number.insertText(number.getLength(), typed);
                number.positionCaret(number.getLength());
            }
            forgetAdvance();
        });
        choice.focusWithinProperty().addListener((o, was, now) -> {
            if (!now && wentTo == choice) {
                forgetAdvance();
            }
        });
        return this;
    }

    private void forgetAdvance() {
        leftBy = null;
        wentTo = null;
    }

    /** Any other field (a rating, the first box after the form); its own key handling calls {@link #advanceFrom}. */
    public QuickEntry field(Node node) {
        fields.add(node);
        return this;
    }

    /**
     * Puts the keyboard on the field after {@code field}, with its text selected, ready to retype. It moves as Tab
     * does (the fields are registered in tab order), so the focus shows as it does for a Tab; should the tab order
     * ever disagree, the field is focused directly.
     */
    public void advanceFrom(Node field) {
        Node next = next(field);
        if (next == null) {
            return;
        }
        if (holdsFocus(field)) {
            if (field instanceof NullableChoice<?> choice) {
                // The pressed button is now the choice's only tab stop: Tab from it leaves the choice.
                choice.requestFocus();
            }
            field.getScene().getFocusOwner()
                    .fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, false, false, false));
        }
        if (!holdsFocus(next)) {
            next.requestFocus();
        }
        if (next instanceof TextField text) {
            text.selectAll();
        }
        if (field instanceof TextField number && next instanceof NullableChoice<?>) {
            leftBy = number;
            wentTo = next;
        } else {
            forgetAdvance();
        }
    }

    private static boolean holdsFocus(Node node) {
        Node owner = node.getScene() == null ? null : node.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    private Node next(Node field) {
        int index = fields.indexOf(field);
        return index < 0 || index + 1 >= fields.size() ? null : fields.get(index + 1);
    }

    private static String textAfterTyping(TextField field, String typed) {
        String text = field.getText() == null ? "" : field.getText();
        int start = field.getSelection().getStart();
        int end = field.getSelection().getEnd();
        return text.substring(0, start) + typed + text.substring(end);
    }
}
