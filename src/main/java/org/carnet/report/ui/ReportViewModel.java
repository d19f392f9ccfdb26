package org.carnet.report.ui;

import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.carnet.report.PdfPages;
import org.carnet.ui.TaskRunner;

/** The GP summary dialog: the period, the pages as they will print, and saving or printing them. */
public final class ReportViewModel {
    /** Writes the summary of a period as PDF bytes (builds the data and lays out the pages). */
    @FunctionalInterface
    public interface SummaryMaker {
        byte[] make(LocalDate from, LocalDate to) throws Exception;
    }

    static final float PREVIEW_DPI = 72;

    private final SummaryMaker maker;
    private final TaskRunner runner;

    // Properties
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private byte[] pdf;
    /** Counts previews and resets: the result of a preview overtaken by a newer one (or by a reset) is dropped. */
    private int generation;

    public ReportViewModel(SummaryMaker maker, TaskRunner runner, LocalDate defaultFrom, LocalDate defaultTo) {
        this.maker = maker;
        this.runner = runner;
        from.set(defaultFrom);
        to.set(defaultTo);
    }

    /** Back to a new period with no pages made, for the dialog shown again. */
    public void reset(LocalDate newFrom, LocalDate newTo) {
        from.set(newFrom);
        to.set(newTo);
        generation++;
        pages.clear();
        pdf = null;
        busy.set(false);
        ready.set(false);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Image> pages() {
        return pages;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the pages of the chosen period are made and can be saved or printed. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Makes the summary of the period in the background and shows its pages. */
    public void preview(Consumer<Throwable> onFailure) {
        LocalDate start = from.get();
        LocalDate end = to.get();
        int mine = ++generation;
        busy.set(true);
        ready.set(false);
        runner.run(() -> {
            byte[] bytes = maker.make(start, end);
            // The pages become JavaFX images here too, so the FX thread does not copy their pixels (an image that
            // is not shown yet may be written on any thread).
            List<Image> images = PdfPages.render(bytes, PREVIEW_DPI).stream()
                    .map(i -> (Image) SwingFXUtils.toFXImage(i, null)).toList();
            return new Made(bytes, images);
        }, made -> {
            if (mine != generation) {
                return;
            }
            pdf = made.pdf();
            pages.setAll(made.images());
            busy.set(false);
            ready.set(true);
        }, error -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            pages.clear();
            onFailure.accept(error);
        });
    }

    private record Made(byte[] pdf, List<Image> images) {
    }

    public void save(File file, Runnable onSaved, Consumer<Throwable> onFailure) {
        byte[] bytes = pdf;
        runner.run(() -> {
            org.carnet.report.pdf.SummaryPdf.save(file.toPath(), bytes);
            return file.toPath();
        }, path -> onSaved.run(), onFailure);
    }

    /** Opens the system print dialog on its own thread, so the window stays responsive. */
    public void print(String jobName, Consumer<Throwable> onFailure) {
        byte[] bytes = pdf;
        Thread printing = new Thread(() -> {
            try {
                PdfPages.print(bytes, jobName);
            } catch (Exception e) {
                javafx.application.Platform.runLater(() -> onFailure.accept(e));
            }
        }, "carnet-print");
        printing.setDaemon(true);
        printing.start();
    }

    byte[] pdf() {
        return pdf;
    }
}
