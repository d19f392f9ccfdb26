package org.carnet.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.Shots;
import org.carnet.journal.CheckIn;
import org.carnet.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The summary dialog opens on the default period and shows the pages that will be saved or printed. */
class ReportDialogTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();

    @BeforeEach
    void startApp() throws Exception {
        for (int i = 0; i < 30; i++) {
            app.services().journal().save(new CheckIn(AppHarness.TODAY.minusDays(i), i % 3, 5, true, 3, 7.0, 1, 4,
                    null, null, null, Set.of(), null));
        }
        app.restart();
    }

    /** Opens File › Summary for my doctor… and waits for the preview of the pages. */
    private VBox openSummary() throws Exception {
        clickOn("File");
        clickOn("Summary for my doctor…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lookup("#report-pages").queryAs(VBox.class)
                .getChildren().isEmpty());
        return lookup("#report-pages").queryAs(VBox.class);
    }

    @Test
    void theDialogPreviewsTheLastEightWeeksAndEnablesSaving() throws Exception {
        openSummary();
        assertThat(lookup("#report-from").queryAs(DatePicker.class).getValue())
                .isEqualTo(AppHarness.TODAY.minusDays(55));
        assertThat(lookup("#report-to").queryAs(DatePicker.class).getValue()).isEqualTo(AppHarness.TODAY);
        VBox pages = lookup("#report-pages").queryAs(VBox.class);
        assertThat(pages.getChildren()).hasSize(1).allMatch(n -> n instanceof ImageView);
        assertThat(((ImageView) pages.getChildren().get(0)).getImage().getWidth()).isGreaterThan(500);
        // Saving is enabled once the made summary is kept, which may come a pulse after the pages on a busy machine.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !lookup("#report-save").queryAs(Button.class).isDisabled());
        assertThat(lookup("#report-save").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void anEmptyPeriodIsExplainedAndNothingCanBeSaved() throws Exception {
        openSummary();
        interact(() -> {
            lookup("#report-from").queryAs(DatePicker.class).setValue(AppHarness.TODAY.minusYears(3));
            lookup("#report-to").queryAs(DatePicker.class).setValue(AppHarness.TODAY.minusYears(3).plusDays(10));
        });
        clickOn("#report-preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".dialog-pane").queryAll().stream()
                .map(n -> ((javafx.scene.control.DialogPane) n).getContentText()).toList())
                .anySatisfy(text -> assertThat(text).contains("Nothing was logged in this period"));
        clickOn("OK");
        assertThat(lookup("#report-save").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void theDialogShownAgainIsTheSameOneBackOnTheDefaultPeriodWithItsOwnPreview() throws Exception {
        VBox firstPages = openSummary();
        DialogPane first = lookup("#report-dialog").queryAs(DialogPane.class);
        interact(() -> lookup("#report-from").queryAs(DatePicker.class).setValue(AppHarness.TODAY.minusDays(9)));
        clickOn("#report-preview");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#report-dialog").tryQuery()).isEmpty();

        VBox pages = openSummary();
        assertThat(lookup("#report-dialog").queryAs(DialogPane.class)).isSameAs(first);
        assertThat(pages).isSameAs(firstPages);
        assertThat(lookup("#report-from").queryAs(DatePicker.class).getValue())
                .isEqualTo(AppHarness.TODAY.minusDays(55));
        // Shown again, it previews the default period anew: saving comes back once that summary is kept (the pages
        // still there from before do not mean it is made yet).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !lookup("#report-save").queryAs(Button.class).isDisabled());
        assertThat(lookup("#report-save").queryAs(Button.class).isDisabled()).isFalse();

        // Asked for again while it is open: brought to the front, not opened twice.
        clickOn("File");
        clickOn("Summary for my doctor…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#report-dialog").queryAll()).hasSize(1);
        clickOn("Close");
    }

    @Test
    void afterALanguageSwitchTheOpenDialogGivesWayToOneInTheNewLanguage() throws Exception {
        openSummary();
        // View › Language › Français, fired from the main window's menu (the dialog may cover it).
        interact(() -> menuItem("menu-language-fr").fire());
        interact(() -> menuItem("menu-report").fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lookup("#report-pages").queryAs(VBox.class)
                .getChildren().isEmpty());
        assertThat(lookup("#report-dialog").queryAll()).singleElement()
                .satisfies(pane -> assertThat(((DialogPane) pane).getHeaderText())
                        .isEqualTo("Une page à apporter à votre médecin traitant"));
        clickOn("Fermer");
    }

    /** The main window's menu item {@code id}, in a submenu or not. */
    private javafx.scene.control.MenuItem menuItem(String id) {
        return AppHarness.menuItem(lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class), id);
    }

    @Test
    void aPreviewOvertakenByAResetOrANewerPreviewIsDropped() {
        List<Runnable> held = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                held.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }
        };
        org.carnet.ui.Messages messages = app.window().messages();
        List<LocalDate> made = new ArrayList<>();
        ReportViewModel model = new ReportViewModel((from, to) -> {
            made.add(from);
            return org.carnet.report.pdf.SummaryPdf.write(app.services().report().build(from, to), messages);
        }, later, AppHarness.TODAY.minusDays(29), AppHarness.TODAY);
        List<Throwable> failures = new ArrayList<>();

        interact(() -> {
            model.preview(failures::add);
            model.reset(AppHarness.TODAY.minusDays(9), AppHarness.TODAY);
            held.get(0).run();
        });
        assertThat(model.pages()).isEmpty();
        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();

        interact(() -> {
            model.preview(failures::add);
            model.toProperty().set(AppHarness.TODAY.minusDays(1));
            model.preview(failures::add);
            held.get(2).run();
            held.get(1).run();
        });
        assertThat(made).containsExactly(AppHarness.TODAY.minusDays(29), AppHarness.TODAY.minusDays(9),
                AppHarness.TODAY.minusDays(9));
        assertThat(model.pages()).hasSize(1);
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(failures).isEmpty();
        assertThat(new String(model.pdf(), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    }

    @Test
    void savingThePdfSaysSoInANotificationOverThePages() throws Exception {
        java.nio.file.Path file = app.dataDir().resolve("summary.pdf");
        org.carnet.ui.Messages messages = app.window().messages();
        javafx.stage.Window owner = lookup("#menu-bar").query().getScene().getWindow();
        ReportDialog[] dialog = new ReportDialog[1];
        interact(() -> {
            ReportViewModel model = new ReportViewModel((from, to) -> org.carnet.report.pdf.SummaryPdf.write(
                    app.services().report().build(from, to), messages), org.carnet.ui.TaskRunner.sameThread(),
                    AppHarness.TODAY.minusDays(29), AppHarness.TODAY);
            dialog[0] = new ReportDialog(owner, model, messages, new org.carnet.ui.DialogService(owner, messages));
            dialog[0].setFileChoice((window, suggested) -> {
                assertThat(suggested).isEqualTo("carnet-" + AppHarness.TODAY.minusDays(29) + "-" + AppHarness.TODAY
                        + ".pdf");
                return file.toFile();
            });
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#report-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(java.nio.file.Files.readAllBytes(file)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(dialog[0].notifier().cards()).singleElement().satisfies(card -> {
            assertThat(card.getStyleClass()).contains("notification-success");
            assertThat(((javafx.scene.control.Label) card.lookup(".notification-title")).getText())
                    .isEqualTo("Summary saved");
            assertThat(((javafx.scene.control.Label) card.lookup(".notification-text")).getText())
                    .isEqualTo("The summary was saved to " + file.toAbsolutePath() + ".");
            assertThat(card.getScene()).as("in the dialog, where the person is looking")
                    .isSameAs(lookup("#report-dialog").query().getScene());
        });
        // For the eye: target/screenshots/notification-report.png.
        Thread.sleep(300);
        Shots.keep(dialog[0].getDialogPane().getScene(), Shots.OUT.resolve("notification-report.png"));
        clickOn(lookup(".notification-close").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> dialog[0].notifier().cards().isEmpty()
                && lookup(".notification").queryAll().isEmpty());
        interact(dialog[0]::close);
    }
}
