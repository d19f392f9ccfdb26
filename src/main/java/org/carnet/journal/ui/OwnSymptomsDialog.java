package org.carnet.journal.ui;

import static org.carnet.ui.Layouts.*;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.carnet.ui.Forms;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/**
 * "My symptoms": add a symptom in one's own words, rename it, change it, retire it (its values stay) or bring it
 * back. Keyboard first: the name field has the focus, Enter in it saves, and every control has a mnemonic.
 */
public final class OwnSymptomsDialog extends Dialog<Void> {

    public OwnSymptomsDialog(Window owner, Messages messages, OwnSymptomsViewModel model,
                             Consumer<Throwable> onFailure) {
        initOwner(owner);
        setTitle(messages.get("ownSymptoms.title"));
        setHeaderText(messages.get("ownSymptoms.header", OwnSymptom.MAX_ACTIVE));
        getDialogPane().setId("own-symptoms-dialog");
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setPrefWidth(680);

        ListView<OwnSymptom> list = new ListView<>(model.symptoms());
        list.setId("own-symptoms-list");
        list.setPrefWidth(260);
        list.setPrefHeight(260);
        list.setPlaceholder(new Label(messages.get("ownSymptoms.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(OwnSymptom item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : OwnSymptomWords.line(item, messages));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            }
        });

        TextField name = new TextField();
        name.setId("own-symptom-name");
        name.setPromptText(messages.get("ownSymptoms.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        ComboBox<OwnSymptomKind> kind = new ComboBox<>();
        kind.setId("own-symptom-kind");
        kind.getItems().setAll(List.of(OwnSymptomKind.values()));
        kind.setConverter(converter(k -> messages.of("ownSymptom.kind", k)));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        CheckBox higher = new CheckBox(messages.get("ownSymptoms.higherIsBetter"));
        higher.setId("own-symptom-higher");
        higher.setMnemonicParsing(true);
        // The French sentence is longer than the form is wide: it wraps, nothing cut.
        higher.setWrapText(true);
        higher.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        higher.selectedProperty().bindBidirectional(model.higherIsBetterProperty());

        Button save = new Button();
        save.setId("own-symptom-save");
        save.setMnemonicParsing(true);
        save.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.selectedProperty().get() == null ? "ownSymptoms.add" : "ownSymptoms.save"),
                model.selectedProperty()));
        save.getStyleClass().add("accent");
        Runnable doSave = () -> model.save(() -> { }, onFailure);
        save.setOnAction(e -> doSave.run());
        name.setOnAction(e -> doSave.run());
        Button fresh = new Button(messages.get("ownSymptoms.new"));
        fresh.setId("own-symptom-new");
        fresh.setMnemonicParsing(true);
        fresh.setOnAction(e -> {
            model.select(null);
            name.requestFocus();
        });
        Button retire = new Button();
        retire.setId("own-symptom-retire");
        retire.setMnemonicParsing(true);
        retire.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.selectedProperty().get() != null && model.selectedProperty().get().retired()
                        ? "ownSymptoms.restore" : "ownSymptoms.retire"), model.selectedProperty()));
        retire.disableProperty().bind(model.selectedProperty().isNull());
        retire.setOnAction(e -> {
            if (model.selectedProperty().get().retired()) {
                model.restore(onFailure);
            } else {
                model.retire(onFailure);
            }
        });
        Label retireHint = hint(messages.get("ownSymptoms.retire.hint"));
        retireHint.setWrapText(true);
        Label noAdvice = hint(messages.get("ownSymptoms.noAdvice"));
        noAdvice.setId("own-symptoms-no-advice");
        noAdvice.setWrapText(true);
        Label errors = new Label();
        errors.getStyleClass().add("field-error");
        errors.setWrapText(true);
        Forms.showErrorIn(errors, "kind", model.errors(), messages);

        VBox form = new VBox(10,
                labelled(messages.get("ownSymptoms.name"), Forms.withError(name, "name", model.errors(), messages)),
                labelled(messages.get("ownSymptoms.kind"), kind), errors, higher,
                org.carnet.ui.Layouts.buttonRow(8, save, fresh, retire), retireHint, noAdvice);
        form.setPrefWidth(360);
        HBox.setHgrow(form, Priority.ALWAYS);
        HBox content = new HBox(16, list, form);
        content.setAlignment(Pos.TOP_LEFT);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(new ButtonType(messages.get("action.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        setOnShown(e -> name.requestFocus());
        setResultConverter(b -> null);
    }
}
