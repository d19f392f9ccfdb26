package org.carnet.tracking.ui;

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
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.carnet.intake.Product;
import java.util.List;
import org.carnet.tracking.Exposure;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.Symptom;
import org.carnet.ui.DialogService;
import org.carnet.ui.Forms;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Protocols: what the person changed, from when, and the daily plan adherence is measured against. */
public final class ProtocolsView {
    private final ProtocolsViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<Throwable> failed;

    public ProtocolsView(ProtocolsViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.failed = e -> dialogs.showError("action.saveProtocol", e);
    }

    public Node createView() {
        VBox list = new VBox(4);
        list.setId("protocols-list");
        Runnable fill = () -> {
            list.getChildren().clear();
            if (model.protocols().isEmpty()) {
                list.getChildren().add(hint(messages.get("protocols.none")));
            }
            Protocol current = model.current().orElse(null);
            for (Protocol protocol : model.protocols()) {
                list.getChildren().add(row(protocol, current != null && protocol.id().equals(current.id())));
            }
        };
        ListChangeListener<Protocol> listener = c -> fill.run();
        list.getProperties().put(ProtocolsView.class, listener);
        model.protocols().addListener(new WeakListChangeListener<>(listener));
        fill.run();
        Button create = new Button(messages.get("protocols.new"), Icons.icon(MaterialDesignP.PLUS));
        create.setId("protocols-new");
        create.setOnAction(e -> model.newProtocol());

        VBox content = new VBox(14, card(messages.get("protocols.yours"), hint(messages.get("protocols.hint")), list,
                create), card(messages.get("protocols.form"), form()));
        return scrollingPage("protocols-view", messages.get("protocols.title"), content);
    }

    private Node row(Protocol protocol, boolean current) {
        String dates = protocol.end() == null
                ? messages.get("protocols.since", messages.shortDate(protocol.start()))
                : messages.get("protocols.fromTo", messages.shortDate(protocol.start()), messages.shortDate(protocol.end()));
        Label text = new Label(protocol.name() + " — " + dates + " — "
                + messages.get("protocols.planCount", protocol.plan().size()));
        text.setWrapText(true);
        HBox row = new HBox(8, text);
        if (current) {
            Label badge = new Label(messages.get("protocols.current"));
            badge.getStyleClass().add("status-chip");
            whole(badge);
            row.getChildren().add(badge);
        }
        Button edit = Icons.button(MaterialDesignP.PENCIL_OUTLINE, messages.get("action.edit"));
        edit.setOnAction(e -> model.edit(protocol));
        Button delete = Icons.button(MaterialDesignD.DELETE_OUTLINE, messages.get("action.delete"));
        delete.setOnAction(e -> {
            if (dialogs.confirm(messages.get("protocols.delete.header", protocol.name()),
                    messages.get("protocols.delete.content"), messages.get("action.delete"))) {
                model.delete(protocol, failed);
            }
        });
        row.getChildren().addAll(spacer(), edit, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("episode-row");
        return row;
    }

    private Node form() {
        TextField name = new TextField();
        name.setId("protocol-name");
        name.setPrefWidth(320);
        name.setMaxWidth(320);
        name.setPromptText(messages.get("protocols.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        DatePicker start = datePicker("protocol-start");
        start.valueProperty().bindBidirectional(model.startProperty());
        DatePicker end = datePicker("protocol-end");
        end.valueProperty().bindBidirectional(model.endProperty());
        end.setPromptText(messages.get("protocols.end.prompt"));
        Button clearEnd = Icons.button(MaterialDesignC.CLOSE_CIRCLE_OUTLINE, messages.get("protocols.end.clear"));
        clearEnd.setOnAction(e -> model.endProperty().set(null));
        HBox dates = new HBox(14, labelled(messages.get("protocols.start"),
                Forms.withError(start, "protocolStart", model.errors(), messages)),
                labelled(messages.get("protocols.end"), new HBox(4,
                        Forms.withError(end, "protocolEnd", model.errors(), messages), clearEnd)));

        VBox lines = new VBox(6);
        lines.setId("protocol-plan");
        Runnable fill = () -> {
            lines.getChildren().clear();
            if (model.plan().isEmpty()) {
                lines.getChildren().add(hint(messages.get("protocols.plan.empty")));
            }
            for (ProtocolsViewModel.DoseLine line : model.plan()) {
                lines.getChildren().add(doseRow(line));
            }
        };
        ListChangeListener<ProtocolsViewModel.DoseLine> listener = c -> fill.run();
        lines.getProperties().put(ProtocolsView.class, listener);
        model.plan().addListener(new WeakListChangeListener<>(listener));
        fill.run();
        Button addLine = new Button(messages.get("protocols.plan.add"), Icons.icon(MaterialDesignP.PLUS));
        addLine.setId("protocol-plan-add");
        addLine.setOnAction(e -> model.addLine());
        Button fromUsual = new Button(messages.get("protocols.plan.fromUsual"));
        fromUsual.setId("protocol-plan-usual");
        fromUsual.setOnAction(e -> model.fillFromRoutine(failed));
        Button save = new Button(messages.get("action.save"), Icons.icon(MaterialDesignC.CONTENT_SAVE));
        save.setId("protocol-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save(() -> { }, failed));
        Label planError = new Label();
        planError.getStyleClass().add("field-error");
        Forms.showErrorIn(planError, "protocolPlan", model.errors(), messages);
        return new VBox(10, labelled(messages.get("protocols.name"),
                Forms.withError(name, "protocolName", model.errors(), messages)), dates,
                labelled(messages.get("protocols.plan"), lines), planError, buttonRow(8, addLine, fromUsual),
                question(), save, org.carnet.ui.FindingsView.following(model.savedAdvice(), messages,
                        "protocol-advice"));
    }

    /** The declared question and the optional on/off plan; fixed once the edited protocol has started. */
    private Node question() {
        ComboBox<Symptom> symptom = new ComboBox<>();
        symptom.setId("protocol-question-symptom");
        symptom.getItems().add(null);
        symptom.getItems().addAll(Symptom.values());
        symptom.setConverter(converter(v -> v == null ? messages.get("protocols.question.symptom.none")
                : messages.of("symptom", v)));
        symptom.valueProperty().bindBidirectional(model.questionSymptomProperty());
        ComboBox<Exposure> exposure = new ComboBox<>();
        exposure.setId("protocol-question-exposure");
        exposure.getItems().addAll(Exposure.values());
        exposure.setConverter(converter(v -> v == null ? "" : messages.of("protocols.question.exposure", v)));
        exposure.valueProperty().bindBidirectional(model.exposureProperty());
        ComboBox<Product> product = new ComboBox<>(model.products());
        product.setId("protocol-question-product");
        product.setConverter(converter(p -> p == null ? "" : p.name()));
        product.valueProperty().bindBidirectional(model.questionProductProperty());
        TextField threshold = new TextField();
        threshold.setId("protocol-question-threshold");
        threshold.setPrefColumnCount(5);
        threshold.textProperty().bindBidirectional(model.thresholdProperty());
        ComboBox<Integer> lag = new ComboBox<>();
        lag.setId("protocol-question-lag");
        lag.getItems().addAll(0, 1);
        lag.setConverter(converter(v -> v == null ? "" : messages.get("protocols.question.lag." + v)));
        lag.valueProperty().bindBidirectional(model.lagProperty());
        ComboBox<Integer> onOff = new ComboBox<>();
        onOff.setId("protocol-onoff");
        onOff.getItems().addAll(null, 4, 7);
        onOff.setConverter(converter(v -> messages.get(v == null ? "protocols.onoff.none" : "protocols.onoff." + v)));
        onOff.valueProperty().bindBidirectional(model.onOffBlockDaysProperty());

        HBox doseFields = new HBox(14, labelled(messages.get("protocols.question.product"), product),
                labelled(messages.get("protocols.question.threshold"), threshold));
        Runnable showDose = () -> {
            boolean dose = model.exposureProperty().get() != Exposure.PROTOCOL && symptom.getValue() != null;
            doseFields.setVisible(dose);
            doseFields.setManaged(dose);
            product.setDisable(model.exposureProperty().get() != Exposure.PRODUCT);
        };
        model.exposureProperty().addListener(o -> showDose.run());
        model.questionSymptomProperty().addListener(o -> showDose.run());
        showDose.run();
        Label error = new Label();
        error.getStyleClass().add("field-error");
        Forms.showErrorIn(error, "protocolQuestion", model.errors(), messages);
        VBox box = new VBox(8, hint(messages.get("protocols.question.hint")),
                new HBox(14, labelled(messages.get("protocols.question.symptom"), symptom),
                        labelled(messages.get("protocols.question.exposure"), exposure),
                        labelled(messages.get("protocols.question.lag"), lag)), doseFields,
                labelled(messages.get("protocols.onoff"), onOff), hint(messages.get("protocols.onoff.hint")), error);
        Runnable lock = () -> {
            boolean locked = model.questionLocked();
            for (Node field : List.of(symptom, exposure, product, threshold, lag, onOff)) {
                field.setDisable(locked || field == product && model.exposureProperty().get() != Exposure.PRODUCT);
            }
        };
        model.editingProperty().addListener(o -> lock.run());
        lock.run();
        return labelled(messages.get("protocols.question"), box);
    }

    private Node doseRow(ProtocolsViewModel.DoseLine line) {
        ComboBox<Product> product = new ComboBox<>(model.products());
        product.valueProperty().bindBidirectional(line.productProperty());
        product.setConverter(converter(p -> p == null ? "" : p.name()));
        product.setPrefWidth(260);
        TextField units = new TextField();
        units.setPrefColumnCount(3);
        units.textProperty().bindBidirectional(line.unitsProperty());
        TextField time = new TextField();
        time.setPrefColumnCount(4);
        time.textProperty().bindBidirectional(line.timeProperty());
        Button remove = Icons.button(MaterialDesignD.DELETE_OUTLINE, messages.get("action.delete"));
        remove.setOnAction(e -> model.plan().remove(line));
        Label times = new Label("×");
        Label at = new Label(messages.get("protocols.plan.at"));
        // The words between the fields keep their width; in a narrow window the product's choice gives way.
        whole(times, at);
        HBox row = new HBox(8, product, times, units, at, time, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("protocol-dose");
        return row;
    }

    private DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new LocalDateStringConverter(messages.shortDateFormatter(), null));
        picker.setPrefWidth(150);
        return picker;
    }


    /**
     * Runs {@code next} once the protocol form has no unsaved changes (saved or discarded); with changes that cannot
     * be saved as they are, or if the person stays, runs {@code stay} instead (the window shows the form).
     */
    public static void whenChangesHandled(ProtocolsViewModel model, DialogService dialogs, Runnable next,
                                          Runnable stay) {
        if (model == null || !model.hasUnsavedChanges()) {
            next.run();
            return;
        }
        switch (dialogs.askUnsaved()) {
            case SAVE -> {
                if (!model.save(next, e -> dialogs.showError("action.saveProtocol", e))) {
                    stay.run();
                }
            }
            case DISCARD -> next.run();
            default -> stay.run();
        }
    }
}
