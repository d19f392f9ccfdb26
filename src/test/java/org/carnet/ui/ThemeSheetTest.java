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
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
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
 * ways it does not know. The sheet keeps no rule for controls Carnet never makes ({@link ThemeSheet#UNUSED}): the
 * form has only controls Carnet makes (a slider, which it does not, would be drawn unstyled).
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

    @Test
    void trimmingDropsTheSelectorsThatNameAnUnusedClassAndTheRulesLeftEmpty() {
        String sheet = "/* a { comment } */\n.button,\n.tab-pane > .button {\n  -fx-padding: 1;\n}\n"
                + ".tab-pane .label {\n  -fx-padding: 2;\n}\n.tab-panel, .root:carnet-dark .label {\n  -fx-padding: 3;\n}\n";
        assertThat(ThemeSheet.trimmed(sheet, java.util.Set.of("tab-pane"))).isEqualTo("/* a { comment } */\n"
                + ".button {\n  -fx-padding: 1;\n}\n.tab-panel,\n.root:carnet-dark .label {\n  -fx-padding: 3;\n}\n");
        assertThat(ThemeSheet.trimmed(sheet, java.util.Set.of())).isEqualTo(sheet.replace(".tab-panel, .root",
                ".tab-panel,\n.root"));
    }

    @Test
    void theUnusedClassesAreInAtlantaFxsSheetAndNotInTheBuiltOne() throws Exception {
        String light = ThemeSheet.read("/atlantafx/base/theme/primer-light.css");
        String built = text(ThemeSheet.RESOURCE);
        for (String unused : ThemeSheet.UNUSED) {
            assertThat(java.util.regex.Pattern.compile("\\." + java.util.regex.Pattern.quote(unused) + "(?![\\w-])")
                    .matcher(light).find()).as("." + unused + " in AtlantaFX's sheet").isTrue();
            assertThat(built).as("." + unused + " in the built sheet").doesNotContainPattern(
                    "\\." + java.util.regex.Pattern.quote(unused) + "(?![\\w-])");
        }
    }

    /** The built sheet's rules as text (JavaFX's binary form read back). */
    private static String text(String resource) throws Exception {
        javafx.css.Stylesheet sheet = javafx.css.Stylesheet.loadBinary(Theme.class.getResource(resource));
        StringBuilder text = new StringBuilder();
        for (javafx.css.Rule rule : sheet.getRules()) {
            for (javafx.css.Selector selector : rule.getSelectors()) {
                text.append(selector).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * Every control class the main code names (javafx.scene.control, ControlsFX, AtlantaFX), made and shown with its
     * popups (a date picker's calendar, a combo box's list, a menu, a text field's context menu) and in a dialog: no
     * node of theirs, skins' own included, has a class whose rules the sheet dropped; nor does the code name one.
     */
    @Test
    void noControlCarnetMakesHasAClassWhoseRulesWereDropped() throws Exception {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.Set<String> literals = new java.util.TreeSet<>();
        java.util.regex.Pattern control = java.util.regex.Pattern.compile(
                "\\b(javafx\\.scene\\.control|org\\.controlsfx\\.control|atlantafx\\.base\\.controls)\\.([A-Z]\\w*)");
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"([a-z][a-z0-9-]*)\"");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")
                    && !f.endsWith("ThemeSheet.java")).toList()) {
                String source = java.nio.file.Files.readString(file);
                assertThat(source).as(file + " imports a whole package of controls")
                        .doesNotContainPattern("import (javafx\\.scene\\.control|org\\.controlsfx\\.control|atlantafx\\.base\\.controls)\\.\\*");
                control.matcher(source).results().forEach(m -> names.add(m.group(1) + "." + m.group(2)));
                literal.matcher(source).results().forEach(m -> literals.add(m.group(1)));
            }
        }
        assertThat(literals).as("style classes the code names").doesNotContainAnyElementsOf(ThemeSheet.UNUSED);
        java.util.List<javafx.scene.control.Control> made = new java.util.ArrayList<>();
        interact(() -> {
            for (String name : names) {
                try {
                    Class<?> type = Class.forName(name);
                    if (javafx.scene.control.Control.class.isAssignableFrom(type)
                            && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                        made.add((javafx.scene.control.Control) type.getConstructor().newInstance());
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(name, e);
                }
            }
        });
        assertThat(made).as("controls made").hasSizeGreaterThan(15);
        java.util.Set<String> seen = new java.util.TreeSet<>();
        DatePicker date = new DatePicker(LocalDate.of(2026, 12, 7));
        ComboBox<String> combo = new ComboBox<>(javafx.collections.FXCollections.observableArrayList("One", "Two"));
        MenuBar menus = new MenuBar(new Menu("File", null, new javafx.scene.control.MenuItem("Item"),
                new javafx.scene.control.CheckMenuItem("Check"), new javafx.scene.control.RadioMenuItem("Radio"),
                new javafx.scene.control.SeparatorMenuItem()));
        TextField field = new TextField("Text");
        interact(() -> {
            theme.apply();
            VBox all = new VBox(4, date, combo, menus, field, new TitledPane("Titled", new Label("Inside")));
            all.getChildren().addAll(made);
            Scene scene = new Scene(new ScrollPane(all), 900, 700);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            stage.show();
            all.applyCss();
            all.layout();
        });
        interact(date::show);
        collect(seen);
        interact(() -> {
            date.hide();
            combo.show();
        });
        collect(seen);
        interact(() -> {
            combo.hide();
            menus.getMenus().get(0).show();
        });
        collect(seen);
        interact(() -> {
            menus.getMenus().get(0).hide();
            field.getContextMenu();
            field.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    5, 5, 100, 100, false, null));
        });
        collect(seen);
        interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(javafx.stage.Window::hide));
        javafx.scene.control.Alert[] alert = new javafx.scene.control.Alert[1];
        interact(() -> {
            alert[0] = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION, "Sure?");
            alert[0].initOwner(stage);
            alert[0].show();
        });
        collect(seen);
        interact(() -> alert[0].close());
        assertThat(seen).as("style classes shown").contains("date-picker-popup", "combo-box-popup", "context-menu",
                "menu-item", "dialog-pane", "button-bar", "scroll-bar", "list-cell");
        assertThat(seen).as("style classes shown").doesNotContainAnyElementsOf(ThemeSheet.UNUSED);
    }

    private void collect(java.util.Set<String> seen) {
        interact(() -> {
            for (javafx.stage.Window window : javafx.stage.Window.getWindows()) {
                if (window.getScene() != null && window.isShowing()) {
                    window.getScene().getRoot().applyCss();
                    collect(window.getScene().getRoot(), seen);
                }
            }
        });
    }

    private static void collect(javafx.scene.Node node, java.util.Set<String> seen) {
        seen.addAll(node.getStyleClass());
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, seen));
        }
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getGraphic() != null) {
            collect(labeled.getGraphic(), seen);
        }
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
        ProgressIndicator busy = new ProgressIndicator(0.4);
        busy.setPrefSize(24, 24);
        ProgressBar progress = new ProgressBar(0.6);
        TitledPane titled = new TitledPane("Titled", new Label("Inside"));
        TextArea area = new TextArea("Some text\nover two lines");
        area.setPrefRowCount(2);
        Label muted = new Label("Muted");
        muted.getStyleClass().add("text-muted");
        VBox form = new VBox(8, new MenuBar(new Menu("File"), new Menu("View")), new Label("A label"), muted,
                new HBox(8, new Button("Button"), accent, toggle, new Hyperlink("Link")),
                new TextField("Text"), prompt, combo, new DatePicker(LocalDate.of(2026, 12, 7)),
                new HBox(8, check, new RadioButton("Radio"), busy), new Separator(), progress, new Spinner<Integer>(0, 10, 3),
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
