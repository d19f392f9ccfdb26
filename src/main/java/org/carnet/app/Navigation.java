package org.carnet.app;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carnet.app.MainWindow.Page;
import org.carnet.ui.AppPage;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.carnet.ui.Tooltips;

/**
 * The main window's navigation: one toggle button per page, in the pages' order (Ctrl+1…9, said in each tooltip),
 * then, at the bottom, the link to the data folder. Each button's icon is a plain glyph ({@link Icons#glyph}), not
 * an Ikonli icon node: it looks the same, but is not given an inline style to parse nor icon properties to style.
 */
final class Navigation {
    private Navigation() {
    }

    /**
     * The navigation of {@code pages}: its buttons in {@code group} (their user data is their page), each showing
     * its page through {@code show}; the data folder's link, {@code dataDir} in its tooltip, runs {@code showFolder}.
     */
    static Node create(Map<Page, AppPage> pages, Messages messages, ToggleGroup group, Consumer<Page> show,
                       String dataDir, Runnable showFolder) {
        VBox nav = new VBox(4);
        pages.forEach((target, contributed) ->
                nav.getChildren().add(button(target, Icons.glyph(contributed.icon()), messages, group, show)));
        nav.getStyleClass().add("navigation");
        nav.setPadding(new Insets(12, 8, 12, 8));
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Hyperlink folder = new Hyperlink(messages.get("nav.dataFolder"));
        folder.setId("nav-data-folder");
        folder.getStyleClass().add("hint");
        Tooltips.set(folder, dataDir);
        folder.setOnAction(e -> showFolder.run());
        nav.getChildren().addAll(spacer, folder);
        return nav;
    }

    private static ToggleButton button(Page target, Node icon, Messages messages, ToggleGroup group,
                                       Consumer<Page> show) {
        String name = messages.get(target.navKey());
        ToggleButton button = new ToggleButton(name, icon);
        button.setId("nav-" + target.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        button.setUserData(target);
        button.setToggleGroup(group);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.getStyleClass().add("nav-button");
        Tooltips.set(button, name + " (" + KeyCombination.valueOf(target.shortcut()).getDisplayText() + ")");
        button.setOnAction(e -> show.accept(target));
        return button;
    }
}
