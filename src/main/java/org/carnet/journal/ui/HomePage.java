package org.carnet.journal.ui;

import java.time.LocalDate;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.carnet.journal.JournalService;
import org.carnet.ui.AppPage;
import org.carnet.ui.Messages;
import org.carnet.ui.TaskRunner;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/** The home page: today's state, quick actions and the cards other features put there. */
public final class HomePage implements AppPage {
    private final HomeViewModel model;
    private final EpisodeActions episodes;
    private final Consumer<LocalDate> openDay;
    private final Runnable logIntake;
    private final Runnable report;
    private final Function<Messages, Node> moreCard;

    /**
     * {@code logIntake} and {@code report} open the intake page and the summary for the doctor; {@code moreCard}
     * makes, in a language, the card another feature puts on the home screen (the protocol's state).
     */
    public HomePage(JournalService journal, TaskRunner runner, JournalChanges changes, RedFlagAlerts alerts,
                    Consumer<Throwable> loadFailed, EpisodeActions episodes, Consumer<LocalDate> openDay,
                    Runnable logIntake, Runnable report, Function<Messages, Node> moreCard) {
        this.model = new HomeViewModel(journal, runner, changes, alerts, loadFailed);
        this.episodes = episodes;
        this.openDay = openDay;
        this.logIntake = logIntake;
        this.report = report;
        this.moreCard = moreCard;
    }

    @Override
    public Ikon icon() {
        return MaterialDesignH.HOME_OUTLINE;
    }

    @Override
    public CompletionStage<Void> load(Consumer<Throwable> failed) {
        return AppPage.loading(failed, (done, failing) -> {
            // Today's summary is the data the page shows: it is set once read.
            AppPage.once(model.todayProperty(), today -> true, done);
            model.load(failing);
        });
    }

    /**
     * The pages scroll inside the window (so that the menus and the red-flag banner stay in view): Home's cards are
     * put in a scroll pane that fills the space when they fit and scrolls when they do not.
     */
    @Override
    public Node create(Messages messages) {
        Node page = new HomeView(model, messages, openDay, episodes, logIntake, report, moreCard.apply(messages))
                .createView();
        if (!(page instanceof Region cards)) {
            return page;
        }
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((o, was, now) -> cards.setMinHeight(now.getHeight()));
        scroll.getStyleClass().addAll("edge-to-edge", "page-scroll");
        scroll.setMinSize(0, 0);
        return scroll;
    }

    @Override
    public void focus(Node view) {
        Node open = view.lookup("#home-open-checkin");
        if (open != null) {
            open.requestFocus();
        }
    }
}
