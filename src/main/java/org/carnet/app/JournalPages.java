package org.carnet.app;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.carnet.app.MainWindow.Page;
import org.carnet.intake.ui.IntakePage;
import org.carnet.intake.ui.ProductsPage;
import org.carnet.journal.ui.CheckInPage;
import org.carnet.journal.ui.EpisodeActions;
import org.carnet.journal.ui.HomePage;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.journal.ui.JournalListPage;
import org.carnet.journal.ui.OwnSymptomsViewModel;
import org.carnet.journal.ui.RedFlagAlerts;
import org.carnet.labs.ui.LabsPage;
import org.carnet.profile.ui.ProfilePage;
import org.carnet.tracking.ui.ProtocolsPage;
import org.carnet.tracking.ui.TrackingPage;
import org.carnet.ui.AppPage;
import org.carnet.ui.DialogService;
import org.carnet.ui.Messages;
import org.carnet.ui.Notifier;
import org.carnet.ui.TaskRunner;

/**
 * The pages of one open journal, in the navigation's order, with what they share: the change signal, the red-flag
 * alerts and the episode actions. Made when the journal is attached, dropped when it is closed; the window keeps
 * the views, the pages keep the models.
 */
final class JournalPages {
    /**
     * The order the pages read their data in at opening (one background thread): what the first screens show first
     * (home's "today" and today's check-in, where one types), then the others; the list of every day comes after the
     * check-in because it takes long on a journal of years.
     */
    private static final List<Page> LOAD_ORDER = List.of(Page.HOME, Page.CHECK_IN, Page.JOURNAL, Page.INTAKE,
            Page.PRODUCTS, Page.PROFILE, Page.PROTOCOLS, Page.TRACKING, Page.LABS);

    final Services services;
    final JournalChanges changes = new JournalChanges();
    final RedFlagAlerts alerts = new RedFlagAlerts();
    final EpisodeActions episodes;
    final OwnSymptomsViewModel ownSymptoms;
    final CheckInPage checkIn;
    final IntakePage intake;
    final ProfilePage profile;
    private final Map<Page, AppPage> pages = new EnumMap<>(Page.class);

    /** {@code shell}: the window the pages are shown in, for their links to one another and to its dialogs. */
    JournalPages(Services opened, TaskRunner runner, MainWindow shell, DialogService dialogs, Notifier notifier,
                 Consumer<Throwable> loadFailed) {
        this.services = opened;
        Supplier<Messages> messages = shell::messages;
        episodes = new EpisodeActions(opened.journal(), runner, changes, messages, () -> dialogs, shell::stage);
        ownSymptoms = new OwnSymptomsViewModel(opened.ownSymptoms(), runner, changes);
        checkIn = new CheckInPage(opened.journal(), opened.ownSymptoms(), runner, changes, alerts, episodes, messages,
                dialogs, loadFailed, () -> shell.dialogs().showOwnSymptoms());
        intake = new IntakePage(opened.intake(), opened.guidance(), opened.reminders()::lateDoses, runner, changes,
                dialogs, notifier, loadFailed, () -> shell.showPage(Page.PRODUCTS));
        profile = new ProfilePage(opened.profiles(), opened.guidance(), runner, changes, dialogs);
        TrackingPage tracking = new TrackingPage(opened.tracking(), opened.labs()::all, runner, changes, dialogs,
                loadFailed, messages);
        // The one list of the pages: the navigation, the View menu and Ctrl+1…9 follow its order.
        pages.put(Page.HOME, new HomePage(opened.journal(), runner, changes, alerts, loadFailed, episodes,
                shell::openDay, () -> shell.showPage(Page.INTAKE), shell::showReport,
                words -> tracking.summaryCard(words, () -> shell.showPage(Page.TRACKING))));
        pages.put(Page.CHECK_IN, checkIn);
        pages.put(Page.INTAKE, intake);
        pages.put(Page.TRACKING, tracking);
        pages.put(Page.JOURNAL, new JournalListPage(opened.journal(), opened.ownSymptoms(), runner, changes,
                loadFailed, shell::openDay));
        pages.put(Page.PROTOCOLS, new ProtocolsPage(opened.tracking(), runner, changes, dialogs, loadFailed));
        pages.put(Page.PRODUCTS, new ProductsPage(opened.intake(), runner, changes, dialogs));
        pages.put(Page.PROFILE, profile);
        pages.put(Page.LABS, new LabsPage(opened.labs(), runner, changes, dialogs, loadFailed));
        // Home and the check-in say themselves that they are reading; the others are read a moment after opening.
        pages.replaceAll((page, contributed) -> List.of(Page.HOME, Page.CHECK_IN).contains(page) ? contributed
                : new ReadingPage(contributed));
    }

    /** The page of {@code page}. */
    AppPage get(Page page) {
        return pages.get(page);
    }

    /** Every page, in the navigation's order. */
    Map<Page, AppPage> all() {
        return Collections.unmodifiableMap(pages);
    }

    /**
     * Reads every page's data: now the home page's, today's check-in's and the shown page's ({@code shown}, when the
     * window opens on another page); the others' through {@code later}, which runs them once the person has what
     * they came for (the window's {@code whenSettled}), so that their reading (the list of every day, the day's
     * foods and the food table, the protocol's analysis) does not take a core from what the person waits for. A
     * page visited before then shows itself loading, as it would anyway, and reads its data first ({@code current},
     * the page shown then).
     */
    void load(Consumer<Throwable> failed, Page shown, Supplier<Page> current, Consumer<Runnable> later) {
        List<Page> first = List.of(Page.HOME, Page.CHECK_IN, shown);
        LOAD_ORDER.stream().filter(first::contains).forEach(page -> pages.get(page).load(failed));
        later.accept(() -> {
            Page visited = current.get();
            Stream.concat(Stream.of(visited), LOAD_ORDER.stream().filter(page -> page != visited))
                    .filter(page -> !first.contains(page)).forEach(page -> pages.get(page).load(failed));
        });
    }
}
