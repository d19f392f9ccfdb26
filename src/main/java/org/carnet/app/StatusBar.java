package org.carnet.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** A thin bar at the bottom of the window that shows long work (export, import) while it runs. */
final class StatusBar extends HBox {
    private final Label text = new Label();
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);

    StatusBar() {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));
        progress.setPrefWidth(160);
        getChildren().addAll(progress, text);
        done();
    }

    void working(String what) {
        text.setText(what);
        setVisible(true);
        setManaged(true);
    }

    void done() {
        text.setText("");
        setVisible(false);
        setManaged(false);
    }
}
