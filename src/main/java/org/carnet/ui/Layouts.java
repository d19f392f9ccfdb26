package org.carnet.ui;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The small layout pieces every page uses: labelled fields, titled cards, hints, spacers. */
public final class Layouts {
    private Layouts() {
    }

    /**
     * A label above its control; the label names the control for screen readers, and an underscore in its text
     * ("_Fatigue") makes Alt and that letter put the keyboard on the control.
     */
    public static VBox labelled(String text, Node control) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        label.setMnemonicParsing(true);
        // A field's name is never cut: the row it is in gets wider (the page then scrolls sideways) instead.
        label.setMinWidth(Region.USE_PREF_SIZE);
        pointAt(label, control);
        return new VBox(4, label, control);
    }

    /** A {@link #card} whose title is the label of {@code control}, with its mnemonic. */
    public static VBox labelledCard(String title, Node control, Node... content) {
        VBox card = card(title, content);
        Label label = (Label) card.getChildren().get(0);
        label.setMnemonicParsing(true);
        pointAt(label, control);
        return card;
    }

    /** {@code text} as shown, without the underscore that marks its mnemonic: for screen readers and tooltips. */
    public static String withoutMnemonic(String text) {
        return text.replaceFirst("_(?=.)", "");
    }

    /** A label for {@code control} whose underscore ("_Time") makes Alt and that letter focus the control. */
    public static Label mnemonicLabel(String text, Node control) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        label.setMnemonicParsing(true);
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (control != null) {
            pointAt(label, control);
        }
        return label;
    }

    private static void pointAt(Label label, Node control) {
        if (control instanceof NullableChoice<?> choice) {
            // A choice is one tab stop that moves with the pressed button; the mnemonic must follow it.
            label.labelForProperty().bind(choice.tabStopProperty());
        } else if (control instanceof javafx.scene.layout.Pane pane && !pane.getChildren().isEmpty()) {
            label.setLabelFor(pane.getChildren().get(0));
        } else {
            label.setLabelFor(control);
        }
    }

    /**
     * A page of the main window: its title, then {@code content} in a scroll pane that keeps the focused field in
     * view.
     */
    public static VBox scrollingPage(String id, String title, Region content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        content.setPadding(new javafx.geometry.Insets(0, 14, 14, 0));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        ScrollOnFocus.install(scroll, content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(12, heading, scroll);
        root.setId(id);
        root.getStyleClass().add("page");
        return root;
    }

    /** A bordered section with a bold title. */
    public static VBox card(String title, Node... content) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        // A card's title is never cut: in a narrow card it goes on to a second line.
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, label);
        box.getChildren().addAll(content);
        box.getStyleClass().add("form-section");
        return box;
    }

    /** "Source: document, section" under a piece of advice, small and grey like the findings' ones. */
    public static Label sourceLine(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("source-line");
        label.setWrapText(true);
        return label;
    }

    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    /** Keeps each of {@code nodes} at least as wide as its text: a row of them grows rather than cutting one. */
    public static void whole(Region... nodes) {
        for (Region node : nodes) {
            node.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** Buttons side by side that go on to the next line when the width runs out, none of them cut. */
    public static javafx.scene.layout.FlowPane buttonRow(double gap, Region... buttons) {
        whole(buttons);
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(gap, gap, buttons);
        // A flow pane asks for all its width by default; this one wraps in whatever width it is given.
        row.setPrefWrapLength(0);
        row.setMinWidth(0);
        return row;
    }

    /**
     * Makes {@code label} wrap onto more lines when narrow, but never narrower than its longest word (a word is not
     * broken across two lines), and as tall as its lines: for cells of tables laid out in a grid.
     */
    public static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        Runnable update = () -> {
            double widest = 0;
            String text = label.getText() == null ? "" : label.getText();
            for (String word : text.split("\\s+")) {
                javafx.scene.text.Text measure = new javafx.scene.text.Text(word);
                measure.setFont(label.getFont());
                widest = Math.max(widest, Math.ceil(measure.getLayoutBounds().getWidth()));
            }
            label.setMinWidth(widest + label.snappedLeftInset() + label.snappedRightInset() + 1);
        };
        label.fontProperty().addListener(o -> update.run());
        label.textProperty().addListener(o -> update.run());
        label.paddingProperty().addListener(o -> update.run());
        update.run();
        return label;
    }

    /** Takes the free width of an HBox, pushing what follows to the right. */
    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** Shows values in a combo box; the box is not editable, so text is never turned back into a value. */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
