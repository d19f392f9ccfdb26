package org.carnet.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.Shots;
import org.carnet.app.MainWindow;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.CheckIn;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.carnet.ui.ChartPalette;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A protocol started 30 days ago with cramps that do not improve: the chart's bands and the persisting flag. */
class TrackingScreenTest extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.started();
    private LocalDate start;

    @BeforeEach
    void startApp() throws Exception {
        var intake = app.services().intake();
        var journal = app.services().journal();
        Product magnesium = intake.saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE, 150.0, null,
                null, null, null));
        start = AppHarness.TODAY.minusDays(29);
        for (LocalDate day = start.minusDays(14); !day.isAfter(AppHarness.TODAY); day = day.plusDays(1)) {
            journal.save(new CheckIn(day, 3, 6, true, 3, 6.5, null, 6, null, null, null, Set.of(), null));
            if (!day.isBefore(start)) {
                intake.logSupplement(new SupplementIntake(null, day.atTime(20, 0), magnesium.id(), 1));
            }
        }
        app.services().tracking().save(new Protocol(null, "Evening magnesium", start, null,
                List.of(new PlannedDose(magnesium.id(), 1, LocalTime.of(20, 0)))));
        app.restart();
    }

    @Test
    void theChartShowsTheBandsAndThePersistingFlagIsRaised() {
        interact(() -> app.window().showPage(MainWindow.Page.TRACKING));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#tracking-protocol").queryAs(Label.class).getText()).contains("day 30", "Weeks 4–8");
        assertThat(lookup("#tracking-adherence").queryAs(Label.class).getText()).startsWith("Plan followed on 100%");
        List<Object> rules = lookup("#tracking-findings").queryAs(Node.class).lookupAll(".finding").stream()
                .map(Node::getUserData).toList();
        assertThat(rules).contains("TRACKING_PERSISTING_4W");
        // No question declared: every estimate is exploratory; the same value every day is an exact fit, said in
        // words rather than as a range of zero width.
        assertThat(lookup("#tracking-effects-question").queryAs(Label.class).getText())
                .startsWith("No question was declared");
        assertThat(lookup("#tracking-effects").queryAs(Node.class).lookupAll(".effect-estimate").stream()
                .map(n -> ((Label) n).getText()).toList())
                .contains("no change: every recorded day had the same value, before the start and since")
                .noneMatch(t -> t.contains("range 0.0 to 0.0"));

        XYPlot plot = lookup("#tracking-chart").queryAs(ChartViewer.class).getChart().getXYPlot();
        var background = plot.getDomainMarkers(Layer.BACKGROUND);
        assertThat(background).hasSize(3).allMatch(m -> m instanceof IntervalMarker);
        assertThat(background.stream().map(m -> ((Marker) m).getLabel()).toList())
                .containsExactly("Before (baseline)", "Weeks 1–3", "Weeks 4–8");
        assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).singleElement().isInstanceOf(ValueMarker.class);
        assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(44);
        assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo(30);
        snapshot("tracking.png");
    }

    /** Keeps a picture of the page under target/screenshots for people to look at. */
    private void snapshot(String name) {
        Shots.keep(lookup("#tracking-view").query().getScene(), Shots.OUT.resolve(name));
    }

    @Test
    void theHomeScreenShowsTheProtocolDayAdherenceAndTheFlag() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#home-protocol-state").queryAs(Label.class).getText()).contains("day 30");
        assertThat(lookup("#home-protocol-adherence").queryAs(Label.class).getText()).contains("100%");
        assertThat(lookup("#home-protocol-flag").queryAs(Label.class).getText()).contains("see a doctor");
    }

    @Test
    void theDarkThemeRedrawsTheChartInItsColoursAndLeavesThePagesAndWhatIsTypedInPlace() throws Exception {
        interact(() -> app.window().showPage(MainWindow.Page.TRACKING));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chartBackground()).isEqualTo(ChartPalette.LIGHT.background());
        interact(() -> app.window().showPage(MainWindow.Page.CHECK_IN));
        TextField cramps = lookup("#checkin-cramp-count").queryAs(TextField.class);
        interact(() -> cramps.setText("5"));
        Region root = (Region) cramps.getScene().getRoot();
        assertThat(background(root)).isEqualTo(Color.WHITE);
        // The episode dialog, made once and kept, also takes the new colours.
        logCramp();
        DialogPane episode = lookup("#episode-dialog").queryAs(DialogPane.class);
        assertThat(background(episode)).isEqualTo(Color.WHITE);
        clickOn("Cancel");

        switchTheme();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Color.web("#0d1117").equals(background(root)));
        assertThat(lookup("#checkin-cramp-count").queryAs(TextField.class)).as("the same page, not made again")
                .isSameAs(cramps);
        assertThat(cramps.getText()).isEqualTo("5");
        logCramp();
        assertThat(lookup("#episode-dialog").queryAs(DialogPane.class)).isSameAs(episode);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Color.web("#0d1117").equals(background(episode)));
        clickOn("Cancel");
        interact(() -> app.window().showPage(MainWindow.Page.TRACKING));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chartBackground()).isEqualTo(ChartPalette.DARK.background());

        // Back to light while the chart is on screen: it is drawn again at once.
        switchTheme();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Color.WHITE.equals(background(root)));
        assertThat(chartBackground()).isEqualTo(ChartPalette.LIGHT.background());
    }

    /** The check-in's "log a cramp" button, scrolled into view as it is for a keyboard user who tabs to it. */
    private void logCramp() {
        AppHarness.clickInView(this, "#checkin-log-cramp");
    }

    @Test
    void theEstimatesKeepAReadableWidthInANarrowWindowAndSitBesideThePlotInAWideOne() {
        interact(() -> app.window().showPage(MainWindow.Page.TRACKING));
        for (double[] size : new double[][] {{720, 520}, {1366, 768}}) {
            interact(() -> {
                var stage = (javafx.stage.Stage) lookup("#menu-bar").queryAs(Node.class).getScene().getWindow();
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            List<Label> estimates = lookup(".effect-estimate").queryAllAs(Label.class).stream().toList();
            assertThat(estimates).isNotEmpty();
            keepPicture(estimates.get(0), "tracking-effects-" + (int) size[0] + ".png");
            for (Label estimate : estimates) {
                assertThat(estimate.getWidth()).as("%s at %s wide", estimate.getText(), size[0])
                        .isGreaterThanOrEqualTo(200);
            }
            // Wide: beside the plot (same row as the name); narrow: under it.
            Label first = estimates.get(0);
            Node name = first.getParent().getParent().lookup(".effect-name");
            boolean beside = name != null && first.localToScene(0, 0).getY() - name.localToScene(0, 0).getY() < 5;
            assertThat(beside).as("beside the plot at %s wide", size[0]).isEqualTo(size[0] > 1000);
        }
    }

    /** The estimates' pane as drawn, kept under target/screenshots to look at. */
    private void keepPicture(Node inside, String name) {
        Shots.keep(lookup("#tracking-effects").queryAs(Node.class), Shots.OUT.resolve(name));
        assertThat(inside.getScene()).isNotNull();
    }

    private void switchTheme() {
        interact(() -> {
            CheckMenuItem item = (CheckMenuItem) AppHarness.menuItem(lookup("#menu-bar").queryAs(MenuBar.class),
                    "menu-dark-theme");
            item.setSelected(!item.isSelected());
            item.fire();
        });
    }

    private java.awt.Paint chartBackground() {
        return lookup("#tracking-chart").queryAs(ChartViewer.class).getChart().getXYPlot().getBackgroundPaint();
    }

    private static Object background(Region region) {
        return region.getBackground() == null ? null : region.getBackground().getFills().get(0).getFill();
    }
}
