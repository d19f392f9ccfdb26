package org.carnet.labs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import javafx.stage.Stage;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.MainWindow;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.journal.CheckIn;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabUnit;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.carnet.ui.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the Results page and the tracking chart with results, at the smallest and a common window size, in
 * both languages, taken of the whole screen (ImageMagick's import) under a real display. Run with
 * -Dcarnet.labs.shots=DIR and DISPLAY set.
 */
@EnabledIfSystemProperty(named = "carnet.labs.shots", matches = ".+")
class LabsScreenshots extends FxRobot {
    @RegisterExtension
    final AppExtension app = AppExtension.notStarted();

    @Test
    void resultsPageAndChartAtTwoSizesInBothLanguages() throws Exception {
        Path out = Path.of(System.getProperty("carnet.labs.shots"));
        Files.createDirectories(out);
        for (Language language : Language.values()) {
            app.in(app.folder().resolve(language.code())).start(language, true);
            fill();
            app.restart();
            for (int[] size : new int[][] {{720, 520}, {1366, 768}}) {
                interact(() -> {
                    Stage stage = (Stage) lookup("#menu-bar").query().getScene().getWindow();
                    stage.setX(0);
                    stage.setY(0);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                for (MainWindow.Page page : List.of(MainWindow.Page.LABS, MainWindow.Page.TRACKING)) {
                    interact(() -> app.window().showPage(page));
                    WaitForAsyncUtils.waitForFxEvents();
                    if (page == MainWindow.Page.TRACKING) {
                        interact(this::scrollToChart);
                    }
                    Thread.sleep(700);
                    WaitForAsyncUtils.waitForFxEvents();
                    Path file = out.resolve(page.name().toLowerCase(java.util.Locale.ROOT) + "-" + language.code()
                            + "-" + size[0] + "x" + size[1] + ".png");
                    Process shot = new ProcessBuilder("import", "-window", "root", "-crop",
                            size[0] + "x" + size[1] + "+0+0", file.toString()).inheritIO().start();
                    assertThat(shot.waitFor()).isZero();
                }
            }
            app.stop();
        }
    }

    /** The tracking page scrolled so that the chart, with its result marks, is in view. */
    private void scrollToChart() {
        javafx.scene.Node chart = lookup("#tracking-chart").query();
        javafx.scene.control.ScrollPane scroll = lookup("#tracking-view .scroll-pane").queryAs(
                javafx.scene.control.ScrollPane.class);
        javafx.scene.Node content = scroll.getContent();
        double y = content.sceneToLocal(chart.localToScene(0, 0)).getY() - 40;
        double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, y / range)));
    }

    private void fill() {
        var services = app.services();
        Product magnesium = services.intake().saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE,
                150.0, null, null, null, null));
        LocalDate start = AppHarness.TODAY.minusDays(20);
        for (LocalDate day = start.minusDays(14); !day.isAfter(AppHarness.TODAY); day = day.plusDays(1)) {
            int cramps = day.isBefore(start) ? 3 : 1 + day.getDayOfMonth() % 2;
            services.journal().save(new CheckIn(day, cramps, 5, true, 3, 7.0, null, 4, null, null, null, Set.of(),
                    null));
        }
        services.tracking().save(new Protocol(null, "Evening magnesium", start, null,
                List.of(new PlannedDose(magnesium.id(), 1, LocalTime.of(20, 0)))));
        services.labs().save(new LabResult(null, LabTest.POTASSIUM, start.minusDays(5), 3.6, LabUnit.MMOL_L, 3.5,
                5.1));
        services.labs().save(new LabResult(null, LabTest.VITAMIN_D_25OH, start.minusDays(5), 24.5, LabUnit.NG_ML,
                30.0, 100.0));
        services.labs().save(new LabResult(null, LabTest.SERUM_MAGNESIUM, start.plusDays(12), 1.9, LabUnit.MG_DL,
                1.7, 2.2));
        services.labs().save(new LabResult(null, LabTest.POTASSIUM, AppHarness.TODAY.minusDays(2), 3.3,
                LabUnit.MMOL_L, 3.5, 5.1));
    }
}
