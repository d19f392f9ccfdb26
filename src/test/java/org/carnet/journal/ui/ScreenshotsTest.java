package org.carnet.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import javafx.scene.input.KeyCode;
import org.carnet.app.AppExtension;
import org.carnet.app.AppHarness;
import org.carnet.app.MainWindow;
import org.carnet.app.Shots;
import org.carnet.journal.CheckIn;
import org.carnet.journal.Digestion;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the main screens of a small journal to target/screenshots/*.png, so anyone can look at them (the README
 * uses them). The assertions check that each picture was drawn, not blank.
 */
class ScreenshotsTest extends FxRobot {
    static final Path OUT = Path.of("target", "screenshots");

    @RegisterExtension
    final AppExtension app = AppExtension.started();

    @BeforeEach
    void startApp() throws Exception {
        var journal = app.services().journal();
        for (int i = 12; i >= 1; i--) {
            journal.save(new CheckIn(AppHarness.TODAY.minusDays(i), i % 4, 2 + i % 6, i % 2 == 0, 2 + i % 4,
                    6 + (i % 5) / 2.0, i % 3, 3 + i % 5, i % 4, 2 + i % 3, i % 5 == 0 ? Digestion.DIARRHOEA : null,
                    i == 3 ? EnumSet.of(RedFlag.CHEST_PAIN) : Set.of(), null));
        }
        journal.save(new CheckIn(AppHarness.TODAY, 2, 6, true, 3, 6.5, 1, 5, 3, 4, Digestion.NORMAL, Set.of(),
                "Walked 40 minutes; espresso after lunch."));
        journal.logEpisode(new Episode(null, AppHarness.TODAY.atTime(2, 40), EpisodeKind.CRAMP, 3, 6, null, null,
                Set.of()));
        journal.logEpisode(new Episode(null, AppHarness.TODAY.atTime(15, 10), EpisodeKind.PALPITATION, 4, 4,
                Rhythm.REGULAR, Trigger.CAFFEINE, Set.of()));
        var intake = app.services().intake();
        var magnesium = intake.saveProduct(new org.carnet.intake.Product(null, "Magnésium bisglycinate", 
                org.carnet.intake.MagnesiumForm.BISGLYCINATE, 150.0, null, null, null, null));
        var vitaminD = intake.saveProduct(new org.carnet.intake.Product(null, "Vitamine D3 + K2", null, null, 25.0,
                75.0, null, null));
        var levothyroxine = intake.saveMedication(new org.carnet.intake.Medication(null, "Levothyrox 75",
                org.carnet.intake.MedicationClass.LEVOTHYROXINE));
        intake.logMedication(new org.carnet.intake.MedicationIntake(null, AppHarness.TODAY.atTime(7, 30),
                levothyroxine.id()));
        intake.logSupplement(new org.carnet.intake.SupplementIntake(null, AppHarness.TODAY.atTime(8, 30),
                magnesium.id(), 2));
        intake.logSupplement(new org.carnet.intake.SupplementIntake(null, AppHarness.TODAY.atTime(12, 30),
                vitaminD.id(), 1));
        for (String query : new String[] {"amande", "epinard cuit", "eau minerale hepar"}) {
            var food = intake.searchFoods(query, 1).get(0);
            intake.logFood(new org.carnet.intake.FoodIntake(null, AppHarness.TODAY.atTime(12, 30), food.code(),
                    food.drink() ? 500 : 60));
        }
        app.services().tracking().save(new org.carnet.tracking.Protocol(null, "Magnésium le soir",
                AppHarness.TODAY.minusDays(5), null, java.util.List.of(new org.carnet.tracking.PlannedDose(
                magnesium.id(), 2, java.time.LocalTime.of(20, 0)))));
        app.restart();
    }

    @Test
    void theMainScreensAreDrawn() throws Exception {
        Files.createDirectories(OUT);
        MainWindow window = app.window();
        assertDrawn(shoot("home.png"));
        interact(() -> window.showPage(MainWindow.Page.CHECK_IN));
        assertDrawn(shoot("checkin.png"));
        interact(() -> window.showPage(MainWindow.Page.JOURNAL));
        assertDrawn(shoot("journal.png"));
        interact(() -> window.showPage(MainWindow.Page.INTAKE));
        assertDrawn(shoot("intake.png"));
        interact(() -> window.showPage(MainWindow.Page.PROTOCOLS));
        assertDrawn(shoot("protocols.png"));
        interact(() -> window.showPage(MainWindow.Page.PRODUCTS));
        assertDrawn(shoot("products.png"));
        interact(() -> window.showPage(MainWindow.Page.PROFILE));
        assertDrawn(shoot("profile.png"));
    }

    /** The check-in as a keyboard user sees it: a field, a choice and a warning sign with the focus, light and dark. */
    @Test
    void theCheckInFocusIsVisibleInBothThemes() throws Exception {
        Files.createDirectories(OUT);
        MainWindow window = app.window();
        interact(() -> window.showPage(MainWindow.Page.CHECK_IN));
        for (String theme : new String[] {"light", "dark"}) {
            if (theme.equals("dark")) {
                interact(() -> {
                    var dark = (javafx.scene.control.CheckMenuItem) darkThemeItem();
                    dark.setSelected(true);
                    dark.fire();
                });
                interact(() -> window.showPage(MainWindow.Page.CHECK_IN));
            }
            // Each picture: the field before it takes the focus, then Tab, as a keyboard user moves.
            String[][] steps = {{"#checkin-twitching", "fatigue"}, {"#checkin-cramp-count", "when"},
                {"#checkin-digestion-normal", "warning-sign"}, {"#checkin-notes", "save"}};
            for (String[] step : steps) {
                interact(() -> lookup(step[0]).query().requestFocus());
                push(step[1].equals("fatigue") ? new KeyCode[] {KeyCode.SHIFT, KeyCode.TAB}
                        : new KeyCode[] {KeyCode.TAB});
                assertDrawn(shoot("checkin-focus-" + theme + "-" + step[1] + ".png"));
            }
        }
    }

    private javafx.scene.control.MenuItem darkThemeItem() {
        return AppHarness.menuItem(lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class), "menu-dark-theme");
    }

    private BufferedImage shoot(String name) {
        return Shots.keep(Shots.window(this), OUT.resolve(name));
    }

    /** More than a few colours: text, borders and backgrounds, not an empty frame. */
    private static void assertDrawn(BufferedImage picture) {
        assertThat(picture.getWidth()).isGreaterThan(600);
        Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < picture.getWidth(); x += 7) {
            for (int y = 0; y < picture.getHeight(); y += 7) {
                colours.add(picture.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(20);
    }
}
