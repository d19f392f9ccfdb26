package org.carnet.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * A row of toggle buttons for a value that may be "not recorded": no button pressed means null. Pressing the
 * pressed button again clears it. Bound both ways to the model's property.
 *
 * <p>For the keyboard it is one stop in the tab order, like a group of radio buttons: Tab lands on the pressed
 * button (or the first), the arrows move between buttons, Space presses one. With {@link #setKeys} each option also
 * has a letter ("N" at night): typing it chooses the option.
 */
public final class NullableChoice<T> extends HBox {
    private final ToggleGroup group = new ToggleGroup();
    private final ReadOnlyObjectWrapper<Node> tabStop = new ReadOnlyObjectWrapper<>();
    private Function<T, String> keys;
    private Runnable onChosenByKey = () -> { };
    private boolean updating;

    public NullableChoice(List<T> values, Function<T, String> label, ObjectProperty<T> property, String idPrefix) {
        getStyleClass().add("nullable-choice");
        for (T value : values) {
            ToggleButton button = new ToggleButton(label.apply(value));
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setMnemonicParsing(false);
            button.setId(idPrefix + "-" + String.valueOf(value).toLowerCase(Locale.ROOT));
            button.getStyleClass().add("choice-button");
            // An option is never cut to "Diarr…": the row of options keeps its width and its container grows.
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            getChildren().add(button);
        }
        if (!getChildren().isEmpty()) {
            getChildren().get(0).getStyleClass().add("left-pill");
            getChildren().get(getChildren().size() - 1).getStyleClass().add("right-pill");
        }
        select(property.get());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            updateTabStop();
            if (!updating) {
                updating = true;
                @SuppressWarnings("unchecked")
                T value = now == null ? null : (T) now.getUserData();
                property.set(value);
                updating = false;
            }
        });
        property.addListener((o, was, now) -> {
            if (!updating) {
                updating = true;
                select(now);
                updating = false;
            }
        });
        updateTabStop();
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && selectByKey(e.getCharacter())) {
                e.consume();
                onChosenByKey.run();
            }
        });
    }

    /** Gives each option a letter the person can type to choose it; shown in the option's tooltip. */
    public NullableChoice<T> setKeys(Function<T, String> keys, Function<String, String> tooltip) {
        this.keys = keys;
        for (Node child : getChildren()) {
            @SuppressWarnings("unchecked")
            T value = (T) child.getUserData();
            Tooltips.set((ToggleButton) child, tooltip.apply(keys.apply(value)));
        }
        return this;
    }

    /** What to do once an option was chosen by its letter (a keyboard form moves on to the next field). */
    public void setOnChosenByKey(Runnable action) {
        this.onChosenByKey = action;
    }

    /**
     * Chooses the option whose letter is {@code character} (any case); true if one matched. Typing the letter of
     * the option already chosen keeps it: a key never clears a value by surprise.
     */
    public boolean selectByKey(String character) {
        if (keys == null || character == null || character.isBlank()) {
            return false;
        }
        for (Toggle toggle : group.getToggles()) {
            @SuppressWarnings("unchecked")
            T value = (T) toggle.getUserData();
            if (keys.apply(value).equalsIgnoreCase(character.strip())) {
                group.selectToggle(toggle);
                return true;
            }
        }
        return false;
    }

    /** The button the keyboard lands on: the pressed one, or the first. Labels point their mnemonic at it. */
    public ReadOnlyObjectProperty<Node> tabStopProperty() {
        return tabStop.getReadOnlyProperty();
    }

    @Override
    public void requestFocus() {
        if (tabStop.get() != null) {
            tabStop.get().requestFocus();
        } else {
            super.requestFocus();
        }
    }

    private void updateTabStop() {
        Node stop = group.getSelectedToggle() instanceof Node selected ? selected
                : getChildren().isEmpty() ? null : getChildren().get(0);
        for (Node child : getChildren()) {
            child.setFocusTraversable(child == stop);
        }
        tabStop.set(stop);
    }

    private void select(T value) {
        group.selectToggle(group.getToggles().stream()
                .filter(t -> t.getUserData().equals(value))
                .findFirst().orElse(null));
    }
}
