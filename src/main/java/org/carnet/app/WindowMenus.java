package org.carnet.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.carnet.app.MainWindow.Page;
import org.carnet.journal.EpisodeKind;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.carnet.ui.Shortcut;
import org.carnet.ui.Theme;

/** The main window's menu bar, made again with the window's state (journal open or not, demo, language). */
final class WindowMenus {
    private final MainWindow window;
    private final Messages messages;
    private final AppSettings settings;

    WindowMenus(MainWindow window, Messages messages, AppSettings settings) {
        this.window = window;
        this.messages = messages;
        this.settings = settings;
    }

    MenuBar create() {
        boolean open = window.journal() != null;
        MenuBar bar = new MenuBar(file(open), journal(open), view(open), help(open));
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file(boolean open) {
        boolean own = window.host() != null && !window.isDemo();
        MenuItem report = item("menu.report", "Shortcut+P", window::showReport);
        MenuItem exportJson = item("menu.exportBackup", null, () -> window.dataTransfers().exportBackup());
        MenuItem importJson = item("menu.importBackup", null, () -> window.dataTransfers().importBackup());
        MenuItem exportCsv = item("menu.exportCsv", null, () -> window.dataTransfers().exportCsv());
        MenuItem restore = item("menu.restoreBackup", null, window.dialogs()::restoreBackup);
        MenuItem password = item("menu.password", null, window.dialogs()::changePassword);
        for (MenuItem item : new MenuItem[] {report, exportJson, importJson, exportCsv, restore, password}) {
            item.setDisable(!open || (!own && (item == restore || item == password)));
        }
        MenuItem preferences = item("menu.preferences", "Shortcut+Comma", () -> window.dialogs().showPreferences());
        preferences.setDisable(!open || window.isDemo());
        MenuItem quit = item("menu.quit", "Shortcut+Q", window::requestClose);
        return new Menu(messages.get("menu.file"), null, report, new SeparatorMenuItem(), exportJson, importJson,
                exportCsv, new SeparatorMenuItem(), restore, password, new SeparatorMenuItem(), preferences,
                new SeparatorMenuItem(), quit);
    }

    private Menu journal(boolean open) {
        MenuItem today = shortcutItem("menu.todayCheckIn", Shortcut.TODAY_CHECK_IN,
                () -> window.openDay(window.services().journal().today()));
        MenuItem save = shortcutItem("menu.save", Shortcut.SAVE, window::saveCheckIn);
        MenuItem cramp = shortcutItem("menu.logCramp", Shortcut.LOG_CRAMP, () -> window.logNow(EpisodeKind.CRAMP));
        MenuItem palpitation = shortcutItem("menu.logPalpitation", Shortcut.LOG_PALPITATION,
                () -> window.logNow(EpisodeKind.PALPITATION));
        MenuItem logIntake = shortcutItem("menu.logIntake", Shortcut.LOG_INTAKE, () -> window.showPage(Page.INTAKE));
        MenuItem findFood = shortcutItem("menu.findFood", Shortcut.FIND_FOOD, window::findFood);
        MenuItem previousDay = shortcutItem("menu.previousDay", Shortcut.PREVIOUS_DAY, () -> window.shiftDay(-1));
        MenuItem nextDay = shortcutItem("menu.nextDay", Shortcut.NEXT_DAY, () -> window.shiftDay(1));
        MenuItem mySymptoms = item("menu.ownSymptoms", null, window.dialogs()::showOwnSymptoms);
        Menu journal = new Menu(messages.get("menu.journal"), null, today, save, previousDay, nextDay,
                new SeparatorMenuItem(), cramp, palpitation, logIntake, findFood, new SeparatorMenuItem(),
                mySymptoms);
        journal.setDisable(!open);
        return journal;
    }

    private Menu view(boolean open) {
        Menu view = new Menu(messages.get("menu.view"));
        for (Page target : Page.values()) {
            MenuItem item = item(target.navKey(), target.shortcut(), () -> window.showPage(target));
            item.setDisable(!open);
            view.getItems().add(item);
        }
        CheckMenuItem dark = new CheckMenuItem(messages.get("menu.darkTheme"));
        dark.setId("menu-dark-theme");
        dark.setSelected(settings.theme() == Theme.DARK);
        dark.setOnAction(e -> window.setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        Menu language = new Menu(messages.get("menu.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Language choice : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get("language." + choice.code()));
            item.setId("menu-language-" + choice.code());
            item.setToggleGroup(languages);
            item.setSelected(choice == messages.language());
            item.setOnAction(e -> window.switchLanguage(choice));
            language.getItems().add(item);
        }
        view.getItems().addAll(new SeparatorMenuItem(), dark, language);
        return view;
    }

    private Menu help(boolean open) {
        WindowDialogs dialogs = window.dialogs();
        MenuItem welcome = item("menu.welcome", null, dialogs::showWelcome);
        MenuItem sample = window.isDemo() ? item("menu.backToJournal", null, window::backToJournal)
                : item("menu.exploreDemo", null, window::exploreDemo);
        sample.setDisable(!open || window.host() == null);
        MenuItem guide = item("menu.userGuide", null, dialogs::showUserGuide);
        MenuItem about = item("menu.about", "F1", dialogs::showAbout);
        return new Menu(messages.get("menu.help"), null, welcome, guide, sample, new SeparatorMenuItem(), about);
    }

    private MenuItem shortcutItem(String key, Shortcut shortcut, Runnable action) {
        MenuItem item = item(key, null, action);
        item.setAccelerator(shortcut.combination());
        return item;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId("menu-" + key.substring(key.indexOf('.') + 1));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.valueOf(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
