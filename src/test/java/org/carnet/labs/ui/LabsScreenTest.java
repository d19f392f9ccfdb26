package org.carnet.labs.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.MainWindow;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.journal.CheckIn;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabUnit;
import org.carnet.report.pdf.SummaryPdf;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Results page as a person uses it: log, see it listed, on the tracking chart and in the summary; edit, delete. */
class LabsScreenTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();

    @BeforeEach
    void startApp() throws Exception {
        Product magnesium = app.services().intake().saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE,
                150.0, null, null, null, null));
        LocalDate start = AppHarness.TODAY.minusDays(20);
        for (LocalDate day = start.minusDays(14); !day.isAfter(AppHarness.TODAY); day = day.plusDays(1)) {
            app.services().journal().save(new CheckIn(day, 2, 5, true, 3, 7.0, null, 4, null, null, null, Set.of(),
                    null));
        }
        app.services().tracking().save(new Protocol(null, "Evening magnesium", start, null,
                List.of(new PlannedDose(magnesium.id(), 1, LocalTime.of(20, 0)))));
        app.restart();
    }

    private void show(MainWindow.Page page) {
        interact(() -> app.window().showPage(page));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String query, String text) {
        AppHarness.clickInView(this, query);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
    }

    @SuppressWarnings("unchecked")
    private void log(LabTest test, LabUnit unit, LocalDate day, String value, String low, String high) {
        interact(() -> {
            lookup("#lab-test").queryAs(ComboBox.class).setValue(test);
            lookup("#lab-unit").queryAs(ComboBox.class).setValue(unit);
            lookup("#lab-date").queryAs(DatePicker.class).setValue(day);
        });
        type("#lab-value", value);
        type("#lab-range-low", low);
        type("#lab-range-high", high);
        // Enter in the field saves, as the button does.
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> listed() {
        return lookup("#labs-list .lab-line").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void aResultLoggedIsListedMarkedOnTheChartAndInTheSummaryPreview() throws Exception {
        show(MainWindow.Page.LABS);
        LocalDate day = AppHarness.TODAY.minusDays(3);
        log(LabTest.POTASSIUM, LabUnit.MMOL_L, day, "3,2", "3.5", "5.1");

        assertThat(listed()).singleElement().asString().startsWith("Potassium: 3.2 mmol/L on ")
                .contains("(laboratory range 3.5–5.1 mmol/L)", "below the laboratory’s range");
        assertThat(app.services().labs().all()).singleElement()
                .satisfies(r -> assertThat(r.belowRange()).isTrue());

        show(MainWindow.Page.TRACKING);
        XYPlot plot = lookup("#tracking-chart").queryAs(ChartViewer.class).getChart().getXYPlot();
        assertThat(plot.getDataset(2).getItemCount(0)).isEqualTo(1);
        assertThat(plot.getRenderer(2).getDefaultToolTipGenerator().generateToolTip(plot.getDataset(2), 0, 0))
                .startsWith("Potassium: 3.2 mmol/L on ");

        show(MainWindow.Page.LABS);
        clickOn("File");
        clickOn("Summary for my doctor…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !pages().getChildren().isEmpty());
        Image before = ((ImageView) pages().getChildren().get(0)).getImage();
        // The preview shows the summary of the dialog's period, whose text holds the result.
        LocalDate from = lookup("#report-from").queryAs(DatePicker.class).getValue();
        assertThat(text(SummaryPdf.write(app.services().report().build(from, AppHarness.TODAY),
                app.window().messages()))).contains("Potassium: 3.2 mmol/L", "below the laboratory’s range");

        // A result logged while the preview is open makes it again.
        interact(() -> {
            lookup("#lab-test").queryAs(ComboBox.class).setValue(LabTest.CALCIUM);
            lookup("#lab-value").queryAs(javafx.scene.control.TextField.class).setText("2.4");
            lookup("#lab-save").queryAs(javafx.scene.control.Button.class).fire();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !pages().getChildren().isEmpty()
                && ((ImageView) pages().getChildren().get(0)).getImage() != before);
        assertThat(app.services().labs().all()).hasSize(2);
    }

    private VBox pages() {
        return lookup("#report-pages").queryAs(VBox.class);
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aValueTypedInMgPerDlIsShownAsTypedRefusalsAreSaidAndEditAndDeleteWork() {
        show(MainWindow.Page.LABS);
        log(LabTest.SERUM_MAGNESIUM, LabUnit.MG_DL, AppHarness.TODAY, "1.9", "1.7", "2.2");
        assertThat(listed()).singleElement().asString().startsWith("Serum magnesium: 1.9 mg/dL on ")
                .contains("1.7–2.2 mg/dL").doesNotContain("below");
        LabResult stored = app.services().labs().all().get(0);
        assertThat(stored.canonicalValue()).isCloseTo(1.9 / 2.431, within(1e-3));

        log(LabTest.POTASSIUM, LabUnit.MMOL_L, AppHarness.TODAY, "-1", "5", "3.5");
        Label error = lookup("#lab-value-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("A laboratory value is never negative.");
        assertThat(lookup("#lab-range-low-error").queryAs(Label.class).getText())
                .isEqualTo("The low end of the range is above its high end.");
        assertThat(app.services().labs().all()).hasSize(1);

        interact(() -> lookup("#lab-cancel").queryAs(javafx.scene.control.Button.class).fire());
        clickOn(lookup(".lab-edit").queryAs(Node.class));
        assertThat(lookup("#lab-editing").queryAs(Label.class).getText()).startsWith("Changing: Serum magnesium");
        type("#lab-value", "1.6");
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed()).singleElement().asString().startsWith("Serum magnesium: 1.6 mg/dL")
                .contains("below the laboratory’s range");
        assertThat(app.services().labs().all()).singleElement().extracting(LabResult::id).isEqualTo(stored.id());

        clickOn(lookup(".lab-delete").queryAs(Node.class));
        clickOn("Delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.services().labs().all()).isEmpty();
        assertThat(lookup("#labs-list").queryAs(VBox.class).getChildren()).singleElement()
                .satisfies(n -> assertThat(((Label) n).getText()).isEqualTo("No result yet."));
    }
}
