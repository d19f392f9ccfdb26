package org.carnet.app;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.carnet.core.JournalLockedException;
import org.carnet.journal.EpisodeKind;
import org.carnet.intake.ui.IntakeView;
import org.carnet.intake.ui.IntakeViewModel;
import org.carnet.intake.ui.ProductsView;
import org.carnet.intake.ui.ProductsViewModel;
import org.carnet.journal.ui.CheckInView;
import org.carnet.journal.ui.CheckInViewModel;
import org.carnet.journal.ui.EpisodeActions;
import org.carnet.journal.ui.HomeView;
import org.carnet.journal.ui.HomeViewModel;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.journal.ui.JournalListView;
import org.carnet.journal.ui.JournalListViewModel;
import org.carnet.journal.ui.RedFlagAlerts;
import org.carnet.journal.ui.RedFlagBanner;
import org.carnet.labs.ui.LabsView;
import org.carnet.labs.ui.LabsViewModel;
import org.carnet.profile.ui.ProfileView;
import org.carnet.profile.ui.ProfileViewModel;
import org.carnet.report.pdf.SummaryPdf;
import org.carnet.report.ui.ReportDialog;
import org.carnet.report.ui.ReportViewModel;
import org.carnet.tracking.ui.ProtocolsView;
import org.carnet.tracking.ui.ProtocolsViewModel;
import org.carnet.tracking.ui.TrackingSummaryCard;
import org.carnet.tracking.ui.TrackingView;
import org.carnet.tracking.ui.TrackingViewModel;
import org.carnet.ui.DataKind;
import org.carnet.ui.DialogService;
import org.carnet.ui.Icons;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.carnet.ui.Notifier;
import org.carnet.ui.ReusedDialog;
import org.carnet.ui.Shortcut;
import org.carnet.ui.TaskRunner;
import org.carnet.ui.Theme;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The main window: menus, the red-flag banner above everything, the navigation and the pages. It is shown at once
 * with a "opening your journal" state, and filled when the database is open ({@link #attach}).
 */
public final class MainWindow {
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    /** How long after a theme change the pages out of sight start being restyled: after the window is redrawn. */
    private static final int RESTYLE_DELAY_MILLIS = 400;

    /** The pages of the navigation. */
    public enum Page { HOME, CHECK_IN, INTAKE, TRACKING, JOURNAL, PROTOCOLS, PRODUCTS, PROFILE, LABS }

    private final Stage stage;
    private final AppSettings settings;
    private final TaskRunner runner;
    /** Where the reminder schedule goes; tests keep it in their temporary folder. */
    private java.util.function.Function<java.nio.file.Path, org.carnet.reminders.Schedule> schedules =
            org.carnet.reminders.Schedules::forThisSystem;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final StatusBar status = new StatusBar();
    private final Notifier notifier = new Notifier(() -> this.messages.get("notification.close"));
    private DataTransfers.FileChoices fileChoices = DataTransfers.CHOOSERS;

    private Messages messages;
    private DialogService dialogs;
    private Services services;
    private Page page = Page.HOME;
    private Runnable exit = Platform::exit;
    /** Each page is built once per language: views bind to long-lived models, so rebuilding on every visit would
     * pile up listeners. */
    private final java.util.Map<Page, Node> pages = new java.util.EnumMap<>(Page.class);
    private boolean shellInstalled;
    /** Owns the open journal when the app runs; null in tests that attach a journal directly. */
    private JournalHost host;
    /** What the window shows while no journal is attached: null for "opening", else the password page. */
    private Node waiting;
    private String waitingKey = "app.opening";
    /** True while the demo journal (sample data) is shown instead of the person's own. */
    private boolean demo;
    private boolean prebuild;
    /** The summary dialog, kept for the next Ctrl+P, with its model and what it was made for. */
    private ReportDialog reportDialog;
    private ReportViewModel report;
    private Services reportServices;
    private Messages reportMessages;

    // View models live as long as the journal is open; views are rebuilt when the language changes.
    private JournalChanges changes;
    private RedFlagAlerts alerts;
    private CheckInViewModel checkIn;
    private HomeViewModel home;
    private JournalListViewModel journalList;
    private EpisodeActions episodes;
    private CheckInView checkInView;
    private org.carnet.journal.ui.OwnSymptomsViewModel ownSymptoms;
    private IntakeViewModel intake;
    private ProductsViewModel products;
    private ProfileViewModel profile;
    private IntakeView intakeView;
    private ProtocolsViewModel protocols;
    private TrackingViewModel tracking;
    private LabsViewModel labs;
    private LabsView labsView;

    public MainWindow(Stage stage, AppSettings settings, TaskRunner runner) {
        // The shell never asks for more than the window: the pages scroll, the menus and banners stay in view.
        root.setMinSize(0, 0);
        content.setMinSize(0, 0);
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
    }

    /** The app asks for it: build the pages out of sight once the person can type, rather than on their first visit. */
    void setPrebuildPages(boolean on) {
        this.prebuild = on;
    }

    /**
     * Runs {@code action} once the journal just attached can be used: today's check-in is loaded (it accepts typing)
     * and the window has had a turn to draw it. For the work the person does not wait for (the day's backup).
     */
    void whenUsable(Runnable action) {
        if (checkIn == null) {
            return;
        }
        CheckInViewModel attached = checkIn;
        Runnable later = () -> Platform.runLater(() -> {
            if (checkIn == attached) {
                action.run();
            }
        });
        if (!attached.busyProperty().get()) {
            later.run();
            return;
        }
        attached.busyProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean busy) {
                if (!busy) {
                    o.removeListener(this);
                    later.run();
                }
            }
        });
    }

    /**
     * Builds the pages a person may visit and has JavaFX style and lay them out once, out of sight: their first
     * visit then finds their skins made and their classes loaded, instead of holding the FX thread for a quarter of
     * a second on the first click. The check-in comes first (the home page's Enter leads there); the others only
     * once it accepts typing, one per turn of the FX thread, so that none of it delays the person.
     */
    private void prebuildPages() {
        if (!prebuild || services == null || !shellInstalled) {
            return;
        }
        Services attached = services;
        Platform.runLater(() -> {
            if (services == attached && page != Page.CHECK_IN && !pages.containsKey(Page.CHECK_IN)) {
                layOutOutOfSight(java.util.List.of(pages.computeIfAbsent(Page.CHECK_IN, this::createPage)));
            }
        });
        whenUsable(() -> {
            java.util.Deque<Runnable> steps = new java.util.ArrayDeque<>();
            for (Page target : Page.values()) {
                steps.add(() -> {
                    if (target != page && !pages.containsKey(target)) {
                        layOutOutOfSight(java.util.List.of(pages.computeIfAbsent(target, this::createPage)));
                    }
                });
            }
            // The two dialogs opened from the keyboard most, also styled once out of sight (nothing shown or loaded).
            steps.add(() -> {
                if (episodes != null) {
                    episodes.prepareForm();
                }
            });
            steps.add(this::prepareReportDialog);
            steps.add(this::relayOutTrackingWhenItsDataComes);
            runOnePerTurn(steps, attached);
        });
    }

    /** Runs the first of {@code steps}, then the next on the next turn of the FX thread, while {@code attached} is. */
    private void runOnePerTurn(java.util.Deque<Runnable> steps, Services attached) {
        Runnable step = steps.poll();
        if (step == null || services != attached || !stage.isShowing()) {
            return;
        }
        step.run();
        Platform.runLater(() -> runOnePerTurn(steps, attached));
    }

    /** The tracking chart draws itself for the first time when its data is there: once more, out of sight. */
    private void relayOutTrackingWhenItsDataComes() {
        if (tracking.dataProperty().get() != null) {
            return;
        }
        Node trackingPage = pages.get(Page.TRACKING);
        javafx.beans.value.ChangeListener<Object> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> o, Object was, Object now) {
                o.removeListener(this);
                if (trackingPage != null && page != Page.TRACKING && pages.get(Page.TRACKING) == trackingPage) {
                    Platform.runLater(() -> layOutOutOfSight(java.util.List.of(trackingPage)));
                }
            }
        };
        tracking.dataProperty().addListener(once);
    }

    /** Styles and lays out {@code nodes} behind the page shown, transparent, then takes them away again. */
    private void layOutOutOfSight(java.util.List<Node> nodes) {
        java.util.List<Node> shown = java.util.List.copyOf(content.getChildren());
        java.util.List<Node> hidden = nodes.stream().filter(n -> !shown.contains(n)).toList();
        hidden.forEach(node -> node.setOpacity(0));
        content.getChildren().addAll(0, hidden);
        content.applyCss();
        content.layout();
        content.getChildren().setAll(shown);
        hidden.forEach(node -> node.setOpacity(1));
    }

    void setHost(JournalHost host) {
        this.host = host;
    }

    /** The journal has a password: show the page that asks for it ({@code wrong}: the last try was refused). */
    void askPassword(Consumer<char[]> onSubmit, boolean wrong) {
        showInstead(new UnlockView(messages, onSubmit, this::requestClose).createView(wrong));
    }

    /** Shows {@code page} instead of the journal while none is open (the password's page, the damaged journal's). */
    void showInstead(javafx.scene.Node page) {
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

    /** The journal is being closed for work on its files: show {@code workingKey}'s words until it is back. */
    void detach(String workingKey) {
        services = null;
        alerts = null;
        checkInView = null;
        intakeView = null;
        labsView = null;
        waiting = null;
        waitingKey = workingKey;
        pages.clear();
        if (shellInstalled) {
            rebuild();
        }
    }

    /** The journal is open: build the models, load today, fill the window. */
    public void attach(Services opened) {
        this.services = opened;
        this.waiting = null;
        this.waitingKey = "app.opening";
        Consumer<Throwable> loadFailed = e -> dialogs.showError("action.loadJournal", e);
        changes = new JournalChanges();
        alerts = new RedFlagAlerts();
        checkIn = new CheckInViewModel(opened.journal(), opened.ownSymptoms(), runner, changes, alerts);
        ownSymptoms = new org.carnet.journal.ui.OwnSymptomsViewModel(opened.ownSymptoms(), runner, changes);
        home = new HomeViewModel(opened.journal(), runner, changes, alerts, loadFailed);
        journalList = new JournalListViewModel(opened.journal(), opened.ownSymptoms(), runner, changes, loadFailed);
        episodes = new EpisodeActions(opened.journal(), runner, changes, () -> messages, () -> dialogs, () -> stage);
        intake = new IntakeViewModel(opened.intake(), opened.guidance(), runner, changes);
        intake.setLateDoses(opened.reminders()::lateDoses);
        products = new ProductsViewModel(opened.intake(), runner, changes);
        profile = new ProfileViewModel(opened.profiles(), opened.guidance(), runner, changes);
        protocols = new ProtocolsViewModel(opened.tracking(), runner, changes);
        tracking = new TrackingViewModel(opened.tracking(), runner);
        tracking.setLabResults(opened.labs()::all);
        labs = new LabsViewModel(opened.labs(), runner, changes);
        // Each model follows the kinds of data it shows, whichever page wrote them.
        changes.subscribe(() -> tracking.load(loadFailed), DataKind.DAYS, DataKind.EPISODES, DataKind.INTAKES,
                DataKind.PROTOCOLS, DataKind.PRODUCTS, DataKind.LABS, DataKind.OWN_SYMPTOMS);
        changes.subscribe(() -> labs.load(loadFailed), DataKind.LABS);
        // The summary shows the latest results: an open preview is made again when they change.
        changes.subscribe(() -> {
            if (reportDialog != null && reportDialog.isShowing() && reportServices == services) {
                report.preview(loadFailed);
            }
        }, DataKind.LABS);
        changes.subscribe(() -> checkIn.refreshEpisodes(loadFailed), DataKind.EPISODES);
        changes.subscribe(() -> checkIn.reloadOwnSymptoms(loadFailed), DataKind.OWN_SYMPTOMS);
        // A check-in's digestion, a new product or a profile change can change the intake findings.
        changes.subscribe(() -> intake.reload(loadFailed), DataKind.DAYS, DataKind.PRODUCTS, DataKind.MEDICATIONS,
                DataKind.FOODS, DataKind.ROUTINE, DataKind.PROFILE);
        changes.subscribe(() -> protocols.load(loadFailed), DataKind.PRODUCTS);
        if (shellInstalled) {
            rebuild();
        }
        // What the person waits for first (the home page's "today" and today's check-in), then the rest: the one
        // background thread runs them in this order, and the list of every day takes long on a journal of years.
        home.load(loadFailed);
        checkIn.load(opened.journal().today(), loadFailed);
        journalList.load(loadFailed);
        intake.load(opened.intake().today(), loadFailed);
        products.load(loadFailed);
        profile.load(loadFailed);
        protocols.load(loadFailed);
        tracking.load(loadFailed);
        labs.load(loadFailed);
        prebuildPages();
        if (!settings.welcomeShown()) {
            Platform.runLater(this::showFirstRun);
        } else {
            offerBackfill();
        }
    }

    /** On opening: the days missed since the last check-in, offered to fill in at once. */
    private void offerBackfill() {
        Services opened = services;
        runner.run(() -> opened.journal().missedDays(), days -> {
            if (days.isEmpty() || opened != services) {
                return;
            }
            notifier.offer(messages.get("backfill.title"), messages.get("backfill.header",
                    days.size()), new Notifier.Action(messages.get("backfill.open"), () -> showBackfill(days)));
        }, error -> LOG.log(Level.WARNING, "Could not look for missed days", error));
    }

    /** "My symptoms": the person's own symptoms, added, changed or retired; the pages follow at once. */
    void showOwnSymptoms() {
        if (ownSymptoms == null) {
            return;
        }
        ownSymptoms.select(null);
        ownSymptoms.load(e -> dialogs.showError("action.loadJournal", e));
        new org.carnet.journal.ui.OwnSymptomsDialog(stage, messages, ownSymptoms,
                e -> dialogs.showError("action.saveOwnSymptom", e)).showAndWait();
    }

    void showBackfill(java.util.List<java.time.LocalDate> days) {
        org.carnet.journal.ui.BackfillDialog dialog = new org.carnet.journal.ui.BackfillDialog(stage, messages, days);
        dialog.setOnHidden(e -> {
            java.util.List<org.carnet.journal.CheckIn> filled = dialog.getResult();
            if (filled == null || filled.isEmpty()) {
                return;
            }
            runner.run(() -> {
                services.journal().saveAll(filled);
                return filled.size();
            }, count -> {
                changes.changed();
                notifier.success(messages.get("backfill.title"), messages.get("backfill.saved", count));
            }, error -> dialogs.showError("action.backfill", error));
        });
        dialog.show();
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
        return services;
    }

    public Messages messages() {
        return messages;
    }

    public void showPage(Page target) {
        page = target;
        navigation.getToggles().forEach(t -> t.setSelected(t.getUserData() == target));
        Node shown = pages.computeIfAbsent(target, this::createPage);
        content.getChildren().setAll(shown);
        // The keyboard starts where the work is: the first field of the check-in, the list of days.
        Platform.runLater(() -> {
            if (target == Page.CHECK_IN) {
                checkInView.focusFirstField();
            } else if (target == Page.INTAKE && intakeView != null) {
                intakeView.focusSearch();
            } else if (target == Page.LABS && labsView != null) {
                labsView.focusFirstField();
            } else {
                Node node = shown.lookup(target == Page.JOURNAL ? "#journal-list" : "#home-open-checkin");
                if (node != null) {
                    node.requestFocus();
                }
            }
        });
    }

    /** Opens the check-in of {@code day}, asking about unsaved changes of the day shown. */
    public void openDay(LocalDate day) {
        if (checkInView == null) {
            return;
        }
        showPage(Page.CHECK_IN);
        checkInView.open(day);
    }

    private void rebuild() {
        stage.setTitle(messages.get("app.title"));
        VBox top = new VBox(createMenuBar());
        if (alerts != null) {
            top.getChildren().add(new RedFlagBanner(alerts, messages));
        }
        if (demo && services != null) {
            top.getChildren().add(demoBanner());
        }
        root.setTop(top);
        if (services == null) {
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
        pages.clear();
        checkInView = new CheckInView(checkIn, episodes, messages, dialogs);
        checkInView.setOnEditOwnSymptoms(this::showOwnSymptoms);
        root.setLeft(createNavigation());
        root.setCenter(content);
        root.setBottom(status);
        showPage(page);
    }

    /**
     * After a theme change, CSS restyles what is on screen by itself; only the tracking chart, drawn with the theme's
     * palette on a canvas CSS cannot reach, is made again. The pages not on screen are restyled out of sight, one per
     * turn of the FX thread and once the window has been drawn in its new colours, so that neither the switch nor
     * their next visit holds the window.
     */
    private void restyle() {
        if (services == null) {
            return;
        }
        pages.remove(Page.TRACKING);
        if (page == Page.TRACKING) {
            showPage(page);
        }
        javafx.animation.PauseTransition drawn = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(RESTYLE_DELAY_MILLIS));
        drawn.setOnFinished(e -> restyleOutOfSight(new java.util.ArrayDeque<>(java.util.List.of(Page.values()))));
        drawn.play();
    }

    /**
     * Restyles the first of {@code left} if it is built and not on screen, then the next one on the next turn. The
     * tracking page is made again first, in a turn of its own (its chart is the longest part).
     */
    private void restyleOutOfSight(java.util.Deque<Page> left) {
        Page target = left.peek();
        if (target == null || services == null || !stage.isShowing()) {
            return;
        }
        if (target == Page.TRACKING && !pages.containsKey(target)) {
            pages.put(target, createPage(target));
            Platform.runLater(() -> restyleOutOfSight(left));
            return;
        }
        left.poll();
        Node built = pages.get(target);
        if (built != null && target != page) {
            layOutOutOfSight(java.util.List.of(built));
        }
        Platform.runLater(() -> restyleOutOfSight(left));
    }

    /**
     * The pages scroll inside the window (the shell asks for no minimum size, so the menus and the red-flag banner
     * stay in view). Most pages scroll themselves; Home's cards are put in a scroll pane here that fills the space
     * when they fit and scrolls when they do not.
     */
    private Node createPage(Page target) {
        Node page = createPageContent(target);
        if (target != Page.HOME || !(page instanceof Region cards)) {
            return page;
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((o, was, now) -> cards.setMinHeight(now.getHeight()));
        scroll.getStyleClass().addAll("edge-to-edge", "page-scroll");
        scroll.setMinSize(0, 0);
        return scroll;
    }

    private Node createPageContent(Page target) {
        return switch (target) {
            case HOME -> new HomeView(home, messages, this::openDay, episodes, () -> showPage(Page.INTAKE),
                    this::showReport,
                    new TrackingSummaryCard(tracking, messages, () -> showPage(Page.TRACKING)).createView()).createView();
            case CHECK_IN -> checkInView.createView();
            case JOURNAL -> new JournalListView(journalList, messages, this::openDay).createView();
            case INTAKE -> {
                intakeView = new IntakeView(intake, messages, dialogs, () -> showPage(Page.PRODUCTS));
                intakeView.setOnCopied(count -> notifier.success(messages.get("intake.title"),
                        messages.get("intake.copyDay.done", count)));
                intakeView.setOnNewFindings(found -> notifier.offer(
                        messages.get("intake.newFindings.notice.title"), IntakeView.notice(found, messages)));
                yield intakeView.createView();
            }
            case PRODUCTS -> new ProductsView(products, messages, dialogs).createView();
            case PROTOCOLS -> new ProtocolsView(protocols, messages, dialogs).createView();
            case TRACKING -> new TrackingView(tracking, messages, dialogs, runner).createView();
            case PROFILE -> new ProfileView(profile, messages, dialogs).createView();
            case LABS -> {
                labsView = new LabsView(labs, messages, dialogs);
                yield labsView.createView();
            }
        };
    }

    private Node createNavigation() {
        VBox nav = new VBox(4,
                navButton(Page.HOME, "nav.home", Icons.icon(MaterialDesignH.HOME_OUTLINE), "Shortcut+1"),
                navButton(Page.CHECK_IN, "nav.checkIn", Icons.icon(MaterialDesignC.CALENDAR_CHECK), "Shortcut+2"),
                navButton(Page.INTAKE, "nav.intake", Icons.icon(MaterialDesignS.SILVERWARE_FORK_KNIFE), "Shortcut+3"),
                navButton(Page.TRACKING, "nav.tracking", Icons.icon(MaterialDesignC.CHART_LINE), "Shortcut+4"),
                navButton(Page.JOURNAL, "nav.journal", Icons.icon(MaterialDesignN.NOTEBOOK_OUTLINE), "Shortcut+5"),
                navButton(Page.PROTOCOLS, "nav.protocols", Icons.icon(MaterialDesignF.FLAG_OUTLINE), "Shortcut+6"),
                navButton(Page.PRODUCTS, "nav.products", Icons.icon(MaterialDesignP.PILL), "Shortcut+7"),
                navButton(Page.PROFILE, "nav.profile", Icons.icon(MaterialDesignA.ACCOUNT_OUTLINE), "Shortcut+8"),
                navButton(Page.LABS, "nav.labs", Icons.icon(MaterialDesignT.TEST_TUBE), "Shortcut+9"));
        nav.getStyleClass().add("navigation");
        nav.setPadding(new Insets(12, 8, 12, 8));
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.Hyperlink folder = new javafx.scene.control.Hyperlink(messages.get("nav.dataFolder"));
        folder.setId("nav-data-folder");
        folder.getStyleClass().add("hint");
        folder.setTooltip(new Tooltip(services.dataDir().toString()));
        folder.setOnAction(e -> showDataFolder());
        nav.getChildren().addAll(spacer, folder);
        return nav;
    }

    /** The sidebar's "Data folder": where the journal lives, in a field the person can select and copy. */
    private void showDataFolder() {
        javafx.scene.control.TextField path = new javafx.scene.control.TextField(services.dataDir().toString());
        path.setId("data-folder-path");
        path.setEditable(false);
        path.setPrefColumnCount(40);
        Label explained = new Label(messages.get("nav.dataFolder.content"));
        explained.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("nav.dataFolder.header"));
        alert.getDialogPane().setContent(new VBox(8, explained, path));
        alert.setResizable(true);
        alert.setOnShown(e -> path.selectAll());
        alert.show();
    }

    private ToggleButton navButton(Page target, String key, Node icon, String shortcut) {
        ToggleButton button = new ToggleButton(messages.get(key), icon);
        button.setId("nav-" + target.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        button.setUserData(target);
        button.setToggleGroup(navigation);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.getStyleClass().add("nav-button");
        button.setTooltip(new Tooltip(messages.get(key) + " (" + KeyCombination.valueOf(shortcut).getDisplayText() + ")"));
        button.setOnAction(e -> showPage(target));
        return button;
    }

    private MenuBar createMenuBar() {
        boolean open = services != null;
        MenuItem report = item("menu.report", "Shortcut+P", this::showReport);
        MenuItem exportJson = item("menu.exportBackup", null, () -> dataTransfers().exportBackup());
        MenuItem importJson = item("menu.importBackup", null, () -> dataTransfers().importBackup());
        MenuItem exportCsv = item("menu.exportCsv", null, () -> dataTransfers().exportCsv());
        MenuItem restore = item("menu.restoreBackup", null, this::restoreBackup);
        MenuItem password = item("menu.password", null, this::changePassword);
        for (MenuItem item : new MenuItem[] {report, exportJson, importJson, exportCsv, restore, password}) {
            item.setDisable(!open || ((host == null || demo) && (item == restore || item == password)));
        }
        MenuItem preferences = item("menu.preferences", "Shortcut+Comma", () -> showPreferences(false));
        preferences.setDisable(!open || demo);
        MenuItem quit = item("menu.quit", "Shortcut+Q", this::requestClose);
        Menu file = new Menu(messages.get("menu.file"), null, report, new SeparatorMenuItem(), exportJson, importJson,
                exportCsv, new SeparatorMenuItem(), restore, password, new SeparatorMenuItem(), preferences,
                new SeparatorMenuItem(), quit);

        MenuItem today = shortcutItem("menu.todayCheckIn", Shortcut.TODAY_CHECK_IN,
                () -> openDay(services.journal().today()));
        MenuItem save = shortcutItem("menu.save", Shortcut.SAVE, () -> {
            if (page == Page.CHECK_IN) {
                checkInView.save();
            }
        });
        MenuItem cramp = shortcutItem("menu.logCramp", Shortcut.LOG_CRAMP,
                () -> episodes.logNow(currentDay(), EpisodeKind.CRAMP));
        MenuItem palpitation = shortcutItem("menu.logPalpitation", Shortcut.LOG_PALPITATION,
                () -> episodes.logNow(currentDay(), EpisodeKind.PALPITATION));
        MenuItem logIntake = shortcutItem("menu.logIntake", Shortcut.LOG_INTAKE, () -> showPage(Page.INTAKE));
        MenuItem findFood = shortcutItem("menu.findFood", Shortcut.FIND_FOOD, () -> {
            showPage(Page.INTAKE);
            intakeView.findFood();
        });
        MenuItem previousDay = shortcutItem("menu.previousDay", Shortcut.PREVIOUS_DAY, () -> shiftDay(-1));
        MenuItem nextDay = shortcutItem("menu.nextDay", Shortcut.NEXT_DAY, () -> shiftDay(1));
        MenuItem mySymptoms = item("menu.ownSymptoms", null, this::showOwnSymptoms);
        Menu journal = new Menu(messages.get("menu.journal"), null, today, save, previousDay, nextDay,
                new SeparatorMenuItem(), cramp, palpitation, logIntake, findFood, new SeparatorMenuItem(),
                mySymptoms);
        journal.setDisable(!open);

        MenuItem home = item("nav.home", "Shortcut+1", () -> showPage(Page.HOME));
        MenuItem checkInPage = item("nav.checkIn", "Shortcut+2", () -> showPage(Page.CHECK_IN));
        MenuItem intakePage = item("nav.intake", "Shortcut+3", () -> showPage(Page.INTAKE));
        MenuItem trackingPage = item("nav.tracking", "Shortcut+4", () -> showPage(Page.TRACKING));
        MenuItem journalPage = item("nav.journal", "Shortcut+5", () -> showPage(Page.JOURNAL));
        MenuItem protocolsPage = item("nav.protocols", "Shortcut+6", () -> showPage(Page.PROTOCOLS));
        MenuItem productsPage = item("nav.products", "Shortcut+7", () -> showPage(Page.PRODUCTS));
        MenuItem profilePage = item("nav.profile", "Shortcut+8", () -> showPage(Page.PROFILE));
        MenuItem labsPage = item("nav.labs", "Shortcut+9", () -> showPage(Page.LABS));
        for (MenuItem item : new MenuItem[] {home, checkInPage, intakePage, trackingPage, journalPage, protocolsPage,
                productsPage, profilePage, labsPage}) {
            item.setDisable(!open);
        }
        CheckMenuItem dark = new CheckMenuItem(messages.get("menu.darkTheme"));
        dark.setId("menu-dark-theme");
        dark.setSelected(settings.theme() == Theme.DARK);
        dark.setOnAction(e -> {
            Theme theme = dark.isSelected() ? Theme.DARK : Theme.LIGHT;
            theme.apply();
            settings.setTheme(theme);
            settings.save();
            restyle();
        });
        Menu language = new Menu(messages.get("menu.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Language choice : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get("language." + choice.code()));
            item.setId("menu-language-" + choice.code());
            item.setToggleGroup(languages);
            item.setSelected(choice == messages.language());
            item.setOnAction(e -> switchLanguage(choice));
            language.getItems().add(item);
        }
        Menu view = new Menu(messages.get("menu.view"), null, home, checkInPage, intakePage, trackingPage, journalPage,
                protocolsPage,
                productsPage, profilePage, labsPage, new SeparatorMenuItem(), dark, language);

        MenuItem welcome = item("menu.welcome", null, this::showWelcome);
        MenuItem sample = demo ? item("menu.backToJournal", null, this::backToJournal)
                : item("menu.exploreDemo", null, this::exploreDemo);
        sample.setDisable(!open || host == null);
        MenuItem guide = item("menu.userGuide", null, this::showUserGuide);
        MenuItem about = item("menu.about", "F1", this::showAbout);
        Menu help = new Menu(messages.get("menu.help"), null, welcome, guide, sample, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, journal, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Help › User guide: the guide in the window's language, offline. Not modal: it can stay open beside. */
    void showUserGuide() {
        new UserGuideDialog(stage, messages).show();
    }

    /** Help › About and sources (F1). */
    void showAbout() {
        new AboutDialog(stage, messages, services == null ? null : services.dataDir()).showAndWait();
    }

    private void shiftDay(int days) {
        LocalDate shown = checkIn.dayProperty().get();
        if (shown != null) {
            openDay(shown.plusDays(days));
        }
    }

    private LocalDate currentDay() {
        return page == Page.CHECK_IN && checkIn.dayProperty().get() != null ? checkIn.dayProperty().get() : null;
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

    private DataTransfers dataTransfers() {
        return new DataTransfers(stage, services, runner, messages, dialogs, changes, status, notifier, fileChoices);
    }

    /** For tests: files given instead of asked for. */
    void setFileChoices(DataTransfers.FileChoices choices) {
        this.fileChoices = choices;
    }

    Notifier notifier() {
        return notifier;
    }

    /**
     * The GP summary: the period, a preview of the pages, save as PDF or print; all made off the FX thread. One dialog
     * serves every opening (see {@link ReusedDialog}); a second Ctrl+P while it is open brings it to the front.
     */
    private void showReport() {
        ReportDialog dialog = reportDialog();
        if (dialog.isShowing()) {
            ((Stage) dialog.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        LocalDate[] period = services.report().defaultPeriod();
        report.reset(period[0], period[1]);
        dialog.show();
    }

    /** The summary dialog of the journal open, in the current language: made again when either changes. */
    private ReportDialog reportDialog() {
        if (reportDialog == null || reportServices != services || reportMessages != messages) {
            if (reportDialog != null && reportDialog.isShowing()) {
                // Still showing the other journal or the old language: this one takes its place.
                reportDialog.close();
            }
            Services source = services;
            Messages words = messages;
            LocalDate today = source.report().today();
            report = new ReportViewModel((from, to) -> SummaryPdf.write(source.report().build(from, to), words),
                    runner, today, today);
            reportDialog = new ReportDialog(stage, report, words, dialogs);
            reportServices = source;
            reportMessages = words;
        }
        return reportDialog;
    }

    /** Builds the summary dialog and styles it without showing it (no period is read, no page made): the first
     * Ctrl+P then opens it without holding the window. */
    private void prepareReportDialog() {
        if (services != null) {
            ReusedDialog.style(reportDialog());
        }
    }

    /** File › Restore a backup…: choose a copy, confirm, then the journal is closed, replaced and opened again. */
    void restoreBackup() {
        Runnable ask = () -> {
            RestoreDialog dialog = new RestoreDialog(stage, messages, services.backups());
            dialog.ask().ifPresent(backup -> {
                String when = RestoreDialog.when(messages, backup);
                if (!dialogs.confirm(messages.get("restore.confirm.header"),
                        messages.get("restore.confirm", when), messages.get("restore.action"))) {
                    return;
                }
                host.restore(backup.file(), safety -> notifier.success(messages.get("restore.done.header"),
                        messages.get("restore.done", when, safety.getFileName())),
                        error -> dialogs.showError("action.restore", error));
            });
        };
        whenChangesHandled(ask);
    }

    /** File › Password…: set, change or remove the password; the journal is re-encrypted with its backups. */
    void changePassword() {
        Runnable ask = () -> new PasswordDialog(stage, messages, host.encrypted(), host::isCurrentPassword).ask()
                .ifPresent(choice -> host.changePassword(choice.newPassword(), outcome -> {
                    String key = choice.removes() ? "password.done.removed" : "password.done.set";
                    notifier.success(messages.get("password.done.header"),
                            messages.get(key, outcome.backupsChanged(), outcome.backupsRemoved()));
                }, error -> dialogs.showError("action.password", error)));
        whenChangesHandled(ask);
    }

    private void whenChangesHandled(Runnable action) {
        if (checkInView == null) {
            action.run();
        } else {
            checkInView.whenChangesHandled(action);
        }
    }

    /** The first start: language, disclaimer, optional profile and password, then the journal or the demo. */
    void showFirstRun() {
        FirstRunWizard wizard = new FirstRunWizard(stage, messages, this::switchLanguage,
                services.profiles().thisYear());
        // Not showAndWait: the window may be closed while the wizard is open, and quitting from inside a nested
        // event loop crashes GTK's glass.
        wizard.setOnHidden(e -> {
            settings.setWelcomeShown(true);
            settings.save();
            if (wizard.getResult() != null) {
                applyFirstRun(wizard.getResult());
            }
        });
        wizard.show();
    }

    /** File › Preferences… (Ctrl+,): the reminders; at the first start, the question whether to have them. */
    void showPreferences(boolean firstRun) {
        PreferencesDialog dialog = new PreferencesDialog(stage, messages, settings.reminders(), services.encrypted(),
                firstRun);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == null) {
                settings.setRemindersAsked(true);
                settings.save();
                return;
            }
            new ReminderPreferences(settings, runner, schedules).apply(dialog.getResult(), services.dataDir(),
                    kind -> notifier.success(messages.get("preferences.done.header"), kind == null
                            ? messages.get("preferences.done.removed") : messages.get("preferences.done.set", kind)),
                    error -> dialogs.showError("action.preferences", error));
        });
        dialog.show();
    }

    void setSchedules(java.util.function.Function<java.nio.file.Path, org.carnet.reminders.Schedule> schedules) {
        this.schedules = schedules;
    }

    /** Saves the profile, then sets the password, then opens the demo: each step once the one before is done. */
    private void applyFirstRun(FirstRunWizard.Result result) {
        Runnable explore = () -> {
            if (result.exploreDemo()) {
                exploreDemo();
            } else if (!settings.remindersAsked()) {
                showPreferences(true);
            }
        };
        Runnable protect = () -> {
            if (result.password() != null && host != null) {
                host.changePassword(result.password(), outcome -> explore.run(),
                        error -> dialogs.showError("action.password", error));
                java.util.Arrays.fill(result.password(), '\0');
            } else {
                explore.run();
            }
        };
        if (result.profile() == null) {
            protect.run();
            return;
        }
        runner.run(() -> {
            services.profiles().save(result.profile());
            return Boolean.TRUE;
        }, saved -> {
            // Its own page reads it again; the others follow the signal.
            profile.load(e -> dialogs.showError("action.loadJournal", e));
            changes.publish(DataKind.PROFILE);
            protect.run();
        }, error -> dialogs.showError("action.saveProfile", error));
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

    private Node demoBanner() {
        Label text = new Label(messages.get("demo.banner"), Icons.icon(MaterialDesignF.FLASK_OUTLINE));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        javafx.scene.control.Button back = new javafx.scene.control.Button(messages.get("menu.backToJournal"));
        back.setId("demo-back");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> backToJournal());
        HBox banner = new HBox(12, text, back);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setId("demo-banner");
        banner.getStyleClass().add("demo-banner");
        return banner;
    }

    private void showWelcome() {
        WelcomeDialog welcome = new WelcomeDialog(stage, messages);
        welcome.setOnHidden(e -> {
            settings.setWelcomeShown(true);
            settings.save();
        });
        welcome.show();
    }

    /** Closes the window once unsaved changes are saved or discarded. */
    public void requestClose() {
        Runnable close = () -> {
            if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified()) {
                settings.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                settings.save();
            }
            stage.hide();
            exit.run();
        };
        // A half-filled protocol is asked about too, after the check-in.
        Runnable closeOnceProtocolHandled = () -> ProtocolsView.whenChangesHandled(protocols, dialogs, close,
                () -> showPage(Page.PROTOCOLS));
        if (checkInView == null) {
            closeOnceProtocolHandled.run();
        } else {
            checkInView.whenChangesHandled(closeOnceProtocolHandled);
        }
    }
}
