package org.carnet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The built stylesheet with both themes ({@link ThemeSheet}) draws every control as AtlantaFX's own light and dark
 * sheets do, pixel for pixel, also after switching back and forth; and the generator refuses sheets that differ in
 * ways it does not know.
 */
class ThemeSheetTest extends FxRobot {
    private Stage stage;
    private String userAgentStylesheet;
    private Theme theme;

    @BeforeEach
    void stage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        userAgentStylesheet = Application.getUserAgentStylesheet();
        theme = Theme.current();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        interact(() -> {
            theme.apply();
            Application.setUserAgentStylesheet(userAgentStylesheet);
        });
    }

    @Test
    void theBuildMadeTheSheet() {
        assertThat(Theme.class.getResource(ThemeSheet.RESOURCE)).as("the build's " + ThemeSheet.RESOURCE).isNotNull();
    }

    @Test
    void ourOwnSheetsAreBuiltInBinaryFormWithTheSameRules() throws Exception {
        // JavaFX loads the .bss beside a .css it is given; it must hold what the text says (a stale one would not).
        for (String sheet : new String[] {"app", "splash"}) {
            java.net.URL css = Theme.class.getResource("/org/carnet/ui/" + sheet + ".css");
            java.net.URL bss = Theme.class.getResource("/org/carnet/ui/" + sheet + ".bss");
            assertThat(bss).as(sheet + ".bss").isNotNull();
            assertThat(rules(javafx.css.Stylesheet.loadBinary(bss)))
                    .isEqualTo(rules(new javafx.css.CssParser().parse(css))).contains("-fx-");
        }
    }

    /** Each rule's selectors and declarations as text (a binary sheet's are read when asked for). */
    private static String rules(javafx.css.Stylesheet sheet) {
        StringBuilder text = new StringBuilder();
        for (javafx.css.Rule rule : sheet.getRules()) {
            text.append(rule.getSelectors()).append(" {\n");
            for (javafx.css.Declaration d : rule.getDeclarations()) {
                text.append("  ").append(d.getProperty()).append(": ").append(d.getParsedValue())
                        .append(d.isImportant() ? " !important" : "").append('\n');
            }
            text.append("}\n");
        }
        return text.toString();
    }

    @Test
    void theCombinedSheetDrawsAsAtlantaFxsOwnSheets() {
        WritableImage light = snapshot(new PrimerLight().getUserAgentStylesheet(), null);
        WritableImage dark = snapshot(new PrimerDark().getUserAgentStylesheet(), null);
        assertThat(differingPixels(light, dark)).as("the two themes differ at all").isGreaterThan(1000);
        assertThat(differingPixels(snapshot(null, Theme.LIGHT), light)).as("light, pixels that differ").isZero();
        assertThat(differingPixels(snapshot(null, Theme.DARK), dark)).as("dark, pixels that differ").isZero();
    }

    @Test
    void aSwitchRedrawsTheShownWindowAsSwappingAtlantaFxsSheetsDoes() {
        // JavaFX does not redraw everything on a switch either (a slider's thumb edge keeps a pixel column of the
        // theme it was laid out in), so the reference is AtlantaFX's sheets swapped on a shown window.
        String light = new PrimerLight().getUserAgentStylesheet();
        String dark = new PrimerDark().getUserAgentStylesheet();
        VBox swapped = form();
        interact(() -> {
            Application.setUserAgentStylesheet(light);
            show(swapped);
        });
        interact(() -> Application.setUserAgentStylesheet(dark));
        WritableImage swappedDark = take(swapped);
        interact(() -> Application.setUserAgentStylesheet(light));
        WritableImage swappedLight = take(swapped);
        interact(() -> stage.setScene(null));

        VBox form = form();
        interact(() -> {
            Theme.LIGHT.apply();
            show(form);
        });
        interact(Theme.DARK::apply);
        assertThat(differingPixels(take(form), swappedDark)).as("switched to dark, pixels that differ").isZero();
        interact(() -> assertThat(stage.getScene().getRoot().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass(ThemeSheet.DARK_PSEUDO_CLASS)));
        interact(Theme.LIGHT::apply);
        assertThat(differingPixels(take(form), swappedLight)).as("and back to light, pixels that differ").isZero();
    }

    @Test
    void aRootPutInLaterGetsTheTheme() {
        // The window's shell replaces the opening page's root once the theme is applied.
        WritableImage dark = snapshot(new PrimerDark().getUserAgentStylesheet(), null);
        VBox opening = form();
        interact(() -> {
            Theme.DARK.apply();
            show(opening);
        });
        VBox other = form();
        interact(() -> {
            stage.getScene().setRoot(other);
            other.applyCss();
            other.layout();
        });
        assertThat(differingPixels(take(other), dark)).as("a new root, pixels that differ").isZero();
    }

    @Test
    void aNewVersionOfTheSheetsWithOtherDifferencesIsRefused() {
        String light = ".root {\n  -color-a: #fff;\n}\n.button {\n  -fx-padding: 4px;\n}\n";
        assertThatThrownBy(() -> ThemeSheet.combined(light, light.replace("4px", "5px").replace(".button {",
                ".label {"))).hasMessageContaining("differs outside a rule");
        assertThatThrownBy(() -> ThemeSheet.combined(light, light + "\n")).hasMessageContaining("length");
        assertThatThrownBy(() -> ThemeSheet.combined(light, light.replace("-fx-padding", "-fx-spacing")))
                .hasMessageContaining("another property");
        String combined = ThemeSheet.combined(light, light.replace("#fff", "#000").replace("4px", "6px"));
        assertThat(combined).contains(".root:carnet-dark {\n  -color-a: #000;\n}")
                .contains(".root:carnet-dark .button {\n  -fx-padding: 6px;\n}");
    }

    @Test
    void aDifferenceInColoursOnlyBecomesAVariableOfTheRoot() {
        String light = ".root {\n  -color-a: #fff;\n}\n.button,\n.label {\n  -fx-background-color: -color-a, #111;\n}\n";
        String combined = ThemeSheet.combined(light, light.replace("#111", "rgba(1, 2, 3, 0.5)"));
        assertThat(combined).contains("  -fx-background-color: -color-a, -carnet-theme-1;")
                .contains("  -carnet-theme-1: #111;\n}")
                .contains(".root:carnet-dark {\n  -carnet-theme-1: rgba(1, 2, 3, 0.5);\n}");
    }

    /** The form drawn with this user-agent sheet, or with the app's theme (the combined sheet). */
    private WritableImage snapshot(String sheet, Theme with) {
        VBox form = form();
        interact(() -> {
            if (with != null) {
                with.apply();
            } else {
                Application.setUserAgentStylesheet(sheet);
            }
            show(form);
        });
        WritableImage image = take(form);
        interact(() -> stage.setScene(null));
        return image;
    }

    private WritableImage take(VBox form) {
        WritableImage[] image = new WritableImage[1];
        interact(() -> {
            form.applyCss();
            form.layout();
            image[0] = form.snapshot(null, null);
        });
        return image[0];
    }

    private void show(VBox form) {
        Scene scene = new Scene(form, 520, 760);
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
        stage.show();
        form.applyCss();
        form.layout();
    }

    private static VBox form() {
        TextField prompt = new TextField();
        prompt.setPromptText("Prompt");
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().addAll("One", "Two");
        combo.getSelectionModel().select(0);
        ListView<String> list = new ListView<>();
        list.getItems().addAll("First", "Second", "Third");
        list.getSelectionModel().select(1);
        list.setPrefHeight(90);
        Button accent = new Button("Accent");
        accent.getStyleClass().add("accent");
        ToggleButton toggle = new ToggleButton("Toggle");
        toggle.setSelected(true);
        CheckBox check = new CheckBox("Check");
        check.setSelected(true);
        Slider slider = new Slider(0, 10, 4);
        ProgressBar progress = new ProgressBar(0.6);
        TitledPane titled = new TitledPane("Titled", new Label("Inside"));
        TextArea area = new TextArea("Some text\nover two lines");
        area.setPrefRowCount(2);
        Label muted = new Label("Muted");
        muted.getStyleClass().add("text-muted");
        VBox form = new VBox(8, new MenuBar(new Menu("File"), new Menu("View")), new Label("A label"), muted,
                new HBox(8, new Button("Button"), accent, toggle, new Hyperlink("Link")),
                new TextField("Text"), prompt, combo, new DatePicker(LocalDate.of(2026, 12, 7)),
                new HBox(8, check, new RadioButton("Radio")), slider, progress, new Spinner<Integer>(0, 10, 3),
                titled, list, area, new ScrollPane(new StackPane(new Label("In a scroll pane"))));
        form.setStyle("-fx-padding: 8px;");
        return form;
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
