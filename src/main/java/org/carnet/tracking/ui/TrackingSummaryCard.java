package org.carnet.tracking.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.carnet.guidance.Finding;
import org.carnet.tracking.TrackingReport;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The home screen's protocol card: day N in its window, adherence, and the most serious active flag. */
public final class TrackingSummaryCard {
    private final TrackingViewModel model;
    private final Messages messages;
    private final Runnable openTracking;

    public TrackingSummaryCard(TrackingViewModel model, Messages messages, Runnable openTracking) {
        this.model = model;
        this.messages = messages;
        this.openTracking = openTracking;
    }

    public Node createView() {
        Label title = new Label(messages.get("home.protocol.title"), Icons.icon(MaterialDesignC.CHART_LINE));
        title.getStyleClass().add("card-title");
        Label state = new Label();
        state.setId("home-protocol-state");
        state.setWrapText(true);
        Label adherence = new Label();
        adherence.setId("home-protocol-adherence");
        adherence.setWrapText(true);
        Label flag = new Label();
        flag.setId("home-protocol-flag");
        flag.setWrapText(true);
        flag.getStyleClass().add("danger-text");
        Button open = new Button(messages.get("nav.tracking"));
        open.setId("home-open-tracking");
        open.setOnAction(e -> openTracking.run());
        Runnable update = () -> {
            var data = model.dataProperty().get();
            if (data == null) {
                state.setText(messages.get("home.protocol.none"));
                adherence.setText("");
                flag.setText("");
                flag.setVisible(false);
                return;
            }
            TrackingReport report = data.report();
            state.setText(messages.get("tracking.protocol", report.protocol().name(),
                    messages.shortDate(report.protocol().start()), report.dayNumber(),
                    messages.of("tracking.window", report.window())));
            adherence.setText(report.adherence().applicable()
                    ? messages.get("tracking.adherence", report.adherence().roundedPercent(),
                            report.adherence().daysAdherent(), report.adherence().daysCounted())
                    : messages.get("tracking.adherence.none"));
            Finding first = report.findings().isEmpty() ? null : report.findings().get(0);
            boolean serious = first != null && first.severity() != org.carnet.guidance.Severity.INFO;
            flag.setText(serious ? messages.get(first.titleKey()) : "");
            flag.setVisible(serious);
        };
        model.dataProperty().addListener(o -> update.run());
        update.run();
        VBox card = new VBox(10, title, state, adherence, flag, open);
        card.getStyleClass().add("home-card");
        card.setPrefWidth(300);
        return card;
    }
}
