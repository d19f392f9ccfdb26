package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javax.imageio.ImageIO;
import org.carnet.guidance.Severity;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where the advice of the sources shows: the intake page of a demo day, after its warnings, each note with its
 * source; and the products page's note on forms. Pictures in target/screenshots/advice/ (kept to be looked at).
 */
class AdviceScreensTest extends FxRobot {
    static final Path OUT = Path.of("target", "screenshots", "advice");

    @RegisterExtension
    final AppExtension app = AppExtension.notStarted().inFolder("carnet");

    @ParameterizedTest
    @EnumSource(Language.class)
    void theIntakePageShowsTheAdviceAfterTheWarningsWithItsSources(Language language) throws Exception {
        Messages messages = new Messages(language);
        app.startAsTheAppWithTheDemo(language);
        MainWindow window = app.window();
        interact(() -> window.showPage(MainWindow.Page.INTAKE));
        // Yesterday: a demo day with its foods, short of magnesium as most of the demo's weeks are.
        interact(() -> lookup("#intake-date").queryAs(DatePicker.class).setValue(AppHarness.TODAY.minusDays(1)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        Node day = lookup("#intake-findings").query();
        List<HBox> items = lookup("#intake-findings").lookup(".finding").queryAllAs(HBox.class).stream().toList();
        assertThat(items).extracting(Node::getUserData).contains("MG_FOOD_LOW");
        HBox food = items.stream().filter(i -> "MG_FOOD_LOW".equals(i.getUserData())).findFirst().orElseThrow();
        assertThat(food.getStyleClass()).contains("finding-info");
        assertThat(food.lookupAll(".source-line")).extracting(n -> ((Label) n).getText())
                .anyMatch(t -> t.contains("Corriger par l’assiette"));
        // Information after anything more serious.
        List<String> severities = items.stream().map(i -> i.getStyleClass().stream()
                .filter(c -> c.startsWith("finding-") && !c.equals("finding")).findFirst().orElse("")).toList();
        int firstInfo = severities.indexOf("finding-" + Severity.INFO.name().toLowerCase());
        assertThat(severities.subList(firstInfo, severities.size())).containsOnly("finding-info");
        assertThat(messages.get("guidance.title.MG_FOOD_LOW")).isNotBlank();

        String lang = language.locale().getLanguage();
        shoot(day, "intake-findings-" + lang + ".png");
        // The window scrolled down to the day's findings, as a person would see them.
        interact(() -> {
            Node parent = day.getParent();
            while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.geometry.Bounds in = scroll.getContent().sceneToLocal(day.localToScene(day.getBoundsInLocal()));
                double room = scroll.getContent().getBoundsInLocal().getHeight()
                        - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (in.getMinY() - 20) / room)));
            }
        });
        shoot(lookup("#menu-bar").query(), "intake-" + lang + ".png");

        interact(() -> window.showPage(MainWindow.Page.PRODUCTS));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".source-line").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("Supplémenter"));
        shoot(lookup("#menu-bar").query(), "products-" + lang + ".png");
    }

    /** The node's picture; the menu bar stands for the whole window. */
    private void shoot(Node node, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        Node target = node.getId() != null && node.getId().equals("menu-bar") ? node.getScene().getRoot() : node;
        interact(() -> image[0] = target.snapshot(null, null));
        BufferedImage picture = SwingFXUtils.fromFXImage(image[0], null);
        assertThat(picture.getWidth()).isPositive();
        Files.createDirectories(OUT);
        ImageIO.write(picture, "png", OUT.resolve(name).toFile());
    }
}
