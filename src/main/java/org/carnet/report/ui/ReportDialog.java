package org.carnet.report.ui;

import static org.carnet.ui.Layouts.*;

import java.io.File;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;
import org.carnet.ui.DialogService;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.carnet.ui.Notifier;
import org.carnet.ui.ReusedDialog;
import org.carnet.ui.Theme;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** "Summary for my doctor": choose the period, see the pages, save them as PDF or print them. */
public final class ReportDialog extends Dialog<Void> {
    private static final Logger LOG = Logger.getLogger(ReportDialog.class.getName());
    private static final int PREVIEW_DELAY_MILLIS = 150;

    /** Asks where to save the PDF; tests give a file instead. */
    private BiFunction<Window, String, File> chooseFile;
    /** "Summary saved" and save failures show here, over the pages, where the person is looking. */
    private final Notifier notifier;

    public ReportDialog(Window owner, ReportViewModel model, Messages messages, DialogService dialogs) {
        notifier = new Notifier(() -> messages.get("notification.close"));
        chooseFile = (window, name) -> choosePdf(window, name, messages.get("report.dialog.save"));
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle(messages.get("report.dialog.title"));
        setHeaderText(messages.get("report.dialog.header"));
        getDialogPane().setId("report-dialog");
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        ((javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.CLOSE))
                .setText(messages.get("action.close"));
        setResizable(true);

        DatePicker from = picker("report-from", messages);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = picker("report-to", messages);
        to.valueProperty().bindBidirectional(model.toProperty());
        Button refresh = new Button(messages.get("report.dialog.preview"), Icons.icon(MaterialDesignR.REFRESH));
        refresh.setId("report-preview");
        refresh.setOnAction(e -> model.preview(error -> dialogs.showError("action.makeReport", error)));
        Button save = new Button(messages.get("report.dialog.save"), Icons.icon(MaterialDesignC.CONTENT_SAVE));
        save.setId("report-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.readyProperty().not());
        save.setOnAction(e -> {
            File file = chooseFile.apply(getDialogPane().getScene().getWindow(),
                    "carnet-" + model.fromProperty().get() + "-" + model.toProperty().get() + ".pdf");
            if (file != null) {
                model.save(file, () -> notifier.success(messages.get("report.dialog.saved.header"),
                        messages.get("report.dialog.saved", file.getAbsolutePath())), error -> {
                    LOG.log(Level.WARNING, "Failed: action.saveReport", error);
                    notifier.error(messages.get("error.couldNot", messages.get("action.saveReport")),
                            DialogService.describe(messages, error));
                });
            }
        });
        Button print = new Button(messages.get("report.dialog.print"), Icons.icon(MaterialDesignP.PRINTER));
        print.setId("report-print");
        print.disableProperty().bind(model.readyProperty().not());
        print.setOnAction(e -> model.print("Carnet", error -> dialogs.showError("action.printReport", error)));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(24, 24);
        progress.visibleProperty().bind(model.busyProperty());

        HBox controls = new HBox(10, labelled(messages.get("report.dialog.from"), from),
                labelled(messages.get("report.dialog.to"), to), refresh, progress, spacer(), save, print);
        controls.setAlignment(Pos.BOTTOM_LEFT);

        VBox pages = new VBox(12);
        pages.setId("report-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(12));
        pages.getStyleClass().add("report-pages");
        model.pages().addListener((javafx.collections.ListChangeListener<javafx.scene.image.Image>) c -> {
            pages.getChildren().clear();
            model.pages().forEach(image -> {
                ImageView view = new ImageView(image);
                view.setPreserveRatio(true);
                view.setFitWidth(560);
                view.getStyleClass().add("report-page");
                pages.getChildren().add(view);
            });
        });
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        // Room for the controls and the buttons above and below the pages on a small screen (1280×800 laptops).
        double screenHeight = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
        scroll.setPrefSize(680, Math.max(280, Math.min(640, screenHeight - 330)));
        VBox content = new VBox(12, hint(messages.get("report.dialog.hint")), controls, scroll);
        getDialogPane().setContent(new StackPane(content, notifier.layer()));
        setOnShown(e -> {
            fitOnScreen();
            // The pages are made once the dialog is drawn: making them meanwhile would slow its first frame.
            javafx.animation.PauseTransition drawn = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(PREVIEW_DELAY_MILLIS));
            drawn.setOnFinished(done -> model.preview(error -> dialogs.showError("action.makeReport", error)));
            drawn.play();
        });
        ReusedDialog.keepStyled(this);
    }

    private static File choosePdf(Window owner, String initialName, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        return org.carnet.ui.FileFolders.chosen(org.carnet.ui.FileFolders.prepare(chooser).showSaveDialog(owner));
    }

    /** For tests: where "Save as PDF…" writes, given the suggested name, instead of asking. */
    void setFileChoice(BiFunction<Window, String, File> choice) {
        this.chooseFile = choice;
    }

    Notifier notifier() {
        return notifier;
    }

    private static DatePicker picker(String id, Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new LocalDateStringConverter(messages.shortDateFormatter(), null));
        picker.setPrefWidth(150);
        return picker;
    }

    /** The preview makes the dialog tall: on a small screen it is shortened to the screen (the pages scroll). */
    private void fitOnScreen() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (getHeight() > screen.getHeight()) {
            setHeight(screen.getHeight());
            setY(screen.getMinY());
        }
        if (getY() + getHeight() > screen.getMaxY() || getY() < screen.getMinY()) {
            setY(Math.max(screen.getMinY(), screen.getMaxY() - getHeight()));
        }
        if (getWidth() > screen.getWidth()) {
            setWidth(screen.getWidth());
        }
        if (getX() < screen.getMinX() || getX() + getWidth() > screen.getMaxX()) {
            setX(Math.max(screen.getMinX(), Math.min(getX(), screen.getMaxX() - getWidth())));
        }
    }
}
