package org.carnet.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * A row of toggle buttons for a value that may be "not recorded": no button pressed means null. Pressing the
 * pressed button again clears it. Bound both ways to the model's property.
 */
public final class NullableChoice<T> extends HBox {
    private final ToggleGroup group = new ToggleGroup();
    private boolean updating;

    public NullableChoice(List<T> values, Function<T, String> label, ObjectProperty<T> property, String idPrefix) {
        getStyleClass().add("nullable-choice");
        for (T value : values) {
            ToggleButton button = new ToggleButton(label.apply(value));
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setId(idPrefix + "-" + String.valueOf(value).toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add("choice-button");
            getChildren().add(button);
        }
        if (!getChildren().isEmpty()) {
            getChildren().get(0).getStyleClass().add("left-pill");
            getChildren().get(getChildren().size() - 1).getStyleClass().add("right-pill");
        }
        select(property.get());
        group.selectedToggleProperty().addListener((o, was, now) -> {
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
    }

    private void select(T value) {
        group.selectToggle(group.getToggles().stream()
                .filter(t -> t.getUserData().equals(value))
                .findFirst().orElse(null));
    }
}
