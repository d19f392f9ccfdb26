package org.carnet.journal.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;
import org.carnet.ui.Forms;
import org.carnet.ui.Messages;
import org.carnet.ui.NullableChoice;
import org.carnet.ui.ReusedDialog;
import org.carnet.ui.Theme;

/**
 * "Log an episode": a cramp or a palpitation with its time. OK is refused while a field is invalid. One dialog serves
 * every episode of a window: the model is filled again before each {@link #ask()}.
 */
public final class EpisodeDialog extends Dialog<Episode> {
    private final EpisodeViewModel model;
    private final Messages messages;

    public EpisodeDialog(Window owner, EpisodeViewModel model, Messages messages) {
        initOwner(owner);
        this.model = model;
        this.messages = messages;
        setHeaderText(messages.get("episode.header"));
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setId("episode-dialog");

        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).setId("episode-save");
        ((javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.CANCEL))
                .setText(messages.get("action.cancel"));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 14, 8, 14));
        int row = 0;

        NullableChoice<EpisodeKind> kind = new NullableChoice<>(List.of(EpisodeKind.values()),
                k -> messages.of("episode.kind", k), model.kindProperty(), "episode-kind");
        model.kindProperty().addListener((o, was, now) -> {
            if (now == null) {
                // Kind is not optional: pressing the selected button again keeps it.
                Platform.runLater(() -> model.kindProperty().set(was));
            }
        });
        grid.add(label(messages.get("episode.kind"), kind), 0, row);
        grid.add(kind, 1, row++, 2, 1);

        DatePicker date = new DatePicker();
        date.setId("episode-date");
        date.valueProperty().bindBidirectional(model.dateProperty());
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(messages.shortDateFormatter(), null));
        date.setPrefWidth(150);
        TextField time = new TextField();
        time.setId("episode-time");
        time.setPromptText("HH:MM");
        time.setPrefColumnCount(5);
        time.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        time.textProperty().bindBidirectional(model.timeProperty());
        grid.addRow(row++, label(messages.get("episode.when"), date), date,
                Forms.withError(time, EpisodeViewModel.TIME, model.errors(), messages));

        VBox duration = Forms.numberField("episode-duration", model.durationProperty(),
                messages.get("episode.duration.prompt"), EpisodeViewModel.DURATION, model.errors(), messages, 90);
        grid.addRow(row++, label(messages.get("episode.duration"), duration.getChildren().get(0)), duration);
        VBox severity = Forms.numberField("episode-severity", model.severityProperty(), "0–10",
                EpisodeViewModel.SEVERITY, model.errors(), messages, 90);
        grid.addRow(row++, label(messages.get("episode.severity"), severity.getChildren().get(0)), severity);

        NullableChoice<Rhythm> rhythm = new NullableChoice<>(List.of(Rhythm.values()),
                r -> messages.of("episode.rhythm", r), model.rhythmProperty(), "episode-rhythm");
        NullableChoice<Trigger> trigger = new NullableChoice<>(List.of(Trigger.values()),
                t -> messages.of("episode.trigger", t), model.triggerProperty(), "episode-trigger");
        VBox flags = new VBox(6);
        for (RedFlag flag : RedFlag.values()) {
            CheckBox box = new CheckBox(messages.of("redFlag", flag));
            box.setId("episode-flag-" + flag.name().toLowerCase(java.util.Locale.ROOT));
            box.selectedProperty().bindBidirectional(model.redFlag(flag));
            flags.getChildren().add(box);
        }
        Label flagsHint = new Label(messages.get("episode.redFlags.hint"));
        flagsHint.getStyleClass().add("hint");
        flagsHint.setWrapText(true);
        flags.getChildren().add(flagsHint);
        Node[] palpitationOnly = {
            label(messages.get("episode.rhythm"), rhythm), rhythm,
            label(messages.get("episode.trigger"), trigger), trigger,
            label(messages.get("episode.redFlags"), null), flags
        };
        // Their buttons are wider than the date: across both columns, so the time stays beside the date.
        for (int i = 0; i < palpitationOnly.length; i += 2) {
            grid.add(palpitationOnly[i], 0, row);
            grid.add(palpitationOnly[i + 1], 1, row++, 2, 1);
        }
        Runnable showPalpitationFields = () -> Arrays.stream(palpitationOnly).forEach(n -> {
            boolean visible = model.kindProperty().get() == EpisodeKind.PALPITATION;
            n.setVisible(visible);
            n.setManaged(visible);
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        model.kindProperty().addListener(o -> showPalpitationFields.run());
        showPalpitationFields.run();

        getDialogPane().setContent(grid);
        getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, event -> {
            if (model.toEpisode().isEmpty()) {
                event.consume();
            }
        });
        setResultConverter(button -> button == save ? model.toEpisode().orElse(null) : null);
        setOnShown(e -> Platform.runLater(kind::requestFocus));
        ReusedDialog.keepStyled(this);
    }

    /** The label of a row; an underscore in its text is its mnemonic (Alt and the letter). */
    private static Label label(String text, Node target) {
        return org.carnet.ui.Layouts.mnemonicLabel(text, target);
    }

    /** Shows the form as the model is now (it can be shown again, for another episode, once closed). */
    public Optional<Episode> ask() {
        setTitle(messages.get(model.isNew() ? "episode.title.new" : "episode.title.edit"));
        setResult(null);
        return showAndWait();
    }
}
