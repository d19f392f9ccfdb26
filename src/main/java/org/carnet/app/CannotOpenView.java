package org.carnet.app;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.carnet.storage.Backups;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The page shown instead of the journal when its file cannot be opened: what happened, in words; where the cause is
 * written; the newest automatic backup that opens (its date, the days it holds) with a button that restores it, the
 * damaged file kept aside rather than overwritten; or, when no backup opens, only a way to close.
 */
final class CannotOpenView {
    private final Messages messages;
    private final DamagedJournal damaged;
    private final Runnable onRestore;
    private final Runnable onQuit;
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button restore = new Button();

    CannotOpenView(Messages messages, DamagedJournal damaged, Runnable onRestore, Runnable onQuit) {
        this.messages = messages;
        this.damaged = damaged;
        this.onRestore = onRestore;
        this.onQuit = onQuit;
    }

    StackPane createView() {
        Path dataDir = damaged.dataDir();
        Label title = new Label(messages.get("damaged.title"), Icons.icon(MaterialDesignA.ALERT_OUTLINE));
        title.getStyleClass().add("title-3");
        Label explain = paragraph(messages.get("damaged.explain", dataDir.resolve("carnet.mv.db"),
                dataDir.resolve(Logging.FILE_NAME)));
        explain.setId("damaged-explain");
        VBox card = new VBox(10, title, explain);
        Button quit = new Button(messages.get("menu.quit"));
        quit.setId("damaged-quit");
        quit.setCancelButton(true);
        quit.setOnAction(e -> onQuit.run());
        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER_LEFT);
        damaged.backup().ifPresentOrElse(found -> {
            Backups.Backup backup = found.backup();
            Label offer = paragraph(messages.get("damaged.backup", RestoreDialog.when(messages, backup),
                    found.days()));
            offer.setId("damaged-backup");
            Label kept = paragraph(messages.get("damaged.kept", Backups.damagedFolder(dataDir)));
            kept.getStyleClass().add("hint");
            restore.setText(messages.get("damaged.restore"));
            restore.setId("damaged-restore");
            restore.setDefaultButton(true);
            restore.setOnAction(e -> {
                restore.setDisable(true);
                progress.setVisible(true);
                status.setText(messages.get("damaged.restoring"));
                onRestore.run();
            });
            buttons.getChildren().addAll(restore, quit);
            card.getChildren().addAll(offer, kept);
        }, () -> {
            Label none = paragraph(messages.get("damaged.none"));
            none.setId("damaged-none");
            card.getChildren().add(none);
            buttons.getChildren().add(quit);
        });
        progress.setMaxSize(22, 22);
        progress.setVisible(false);
        buttons.getChildren().add(progress);
        status.setId("damaged-status");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        card.getChildren().addAll(buttons, status);
        card.getStyleClass().add("home-card");
        card.setMaxWidth(560);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane page = new StackPane(card);
        page.setId("damaged-page");
        page.setAlignment(Pos.CENTER);
        return page;
    }

    /** The restore failed: say why under the buttons and let the person try again or quit. */
    void restoreFailed(String why) {
        restore.setDisable(false);
        progress.setVisible(false);
        status.setText(why);
        status.getStyleClass().add("field-error");
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
