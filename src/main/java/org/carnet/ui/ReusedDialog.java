package org.carnet.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;

/**
 * A dialog made once and shown again and again. JavaFX takes a closed dialog's content out of its window (the window
 * keeps an empty root), so the next showing would style and lay out the whole content anew, the longest part of
 * opening it. Here the content is put back and styled just after the dialog closes, in a turn of its own: the next
 * showing finds it ready.
 */
public final class ReusedDialog {
    private ReusedDialog() {
    }

    /** Keeps {@code dialog}'s content styled between showings; call once its content is set. */
    public static void keepStyled(Dialog<?> dialog) {
        Scene scene = dialog.getDialogPane().getScene();
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> Platform.runLater(() -> {
            DialogPane pane = dialog.getDialogPane();
            if (!dialog.isShowing() && scene != null && scene.getRoot() != pane) {
                scene.setRoot(pane);
            }
            style(dialog);
        }));
    }

    /** Styles and lays out {@code dialog}'s content now, without showing it. */
    public static void style(Dialog<?> dialog) {
        dialog.getDialogPane().applyCss();
        dialog.getDialogPane().layout();
    }
}
