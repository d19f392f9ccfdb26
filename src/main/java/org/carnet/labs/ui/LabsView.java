package org.carnet.labs.ui;

import static org.carnet.ui.Layouts.*;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabText;
import org.carnet.labs.LabUnit;
import org.carnet.ui.DialogService;
import org.carnet.ui.Forms;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * "Results": the laboratory results the person brings back from the doctor, logged as printed on the report (value,
 * unit, the laboratory's own range), listed newest first with edit and delete. A value outside the laboratory's range
 * is said to be below or above it, nothing more.
 */
public final class LabsView {
    private final LabsViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<Throwable> saveFailed;
    private ComboBox<LabTest> testChoice;

    public LabsView(LabsViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.saveFailed = e -> dialogs.showError("action.saveLab", e);
    }

    public Node createView() {
        VBox content = new VBox(14, hint(messages.get("labs.hint")),
                card(messages.get("labs.form.title"), form()),
                card(messages.get("labs.list.title"), list()));
        return scrollingPage("labs-view", messages.get("labs.title"), content);
    }

    /** The keyboard starts on the test choice. */
    public void focusFirstField() {
        if (testChoice != null) {
            testChoice.requestFocus();
        }
    }

    private Node form() {
        testChoice = new ComboBox<>();
        testChoice.setId("lab-test");
        testChoice.getItems().setAll(LabTest.values());
        testChoice.setConverter(converter(t -> t == null ? "" : messages.of("labs.test", t)));
        testChoice.setPromptText(messages.get("labs.test.prompt"));
        testChoice.valueProperty().bindBidirectional(model.testProperty());

        DatePicker date = Forms.pastDatePicker("lab-date", messages, model::today);
        VBox dateBox = Forms.withError(date, "takenOn", model.errors(), messages);
        dateBox.getChildren().add(Forms.futureError(date));
        date.valueProperty().bindBidirectional(model.takenOnProperty());

        ComboBox<LabUnit> unit = new ComboBox<>(model.units());
        unit.setId("lab-unit");
        unit.setConverter(converter(u -> u == null ? "" : u.symbol()));
        unit.valueProperty().bindBidirectional(model.unitProperty());

        VBox value = Forms.numberField("lab-value", model.valueProperty(), "", "value", model.errors(), messages, 110);
        VBox low = Forms.numberField("lab-range-low", model.rangeLowProperty(), messages.get("common.none"),
                "rangeLow", model.errors(), messages, 110);
        VBox high = Forms.numberField("lab-range-high", model.rangeHighProperty(), messages.get("common.none"),
                "rangeHigh", model.errors(), messages, 110);
        FlowPane fields = new FlowPane(14, 8,
                labelled(messages.get("labs.field.test"), Forms.withError(testChoice, "test", model.errors(), messages)),
                labelled(messages.get("labs.field.date"), dateBox),
                labelled(messages.get("labs.field.value"), value),
                labelled(messages.get("labs.field.unit"), Forms.withError(unit, "unit", model.errors(), messages)),
                labelled(messages.get("labs.field.rangeLow"), low),
                labelled(messages.get("labs.field.rangeHigh"), high));

        Button save = new Button(messages.get("labs.add"), Icons.icon(MaterialDesignP.PLUS));
        save.setId("lab-save");
        save.setOnAction(e -> model.save(saveFailed));
        Button cancel = new Button(messages.get("labs.cancelEdit"));
        cancel.setId("lab-cancel");
        cancel.setOnAction(e -> model.cancelEdit());
        Label editing = new Label();
        editing.setId("lab-editing");
        editing.getStyleClass().add("hint");
        Runnable mode = () -> {
            LabResult edited = model.editingProperty().get();
            save.setText(messages.get(edited == null ? "labs.add" : "labs.saveChanges"));
            cancel.setVisible(edited != null);
            cancel.setManaged(edited != null);
            editing.setText(edited == null ? "" : messages.get("labs.editing", LabText.describe(edited, messages)));
            editing.setVisible(edited != null);
            editing.setManaged(edited != null);
        };
        model.editingProperty().addListener(o -> mode.run());
        mode.run();
        // Enter in any field saves, Escape leaves an edit: the form is used without the mouse.
        for (Node field : new Node[] {value.getChildren().get(0), low.getChildren().get(0), high.getChildren().get(0)}) {
            ((TextField) field).setOnAction(e -> model.save(saveFailed));
        }
        VBox form = new VBox(8, editing, fields, hint(messages.get("labs.range.hint")), new HBox(8, save, cancel));
        form.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.editingProperty().get() != null) {
                model.cancelEdit();
                e.consume();
            }
        });
        return form;
    }

    private Node list() {
        VBox box = new VBox(4);
        box.setId("labs-list");
        Runnable fill = () -> {
            box.getChildren().clear();
            if (model.results().isEmpty()) {
                box.getChildren().add(hint(messages.get("labs.none")));
            }
            for (LabResult result : model.results()) {
                box.getChildren().add(row(result));
            }
        };
        ListChangeListener<LabResult> listener = c -> fill.run();
        box.getProperties().put(LabsView.class, listener);
        model.results().addListener(new WeakListChangeListener<>(listener));
        fill.run();
        return box;
    }

    private Node row(LabResult result) {
        Label text = new Label(LabText.describe(result, messages));
        text.setWrapText(true);
        text.getStyleClass().add("lab-line");
        if (result.belowRange() || result.aboveRange()) {
            text.getStyleClass().add("lab-outside-range");
        }
        Button edit = Icons.button(MaterialDesignP.PENCIL_OUTLINE, messages.get("labs.edit"));
        edit.getStyleClass().add("lab-edit");
        edit.setOnAction(e -> {
            model.edit(result);
            focusFirstField();
        });
        Button delete = Icons.button(MaterialDesignD.DELETE_OUTLINE, messages.get("labs.delete"));
        delete.getStyleClass().add("lab-delete");
        delete.setOnAction(e -> {
            if (dialogs.confirm(messages.get("labs.delete.header", LabText.describe(result, messages)),
                    messages.get("labs.delete.content"), messages.get("labs.delete.action"))) {
                model.delete(result, err -> dialogs.showError("action.deleteLab", err));
            }
        });
        HBox row = new HBox(6, text, spacer(), edit, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("episode-row", "lab-row");
        row.setUserData(result);
        return row;
    }
}
