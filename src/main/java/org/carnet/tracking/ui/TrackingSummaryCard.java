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

    private static void show(Label label, String text) {
        label.setText(text == null ? "" : text);
        label.setVisible(text != null);
        label.setManaged(text != null);
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
        Label block = new Label();
        block.setId("home-protocol-block");
        block.setWrapText(true);
        Label estimate = new Label();
        estimate.setId("home-protocol-estimate");
        estimate.setWrapText(true);
        EffectWords words = new EffectWords(messages);
        Button open = new Button(messages.get("nav.tracking"));
        open.setId("home-open-tracking");
        open.setOnAction(e -> openTracking.run());
        Runnable update = () -> {
            var data = model.dataProperty().get();
            if (data == null) {
                // Until the analysis is read, nothing is known: "no protocol" would be wrong for seconds.
                state.setText(messages.get(model.loadedProperty().get() ? "home.protocol.none"
                        : "home.protocol.loading"));
                adherence.setText("");
                flag.setText("");
                flag.setVisible(false);
                show(block, null);
                show(estimate, null);
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
            // After any flag: today's on/off block, then the declared question's estimate.
            show(block, report.onOff() == null ? null : words.today(report.protocol(), report.onOff(), report.asOf()));
            show(estimate, report.declaredEffect().map(words::line).orElse(null));
        };
        model.dataProperty().addListener(o -> update.run());
        model.loadedProperty().addListener(o -> update.run());
        update.run();
        VBox card = new VBox(10, title, state, adherence, flag, block, estimate, open);
        card.getStyleClass().add("home-card");
        card.setPrefWidth(300);
        return card;
    }
}
