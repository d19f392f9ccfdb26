package org.carnet.intake.ui;

import static org.carnet.ui.Layouts.*;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.carnet.intake.CustomFood;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.Nutrient;
import org.carnet.intake.Product;
import org.carnet.intake.VitaminDForm;
import org.carnet.ui.DialogService;
import org.carnet.ui.Forms;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.carnet.ui.NullableChoice;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** "My products": supplements from their labels, medications by class, and foods that are not in the table. */
public final class ProductsView {
    private final ProductsViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<Throwable> failed;

    public ProductsView(ProductsViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.failed = e -> dialogs.showError("action.saveProduct", e);
        model.setDoseQuestion(p -> new DoseChangeDialog(owner(), messages, p.name(), model.today()).ask());
    }

    private Node root;

    private javafx.stage.Window owner() {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }

    public Node createView() {
        VBox content = new VBox(14, card(messages.get("products.supplements"), productForm(), list(model.products(),
                        p -> ProductText.describe(p, messages), p -> archive(p.name(), () -> model.archiveProduct(p, failed)),
                        model::editProduct, "products-list")),
                card(messages.get("products.medications"), medicationForm(), list(model.medications(),
                        m -> m.name() + " (" + messages.of("medication.class", m.medicationClass()) + ")",
                        m -> archive(m.name(), () -> model.archiveMedication(m, failed)), model::editMedication,
                        "medications-list")),
                card(messages.get("products.foods"), foodForm(), list(model.foods(), this::describe, null, null,
                        "foods-list")));
        root = scrollingPage("products-view", messages.get("products.title"), content);
        return root;
    }

    private void archive(String name, Runnable action) {
        if (dialogs.confirm(messages.get("products.archive.header", name), messages.get("products.archive.content"),
                messages.get("products.archive"))) {
            action.run();
        }
    }

    private Node productForm() {
        TextField name = text("product-name", model.productNameProperty(), messages.get("products.name.prompt"), 260);
        ComboBox<MagnesiumForm> form = new ComboBox<>();
        form.getItems().setAll(MagnesiumForm.values());
        form.setId("product-form");
        form.valueProperty().bindBidirectional(model.magnesiumFormProperty());
        form.setConverter(converter(f -> f == null ? "" : messages.of("magnesium.form", f)));
        form.setPromptText(messages.get("products.form.prompt"));
        NullableChoice<ProductsViewModel.VitaminDUnit> unit = new NullableChoice<>(
                List.of(ProductsViewModel.VitaminDUnit.values()),
                u -> messages.of("products.vitaminDUnit", u), model.vitaminDUnitProperty(), "product-vitd-unit");
        ComboBox<VitaminDForm> vitaminDForm = new ComboBox<>();
        vitaminDForm.getItems().setAll(VitaminDForm.values());
        vitaminDForm.setId("product-vitd-form");
        vitaminDForm.valueProperty().bindBidirectional(model.vitaminDFormProperty());
        vitaminDForm.setConverter(converter(f -> f == null ? "" : messages.of("vitaminD.form", f)));
        Button save = new Button(messages.get("products.addProduct"), Icons.icon(MaterialDesignP.PLUS));
        save.setId("product-save");
        save.setOnAction(e -> model.saveProduct(failed));
        Node actions = editActions(save, "product", model.editedProductProperty().isNotNull(),
                messages.get("products.addProduct"));
        FlowPane amounts = new FlowPane(14, 8,
                labelled(messages.get("products.magnesium"), amount("product-magnesium", "magnesiumMg")),
                labelled(messages.get("products.form"), Forms.withError(form, "magnesiumForm", model.errors(), messages)),
                labelled(messages.get("products.vitaminD"), new HBox(6, amount("product-vitamin-d", "vitaminD"), unit)),
                labelled(messages.get("products.vitaminDForm"), vitaminDForm),
                labelled(messages.get("products.vitaminK2"), amount("product-k2", "vitaminK2")),
                labelled(messages.get("products.vitaminK1"), amount("product-k1", "vitaminK1")),
                labelled(messages.get("products.calcium"), amount("product-calcium", "calciumMg")));
        Label hint = hint(messages.get("products.hint"));
        // What the forms are for, and how Carnet knows a vitamin D's form (its name), each with its source.
        VBox forms = new VBox(2, hint(messages.get("products.forms.note")),
                org.carnet.ui.Layouts.sourceLine(messages.source(org.carnet.guidance.Fact.MG_FORMS)),
                hint(messages.get("products.vitaminDForm.note")),
                org.carnet.ui.Layouts.sourceLine(messages.source(org.carnet.guidance.Fact.VITD_D3_PREFERRED)));
        return new VBox(8, hint, labelled(messages.get("products.name"),
                Forms.withError(name, "productName", model.errors(), messages)), amounts, forms, actions,
                org.carnet.ui.FindingsView.following(model.savedAdvice(), messages, "product-advice"));
    }

    private Node medicationForm() {
        TextField name = text("medication-name", model.medicationNameProperty(), messages.get("products.medication.prompt"),
                260);
        ComboBox<MedicationClass> kind = new ComboBox<>();
        kind.getItems().setAll(MedicationClass.values());
        kind.setId("medication-class");
        kind.valueProperty().bindBidirectional(model.medicationClassProperty());
        kind.setConverter(converter(c -> c == null ? "" : messages.of("medication.class", c)));
        kind.setPromptText(messages.get("products.medicationClass.prompt"));
        Button save = new Button(messages.get("products.addMedication"), Icons.icon(MaterialDesignP.PLUS));
        save.setId("medication-save");
        save.setOnAction(e -> model.saveMedication(failed));
        Node actions = editActions(save, "medication", model.editedMedicationProperty().isNotNull(),
                messages.get("products.addMedication"));
        HBox row = new HBox(12, labelled(messages.get("products.name"),
                Forms.withError(name, "medicationName", model.errors(), messages)),
                labelled(messages.get("products.medicationClass"),
                        Forms.withError(kind, "medicationClass", model.errors(), messages)));
        return new VBox(8, row, actions);
    }

    private Node foodForm() {
        TextField name = text("food-name", model.foodNameProperty(), messages.get("products.food.prompt"), 260);
        CheckBox drink = new CheckBox(messages.get("products.food.drink"));
        drink.setId("food-drink");
        drink.selectedProperty().bindBidirectional(model.foodDrinkProperty());
        FlowPane amounts = new FlowPane(14, 8);
        for (Nutrient nutrient : Nutrient.values()) {
            String field = ProductsViewModel.foodField(nutrient);
            amounts.getChildren().add(labelled(messages.get("products.food." + nutrient.name().toLowerCase(java.util.Locale.ROOT)),
                    Forms.numberField("food-" + nutrient.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                            model.foodAmount(nutrient), messages.get("common.unknown"), field, model.errors(), messages, 110)));
        }
        Button save = new Button(messages.get("products.addFood"), Icons.icon(MaterialDesignP.PLUS));
        save.setId("food-save");
        save.setOnAction(e -> model.saveFood(failed));
        return new VBox(8, hint(messages.get("products.food.hint")), labelled(messages.get("products.name"),
                Forms.withError(name, "foodName", model.errors(), messages)), drink, amounts, save);
    }

    /** The save button reads "Save the changes" while an entry is edited, with a cancel button beside it. */
    private Node editActions(Button save, String id, javafx.beans.binding.BooleanBinding editing, String addText) {
        save.textProperty().bind(javafx.beans.binding.Bindings.when(editing)
                .then(messages.get("products.saveChanges")).otherwise(addText));
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setId(id + "-edit-cancel");
        cancel.visibleProperty().bind(editing);
        cancel.managedProperty().bind(editing);
        cancel.setOnAction(e -> model.cancelEdit());
        return new HBox(8, save, cancel);
    }

    private String describe(CustomFood food) {
        StringBuilder text = new StringBuilder(food.name());
        Double magnesium = food.per100g().get(Nutrient.MAGNESIUM);
        text.append(" · ").append(magnesium == null ? messages.get("intake.amount.unknown")
                : messages.get("intake.amount.measured", magnesium, "mg")).append(' ')
                .append(messages.get("intake.food.magnesiumPer100g"));
        return text.toString();
    }

    private <T> Node list(ObservableList<T> items, java.util.function.Function<T, String> text,
                          Consumer<T> archive, Consumer<T> edit, String id) {
        VBox box = new VBox(4);
        box.setId(id);
        Runnable fill = () -> {
            box.getChildren().clear();
            if (items.isEmpty()) {
                box.getChildren().add(hint(messages.get("products.none")));
            }
            for (T item : items) {
                Label label = new Label(text.apply(item));
                label.setWrapText(true);
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox row = new HBox(6, label, spacer);
                row.setAlignment(Pos.CENTER_LEFT);
                row.getStyleClass().add("episode-row");
                if (edit != null) {
                    Button change = Icons.button(MaterialDesignP.PENCIL_OUTLINE, messages.get("action.edit"));
                    change.getStyleClass().add("product-edit-button");
                    change.setOnAction(e -> edit.accept(item));
                    row.getChildren().add(change);
                }
                if (archive != null) {
                    Button hide = Icons.button(MaterialDesignA.ARCHIVE_OUTLINE, messages.get("products.archive"));
                    hide.setOnAction(e -> archive.accept(item));
                    row.getChildren().add(hide);
                }
                box.getChildren().add(row);
            }
        };
        ListChangeListener<T> listener = c -> fill.run();
        box.getProperties().put(ProductsView.class, listener);
        items.addListener(new WeakListChangeListener<>(listener));
        fill.run();
        Label heading = new Label(messages.get("products.yours"));
        heading.getStyleClass().add("form-label");
        return new VBox(6, heading, box);
    }

    private Node amount(String id, String field) {
        return Forms.numberField(id, model.productAmount(field), messages.get("common.none"), field, model.errors(),
                messages, 110);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property, String prompt, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
