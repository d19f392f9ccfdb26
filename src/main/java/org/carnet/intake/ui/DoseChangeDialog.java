package org.carnet.intake.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carnet.ui.Messages;
import org.carnet.ui.Theme;

/**
 * Asked when a product's amounts per unit change and intakes were logged with it: do the past intakes take the new
 * label too (it was mistyped), or only those from a date on (the product itself changed)? Cancel changes nothing.
 */
final class DoseChangeDialog extends Dialog<ProductsViewModel.DoseScope> {

    DoseChangeDialog(Window owner, Messages messages, String productName, LocalDate today) {
        initOwner(owner);
        setTitle(messages.get("products.dose.title"));
        setHeaderText(messages.get("products.dose.header", productName));
        getDialogPane().setId("dose-change-dialog");
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        ToggleGroup group = new ToggleGroup();
        RadioButton from = new RadioButton(messages.get("products.dose.from"));
        from.setId("dose-change-from");
        from.setToggleGroup(group);
        from.setSelected(true);
        RadioButton past = new RadioButton(messages.get("products.dose.past"));
        past.setId("dose-change-past");
        past.setToggleGroup(group);
        DatePicker date = new DatePicker(today);
        date.setId("dose-change-date");
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(messages.shortDateFormatter(), null));
        date.setPrefWidth(150);
        date.disableProperty().bind(from.selectedProperty().not());
        Label note = new Label(messages.get("products.dose.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        VBox content = new VBox(10, new HBox(8, from, date), past, note);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        getDialogPane().lookupButton(save).setId("dose-change-save");
        getDialogPane().lookupButton(save).disableProperty().bind(from.selectedProperty()
                .and(date.valueProperty().isNull()));
        setResultConverter(button -> button != save ? null
                : new ProductsViewModel.DoseScope(past.isSelected() ? null : date.getValue()));
    }

    Optional<ProductsViewModel.DoseScope> ask() {
        return showAndWait();
    }
}
