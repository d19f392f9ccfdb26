package org.carnet.journal.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.carnet.journal.EpisodeKind;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.carnet.ui.Shortcut;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The first screen: today's check-in, a quick way to log an episode, and what the journal holds. */
public final class HomeView {
    private final HomeViewModel model;
    private final Messages messages;
    private final Consumer<LocalDate> openDay;
    private final EpisodeActions episodes;
    private final Runnable logIntake;
    private final Runnable report;
    private final Node[] moreCards;

    /**
     * {@code logIntake} and {@code report} open the intake page and the summary for the doctor; {@code moreCards}:
     * cards other features put on the home screen (the protocol's state, for one).
     */
    public HomeView(HomeViewModel model, Messages messages, Consumer<LocalDate> openDay, EpisodeActions episodes,
                    Runnable logIntake, Runnable report, Node... moreCards) {
        this.model = model;
        this.messages = messages;
        this.openDay = openDay;
        this.episodes = episodes;
        this.logIntake = logIntake;
        this.report = report;
        this.moreCards = moreCards;
    }

    public Node createView() {
        Label greeting = new Label();
        greeting.setId("home-date");
        greeting.getStyleClass().add("title-2");

        Label checkInState = new Label();
        checkInState.setId("home-checkin-state");
        checkInState.setWrapText(true);
        javafx.scene.text.Text checkInIcon = Icons.glyph(MaterialDesignC.CALENDAR_CHECK);
        Button fill = new Button();
        fill.setId("home-open-checkin");
        fill.getStyleClass().add("accent");
        fill.setOnAction(e -> openDay.accept(model.todayProperty().get().day()));
        Shortcut.TODAY_CHECK_IN.tooltipOn(fill, messages.get("menu.todayCheckIn"));
        VBox checkInCard = card(messages.get("home.checkin.title"), checkInIcon, checkInState, fill);

        Button cramp = new Button(messages.get("home.logCramp"), Icons.glyph(MaterialDesignH.HUMAN_HANDSDOWN));
        cramp.setId("home-log-cramp");
        cramp.setOnAction(e -> episodes.logNow(null, EpisodeKind.CRAMP));
        Shortcut.LOG_CRAMP.tooltipOn(cramp, messages.get("menu.logCramp"));
        Button palpitation = new Button(messages.get("home.logPalpitation"), Icons.glyph(MaterialDesignH.HEART_PULSE));
        palpitation.setId("home-log-palpitation");
        palpitation.setOnAction(e -> episodes.logNow(null, EpisodeKind.PALPITATION));
        Shortcut.LOG_PALPITATION.tooltipOn(palpitation, messages.get("menu.logPalpitation"));
        Label episodeHint = new Label(messages.get("home.episode.hint"));
        episodeHint.setWrapText(true);
        episodeHint.getStyleClass().add("hint");
        VBox episodeCard = card(messages.get("home.episode.title"), Icons.glyph(MaterialDesignH.HEART_PULSE),
                episodeHint, new HBox(8, cramp, palpitation));

        Label journalState = new Label();
        journalState.setId("home-journal-state");
        journalState.setWrapText(true);
        Button intake = new Button(messages.get("menu.logIntake"), Icons.glyph(MaterialDesignS.SILVERWARE_FORK_KNIFE));
        intake.setId("home-log-intake");
        intake.setOnAction(e -> logIntake.run());
        Shortcut.LOG_INTAKE.tooltipOn(intake, messages.get("menu.logIntake"));
        Button summary = new Button(messages.get("menu.report"), Icons.glyph(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        summary.setId("home-report");
        summary.setOnAction(e -> report.run());
        Shortcut.REPORT.tooltipOn(summary, messages.get("menu.report"));
        for (Button button : new Button[] {intake, summary}) {
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }
        VBox journalActions = new VBox(8, intake, summary);
        VBox journalCard = card(messages.get("home.journal.title"), Icons.glyph(MaterialDesignN.NOTEBOOK_OUTLINE),
                journalState, journalActions);

        Label disclaimer = new Label(messages.get("app.disclaimer"));
        disclaimer.getStyleClass().add("hint");
        disclaimer.setWrapText(true);

        Runnable update = () -> {
            HomeViewModel.Today today = model.todayProperty().get();
            if (today == null) {
                greeting.setText(messages.get("home.loading"));
                fill.setDisable(true);
                return;
            }
            fill.setDisable(false);
            greeting.setText(messages.longDate(today.day()));
            if (today.checkInDone()) {
                checkInState.setText(messages.get("home.checkin.done"));
                fill.setText(messages.get("home.checkin.edit"));
            } else {
                checkInState.setText(messages.get("home.checkin.missing"));
                fill.setText(messages.get("home.checkin.fill"));
            }
            journalState.setText(messages.get("home.journal.days", today.daysLogged()));
        };
        model.todayProperty().addListener(o -> update.run());
        update.run();

        FlowPane cards = new FlowPane(16, 16, checkInCard, episodeCard);
        cards.getChildren().addAll(moreCards);
        cards.getChildren().add(journalCard);
        VBox root = new VBox(18, greeting, cards, disclaimer);
        root.setId("home-view");
        root.getStyleClass().add("page");
        return root;
    }

    private static VBox card(String title, Node icon, Node... content) {
        Label label = new Label(title, icon);
        label.getStyleClass().add("card-title");
        VBox card = new VBox(10, label);
        card.getChildren().addAll(content);
        card.getStyleClass().add("home-card");
        card.setAlignment(Pos.TOP_LEFT);
        card.setPrefWidth(300);
        return card;
    }
}
