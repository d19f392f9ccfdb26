package org.carnet.app;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.carnet.core.JournalLockedException;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.ui.RedFlagBanner;
import org.carnet.ui.AppPage;
import org.carnet.ui.DataKind;
import org.carnet.ui.DialogService;
import org.carnet.ui.Icons;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.carnet.ui.Notifier;
import org.carnet.ui.TaskRunner;
import org.carnet.ui.Theme;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The main window's shell: the menus, the red-flag banner above everything, the navigation, the status bar and the
 * page shown. The pages themselves come from their features ({@link AppPage}, listed in {@link JournalPages}); the
 * menus are made by {@link WindowMenus}, the dialogs the menus open by {@link WindowDialogs} and
 * {@link ReportOpener}. The window is shown at once with a "opening your journal" state, and filled when the
 * database is open ({@link #attach}).
 */
public final class MainWindow {
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    /** How long after a theme change the pages out of sight start being restyled: after the window is redrawn. */
    private static final int RESTYLE_DELAY_MILLIS = 400;

    /** The pages of the navigation, in its order (Ctrl+1…9). */
    public enum Page {
        HOME, CHECK_IN, INTAKE, TRACKING, JOURNAL, PROTOCOLS, PRODUCTS, PROFILE, LABS;

        /** The key of the page's name in the bundles: {@code nav.checkIn} for CHECK_IN. */
        String navKey() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder("nav.").append(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }

        /** Ctrl+1 for the first page, and so on. */
        String shortcut() {
            return "Shortcut+" + (ordinal() + 1);
        }
    }

    private final Stage stage;
    private final AppSettings settings;
    private final TaskRunner runner;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Notifier notifier = new Notifier(() -> this.messages.get("notification.close"));
    /** The page shown, with the notices about it under it: they take room from the page, never cover its fields. */
    private final BorderPane pageArea = new BorderPane(content, null, null, notifier.pageLayer(), null);
    private final ToggleGroup navigation = new ToggleGroup();
    private final StatusBar status = new StatusBar();
    private final WindowDialogs windowDialogs;
    private final ReportOpener report;
    private DataTransfers.FileChoices fileChoices = DataTransfers.CHOOSERS;

    private Messages messages;
    private final DialogService dialogs;
    private Page page = Page.HOME;
    private Runnable exit = Platform::exit;
    /** The pages of the journal open, with their models; null while none is. */
    private JournalPages journal;
    /** Each page's view is made once per language and journal: views bind to long-lived models, so making them
     * again on every visit would pile up listeners. */
    private final Map<Page, Node> views = new EnumMap<>(Page.class);
    /** The views waiting to be laid out again out of sight (their data came after they were built). */
    private final Set<Node> toLayOutAgain = new HashSet<>();
    private boolean shellInstalled;
    /** Keys pressed before the shell's shortcuts exist, replayed once they do; null from then on. */
    private List<KeyEvent> earlyKeys = new ArrayList<>();
    /** Owns the open journal when the app runs; null in tests that attach a journal directly. */
    private JournalHost host;
    /** What the window shows while no journal is attached: null for "opening", else the password page. */
    private Node waiting;
    private String waitingKey = "app.opening";
    /** True while the demo journal (sample data) is shown instead of the person's own. */
    private boolean demo;
    private boolean prebuild;
    /** The work the person does not wait for, held until the journal just attached has settled. */
    private final Settling<JournalPages> settling = new Settling<>(Platform::runLater, this::afterNextLayout,
            Settling.FX_TIMER);
    /** The work on the FX thread the person does not wait for: one piece per turn, a pulse after a heavy one. */
    private final IdleWork idle = new IdleWork(Platform::runLater, this::afterNextLayout, Settling.FX_TIMER,
            System::nanoTime);
    /** True once the app is stopping: its background runner takes no more work. */
    private boolean stopped;

    public MainWindow(Stage stage, AppSettings settings, TaskRunner runner) {
        // The shell never asks for more than the window: the pages scroll, the menus and banners stay in view.
        root.setMinSize(0, 0);
        content.setMinSize(0, 0);
        pageArea.setMinSize(0, 0);
        content.setId("page-content");
        this.stage = stage;
        this.settings = settings;
        this.runner = runner;
        this.messages = new Messages(settings.language());
        settings.language().applyToCalendars();
        org.carnet.ui.FileFolders.keepIn(settings::lastFolder, folder -> {
            settings.setLastFolder(folder);
            settings.save();
        });
        this.dialogs = new DialogService(stage, messages);
        this.windowDialogs = new WindowDialogs(this, stage, settings, runner, dialogs, notifier);
        this.report = new ReportOpener(stage, runner, dialogs, this::services, this::messages);
        // No text in any window of the app is cut without a way to read it whole; dialogs grow with their content.
        org.carnet.ui.WholeText.everywhere();
    }

    /**
     * Shows the window straight away, before the journal is open: first a plain "opening your journal" page styled
     * by a tiny stylesheet, then, once it is on screen, the theme and the menus. The theme's stylesheet is large;
     * parsing it after the first frame keeps the window from taking longer to appear than an empty one.
     */
    public void show() {
        Application.setUserAgentStylesheet(Theme.splashStylesheet());
        Text opening = new Text(messages.get("app.opening"));
        opening.getStyleClass().add("splash-text");
        StackPane splash = new StackPane(opening);
        splash.getStyleClass().add("splash");
        if (settings.theme() == Theme.DARK) {
            splash.getStyleClass().add("dark");
        }
        Scene scene = new Scene(splash, 1000, 720);
        // While the person types, clicks or scrolls, the work they do not wait for waits.
        for (EventType<? extends InputEvent> type : List.of(KeyEvent.ANY, MouseEvent.MOUSE_PRESSED,
                MouseEvent.MOUSE_DRAGGED, ScrollEvent.ANY)) {
            scene.addEventFilter(type, e -> idle.input());
        }
        // Keys pressed on the first page, before the menus and their shortcuts exist, are kept, not lost.
        scene.addEventFilter(KeyEvent.ANY, e -> {
            if (earlyKeys != null) {
                earlyKeys.add(e);
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        double[] bounds = settings.windowBounds();
        if (bounds != null) {
            stage.setX(bounds[0]);
            stage.setY(bounds[1]);
            stage.setWidth(bounds[2]);
            stage.setHeight(bounds[3]);
        }
        stage.setOnCloseRequest(event -> {
            event.consume();
            requestClose();
        });
        stage.show();
        Platform.runLater(this::installShell);
    }

    private void installShell() {
        settings.theme().apply();
        Scene scene = stage.getScene();
        scene.getStylesheets().add(Theme.appStylesheet());
        // Notifications float over the bottom-right corner of everything else.
        scene.setRoot(new StackPane(root, notifier.layer()));
        shellInstalled = true;
        rebuild();
        prebuildPages();
        // The menus' shortcuts are in the scene once the menu bar is styled, in the next pulse.
        afterNextLayout(this::replayEarlyKeys);
    }

    /** The keys pressed while the first page showed, dispatched in order as if pressed now. */
    private void replayEarlyKeys() {
        List<KeyEvent> keys = earlyKeys;
        earlyKeys = null;
        Scene scene = stage.getScene();
        for (KeyEvent key : keys) {
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(target, key.copyFor(target, target));
        }
    }

    /** The app asks for it: build the pages out of sight once the person can type, rather than on their first visit. */
    void setPrebuildPages(boolean on) {
        this.prebuild = on;
    }

    /**
     * The app asks for it: the work the person does not wait for (see {@link #whenSettled}) starts once they have
     * gone on from the first page and the next is drawn, or once the first page has been shown, usable, for
     * {@code delay}; zero (the default): as soon as the journal can be used.
     */
    void setSettleDelay(Duration delay) {
        settling.setDelay(delay);
    }

    /**
     * Runs {@code action} once the journal just attached can be used: today's check-in is loaded (it accepts typing)
     * and the window has had a turn to draw it.
     */
    void whenUsable(Runnable action) {
        if (journal == null) {
            return;
        }
        JournalPages attached = journal;
        Runnable later = () -> Platform.runLater(() -> {
            if (journal == attached) {
                action.run();
            }
        });
        if (!attached.checkIn.model().busyProperty().get()) {
            later.run();
            return;
        }
        AppPage.once(attached.checkIn.model().busyProperty(), busy -> !busy, later);
    }

    /**
     * Runs {@code action}, work the person does not wait for (the other pages' data and builds, the day's backup,
     * the food table, the missed days), once the journal just attached has settled: it can be used and the person
     * has what they came for, the page they went to from the first one shown, drawn, its field focused (on two
     * cores that work would otherwise compete with the click and the check-in's showing), or, if they stay on the
     * first page, once it has been shown, usable, for the settle delay. At once (in a later turn) when it has.
     */
    void whenSettled(Runnable action) {
        if (journal == null) {
            return;
        }
        JournalPages attached = journal;
        Runnable guarded = () -> {
            // Not once the window is closed (the app quitting right after the first keystroke).
            if (journal == attached && stage.isShowing() && !stopped) {
                action.run();
            }
        };
        settling.whenSettled(attached, guarded);
    }

    /** The journal just attached, its loads asked for: settle it once it can be used and the person went on. */
    private void settleOnceUsable() {
        settling.loading(page);
        whenUsable(() -> settling.usable(page));
    }

    /** The app is stopping (its runner closes next): the work held until the journal settled is dropped. */
    void stopped() {
        stopped = true;
        settling.cancel();
    }

    /**
     * Builds the pages a person may visit and has JavaFX style and lay them out once, out of sight: their first
     * visit then finds their skins made and their classes loaded, instead of holding the FX thread for a quarter of
     * a second on the first click. The check-in comes first (the home page's Enter leads there); the others only
     * once it accepts typing, each made, styled and laid out in turns of the FX thread of their own, so that none
     * of it holds the window while the person types.
     */
    private void prebuildPages() {
        if (!prebuild || journal == null || !shellInstalled) {
            return;
        }
        JournalPages attached = journal;
        Platform.runLater(() -> {
            if (journal == attached && page != Page.CHECK_IN && !views.containsKey(Page.CHECK_IN)) {
                layOutOutOfSight(view(Page.CHECK_IN), false, () -> { });
            }
        });
        whenSettled(() -> {
            Deque<Consumer<Runnable>> steps = new ArrayDeque<>();
            for (Page target : Page.values()) {
                // Made in one piece; styled, laid out and taken away in the next three.
                steps.add(next -> {
                    if (target != page && !views.containsKey(target)) {
                        Node built = view(target);
                        idle.next(() -> layOutOutOfSight(built, true, next));
                    } else {
                        next.run();
                    }
                });
            }
            // The two dialogs opened from the keyboard most, also styled once out of sight (nothing shown or loaded).
            steps.add(next -> {
                attached.episodes.prepareForm();
                next.run();
            });
            steps.add(next -> {
                report.prepare();
                next.run();
            });
            idle.add(() -> runInTurns(steps, attached));
        });
    }

    /**
     * Runs the first of {@code steps}, then the next once it says so (as the next piece of the idle work), while
     * {@code attached} is the journal open.
     */
    private void runInTurns(Deque<Consumer<Runnable>> steps, JournalPages attached) {
        Consumer<Runnable> step = steps.poll();
        if (step == null || journal != attached || !stage.isShowing()) {
            return;
        }
        step.accept(() -> idle.next(() -> runInTurns(steps, attached)));
    }

    /**
     * Styles {@code node} behind the page shown, transparent, lays it out (a chart draws itself then) and takes it
     * away, then runs {@code then}: each as a piece of the idle work of its own when {@code inTurns} (after typing:
     * no turn holds the window for all of it, a pulse between two), else all at once (the check-in, before typing).
     * Nothing is done while the page is on screen: its own pulses do it.
     */
    private void layOutOutOfSight(Node node, boolean inTurns, Runnable then) {
        Consumer<Runnable> next = inTurns ? idle::next : Runnable::run;
        if (isOnTop(node)) {
            next.accept(then);
            return;
        }
        if (content.getChildren().contains(node)) {
            // Being laid out out of sight already (its data came meanwhile): once more when that is done.
            idle.add(() -> layOutOutOfSight(node, inTurns, then));
            return;
        }
        node.setOpacity(0);
        content.getChildren().add(0, node);
        content.applyCss();
        next.accept(() -> {
            if (content.getChildren().contains(node) && !isOnTop(node)) {
                content.layout();
            }
            next.accept(() -> {
                if (!isOnTop(node)) {
                    content.getChildren().remove(node);
                    node.setOpacity(1);
                }
                next.accept(then);
            });
        });
    }

    private boolean isOnTop(Node node) {
        List<Node> children = content.getChildren();
        return !children.isEmpty() && children.get(children.size() - 1) == node;
    }

    void setHost(JournalHost host) {
        this.host = host;
    }

    JournalHost host() {
        return host;
    }

    /** The journal has a password: show the page that asks for it ({@code wrong}: the last try was refused). */
    void askPassword(Consumer<char[]> onSubmit, boolean wrong) {
        showInstead(new UnlockView(messages, onSubmit, this::requestClose).createView(wrong));
    }

    /** Shows {@code page} instead of the journal while none is open (the password's page, the damaged journal's). */
    void showInstead(Node page) {
        waiting = page;
        if (shellInstalled) {
            rebuild();
        }
    }

    /** A notice that something went well, in the window's corner. */
    void notifySuccess(String header, String text) {
        notifier.success(header, text);
    }

    /** Shows (or stops showing) the banner that says the journal on screen is the demo with sample data. */
    void setDemo(boolean demo) {
        this.demo = demo;
    }

    boolean isDemo() {
        return demo;
    }

    /** The journal is being closed for work on its files: show {@code workingKey}'s words until it is back. */
    void detach(String workingKey) {
        journal = null;
        settling.cancel();
        waiting = null;
        waitingKey = workingKey;
        notifier.pageLeft();
        views.clear();
        if (shellInstalled) {
            rebuild();
        }
    }

    /** The journal is open: build the pages' models, load today, fill the window. */
    public void attach(Services opened) {
        this.waiting = null;
        this.waitingKey = "app.opening";
        Consumer<Throwable> loadFailed = e -> dialogs.showError("action.loadJournal", e);
        journal = new JournalPages(opened, runner, this, dialogs, notifier, loadFailed);
        settling.begin(journal, page);
        // The summary shows the latest results.
        journal.changes.subscribe(() -> report.dataChanged(loadFailed), DataKind.LABS);
        if (shellInstalled) {
            rebuild();
        }
        journal.load(loadFailed, page, () -> page, this::whenSettled);
        prebuildPages();
        windowDialogs.afterOpening();
        settleOnceUsable();
    }

    /** The pages of the journal open, or null. */
    JournalPages journal() {
        return journal;
    }

    /** The journal could not be opened: say why, then close. */
    public void openFailed(Throwable error) {
        LOG.log(Level.SEVERE, "Could not open the journal", error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get(error instanceof JournalLockedException
                ? "error.locked.header" : "error.open.header"));
        alert.setContentText(DialogService.describe(messages, error));
        alert.showAndWait();
        stage.hide();
        exit.run();
    }

    /** What closing the window does once it is hidden; the app exits, tests keep their toolkit. */
    public void setOnExit(Runnable action) {
        this.exit = action;
    }

    public Services services() {
        return journal == null ? null : journal.services;
    }

    public Messages messages() {
        return messages;
    }

    /**
     * Comes forward on {@code target} (a reminder was clicked): de-iconified, in front, on that page; before the
     * journal is open (its password still to type), the page it will open on.
     */
    public void bringForward(Page target) {
        showPage(target);
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    Stage stage() {
        return stage;
    }

    public void showPage(Page target) {
        if (target != page) {
            // A notice about what was done on a page belongs to it (the intake's findings stay on their page).
            notifier.pageLeft();
        }
        page = target;
        if (journal == null) {
            // Shown once a journal is attached.
            return;
        }
        navigation.getToggles().forEach(t -> t.setSelected(t.getUserData() == target));
        Node shown = view(target);
        // It may have been behind the page, transparent, being laid out out of sight.
        shown.setOpacity(1);
        content.getChildren().setAll(shown);
        // The keyboard starts where the work is: the first field of the check-in, the list of days.
        JournalPages attached = journal;
        Platform.runLater(() -> {
            if (attached != null && journal == attached) {
                attached.get(target).focus(shown);
                // The person went on from the first page: what they came for is this page, drawn, focused.
                settling.shown(attached, target);
            }
        });
    }

    /** The view of {@code target}, made on its first visit in this language. */
    private Node view(Page target) {
        Node known = views.get(target);
        if (known != null) {
            return known;
        }
        Node built = journal.get(target).create(messages);
        views.put(target, built);
        if (prebuild) {
            // A view that lays itself out anew when its data comes (the tracking chart) does it out of sight.
            JournalPages attached = journal;
            journal.get(target).prebuilt(() -> {
                // Once per view while one is waiting (the page and its reading wrapper may both ask).
                if (toLayOutAgain.add(built)) {
                    idle.add(() -> {
                        toLayOutAgain.remove(built);
                        if (journal == attached && page != target && views.get(target) == built) {
                            layOutOutOfSight(built, true, () -> { });
                        }
                    });
                }
            });
        }
        return built;
    }

    /** For tests: the view of {@code target} if it was made (shown or out of sight), else null. */
    Node builtView(Page target) {
        return views.get(target);
    }

    /** Opens the check-in of {@code day}, asking about unsaved changes of the day shown. */
    public void openDay(LocalDate day) {
        if (journal == null) {
            return;
        }
        showPage(Page.CHECK_IN);
        journal.checkIn.view().open(day);
    }

    /** Journal › Previous / Next day: the day before or after the one the check-in shows. */
    void shiftDay(int days) {
        LocalDate shown = journal.checkIn.day();
        if (shown != null) {
            openDay(shown.plusDays(days));
        }
    }

    /** Journal › Save: the check-in, when it is on screen. */
    void saveCheckIn() {
        if (page == Page.CHECK_IN) {
            journal.checkIn.view().save();
        }
    }

    /** Ctrl+K and Ctrl+H: an episode now, on the day of the check-in shown, else today. */
    void logNow(EpisodeKind kind) {
        LocalDate day = page == Page.CHECK_IN ? journal.checkIn.day() : null;
        journal.episodes.logNow(day, kind);
    }

    /** Journal › Find a food: the intake page, its search field. */
    void findFood() {
        showPage(Page.INTAKE);
        journal.intake.findFood();
    }

    private void rebuild() {
        stage.setTitle(messages.get("app.title"));
        VBox top = new VBox(new WindowMenus(this, messages, settings).create());
        if (journal != null) {
            top.getChildren().add(new RedFlagBanner(journal.alerts, messages));
        }
        if (demo && journal != null) {
            top.getChildren().add(demoBanner());
        }
        root.setTop(top);
        if (journal == null) {
            root.setLeft(null);
            root.setBottom(null);
            if (waiting != null) {
                root.setCenter(waiting);
                return;
            }
            ProgressIndicator progress = new ProgressIndicator();
            progress.setMaxSize(48, 48);
            Label opening = new Label(messages.get(waitingKey));
            VBox box = new VBox(12, progress, opening);
            box.setAlignment(Pos.CENTER);
            box.setId("opening");
            root.setCenter(box);
            return;
        }
        views.clear();
        root.setLeft(createNavigation());
        root.setCenter(pageArea);
        root.setBottom(status);
        showPage(page);
    }

    /** View › Dark theme. */
    void setTheme(Theme theme) {
        theme.apply();
        settings.setTheme(theme);
        // Written once the window is drawn in the new colours: forcing the file to the disk is not part of the
        // switch the person waits for.
        afterNextLayout(settings::save);
        restyle();
    }

    /** Runs {@code action} in a turn of its own after the next pulse's layout (its CSS and layout done). */
    private void afterNextLayout(Runnable action) {
        Scene scene = stage.getScene();
        if (scene == null) {
            action.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        boolean[] posted = new boolean[1];
        once[0] = () -> {
            if (!posted[0]) {
                posted[0] = true;
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    action.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * After a theme change, CSS restyles what is on screen by itself; only the pages drawn with the theme's palette
     * on a canvas CSS cannot reach (the tracking chart) are made again. The pages not on screen are restyled out of
     * sight, one per turn of the FX thread and once the window has been drawn in its new colours, so that neither
     * the switch nor their next visit holds the window.
     */
    private void restyle() {
        if (journal == null) {
            return;
        }
        journal.all().forEach((target, contributed) -> {
            if (contributed.remadeOnRestyle()) {
                views.remove(target);
                if (page == target) {
                    showPage(page);
                }
            }
        });
        PauseTransition drawn = new PauseTransition(Duration.millis(RESTYLE_DELAY_MILLIS));
        drawn.setOnFinished(e -> idle.add(() -> restyleOutOfSight(new ArrayDeque<>(List.of(Page.values())))));
        drawn.play();
    }

    /**
     * Restyles the first of {@code left} if it is built and not on screen (styled, laid out and taken away in three
     * turns), then the next one. A page made again for the theme is made first, in a turn of its own (the tracking
     * chart is the longest part).
     */
    private void restyleOutOfSight(Deque<Page> left) {
        Page target = left.peek();
        if (target == null || journal == null || !stage.isShowing()) {
            return;
        }
        if (journal.get(target).remadeOnRestyle() && !views.containsKey(target)) {
            view(target);
            idle.next(() -> restyleOutOfSight(left));
            return;
        }
        left.poll();
        Node built = views.get(target);
        if (built != null && target != page) {
            layOutOutOfSight(built, true, () -> restyleOutOfSight(left));
            return;
        }
        idle.next(() -> restyleOutOfSight(left));
    }

    private Node createNavigation() {
        return Navigation.create(journal.all(), messages, navigation, this::showPage,
                journal.services.dataDir().toString(), windowDialogs::showDataFolder);
    }

    private Node demoBanner() {
        Label text = new Label(messages.get("demo.banner"), Icons.icon(MaterialDesignF.FLASK_OUTLINE));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button back = new Button(messages.get("menu.backToJournal"));
        back.setId("demo-back");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> backToJournal());
        HBox banner = new HBox(12, text, back);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setId("demo-banner");
        banner.getStyleClass().add("demo-banner");
        return banner;
    }

    /** True once the themed window with its menus has replaced the first "opening" page. */
    public boolean isShellInstalled() {
        return shellInstalled;
    }

    void switchLanguage(Language language) {
        if (language == messages.language()) {
            return;
        }
        settings.setLanguage(language);
        settings.save();
        messages = new Messages(language);
        language.applyToCalendars();
        dialogs.setMessages(messages);
        rebuild();
    }

    DataTransfers dataTransfers() {
        return new DataTransfers(stage, journal.services, runner, messages, dialogs, journal.changes, status,
                notifier, fileChoices);
    }

    /** For tests: files given instead of asked for. */
    void setFileChoices(DataTransfers.FileChoices choices) {
        this.fileChoices = choices;
    }

    Notifier notifier() {
        return notifier;
    }

    /** File › Summary for the doctor (Ctrl+P). */
    void showReport() {
        report.show();
    }

    void setSchedules(java.util.function.Function<java.nio.file.Path, org.carnet.reminders.Schedule> schedules) {
        windowDialogs.setSchedules(schedules);
    }

    /** The dialogs of the menus and the first start. */
    WindowDialogs dialogs() {
        return windowDialogs;
    }

    /** Runs {@code action} once the check-in's unsaved changes are saved or discarded. */
    void whenChangesHandled(Runnable action) {
        if (journal == null) {
            action.run();
        } else {
            journal.checkIn.whenChangesHandled(action, () -> { });
        }
    }

    /** Help › Explore with sample data: a fresh demo journal, the person's own closed meanwhile. */
    void exploreDemo() {
        if (host != null) {
            whenChangesHandled(() -> host.openDemo(error -> dialogs.showError("action.openDemo", error)));
        }
    }

    /** Help › Back to my journal: leaves the demo. */
    void backToJournal() {
        if (host != null) {
            host.backToJournal(error -> dialogs.showError("action.openDemo", error));
        }
    }

    /** Closes the window once unsaved changes are saved or discarded: the check-in's, then each page's. */
    public void requestClose() {
        Runnable close = () -> {
            if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified()) {
                settings.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                settings.save();
            }
            stage.hide();
            exit.run();
        };
        if (journal == null) {
            close.run();
            return;
        }
        Runnable next = close;
        // Asked in the reverse order of the list so that the first page (the check-in) asks first.
        List<Map.Entry<Page, AppPage>> asking = List.copyOf(journal.all().entrySet());
        for (int i = asking.size() - 1; i >= 0; i--) {
            Page target = asking.get(i).getKey();
            AppPage contributed = asking.get(i).getValue();
            Runnable then = next;
            next = () -> contributed.whenChangesHandled(then, () -> showPage(target));
        }
        next.run();
    }
}
