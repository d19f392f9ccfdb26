package org.carnet.app;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.carnet.report.pdf.SummaryPdf;
import org.carnet.report.ui.ReportDialog;
import org.carnet.report.ui.ReportViewModel;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.ReusedDialog;
import org.carnet.ui.TaskRunner;

/**
 * The GP summary's dialog (File › Summary, Ctrl+P): the period, a preview of the pages, save as PDF or print; all
 * made off the FX thread. One dialog serves every opening (see {@link ReusedDialog}) and is made again only when the
 * journal or the language changes.
 */
final class ReportOpener {
    private final Stage stage;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Services> services;
    private final Supplier<Messages> messages;
    private ReportDialog dialog;
    private ReportViewModel report;
    private Services madeFor;
    private Messages madeIn;

    ReportOpener(Stage stage, TaskRunner runner, DialogService dialogs, Supplier<Services> services,
                 Supplier<Messages> messages) {
        this.stage = stage;
        this.runner = runner;
        this.dialogs = dialogs;
        this.services = services;
        this.messages = messages;
    }

    /** Opens the dialog on the default period; a second Ctrl+P while it is open brings it to the front. */
    void show() {
        ReportDialog shown = dialog();
        if (shown.isShowing()) {
            ((Stage) shown.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        LocalDate[] period = services.get().report().defaultPeriod();
        report.reset(period[0], period[1]);
        shown.show();
    }

    /** The summary shows the latest results: an open preview of the journal shown is made again. */
    void dataChanged(Consumer<Throwable> failed) {
        if (dialog != null && dialog.isShowing() && madeFor == services.get()) {
            report.preview(failed);
        }
    }

    /** Builds the dialog and styles it without showing it (no period is read, no page made): the first Ctrl+P then
     * opens it without holding the window. */
    void prepare() {
        if (services.get() != null) {
            ReusedDialog.style(dialog());
        }
    }

    /** The dialog of the journal open, in the current language: made again when either changes. */
    private ReportDialog dialog() {
        Services source = services.get();
        Messages words = messages.get();
        if (dialog == null || madeFor != source || madeIn != words) {
            if (dialog != null && dialog.isShowing()) {
                // Still showing the other journal or the old language: this one takes its place.
                dialog.close();
            }
            LocalDate today = source.report().today();
            report = new ReportViewModel((from, to) -> SummaryPdf.write(source.report().build(from, to), words),
                    runner, today, today);
            dialog = new ReportDialog(stage, report, words, dialogs);
            madeFor = source;
            madeIn = words;
        }
        return dialog;
    }
}
