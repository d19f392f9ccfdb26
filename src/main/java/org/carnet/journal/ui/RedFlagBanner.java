package org.carnet.journal.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.carnet.guidance.Fact;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The message to seek medical advice promptly, shown above everything whenever a red flag was ticked or logged in
 * the last seven days (fact SEE_PRO_RED_FLAGS), with its source.
 */
public final class RedFlagBanner extends HBox {
    private final RedFlagAlerts alerts;
    private final Messages messages;
    private final ListChangeListener<RedFlagAlerts.Alert> listener = c -> update();
    private Label days;

    public RedFlagBanner(RedFlagAlerts alerts, Messages messages) {
        this.alerts = alerts;
        this.messages = messages;
        setId("red-flag-banner");
        getStyleClass().add("red-flag-banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(14);
        alerts.alerts().addListener(new WeakListChangeListener<>(listener));
        update();
    }

    /** Its icon and words, made when it is first shown: most starts have no red flag, and nothing to style. */
    private void fill() {
        Label title = new Label(messages.get("redFlag.banner.title"));
        title.getStyleClass().add("banner-title");
        title.setWrapText(true);
        Label advice = new Label(messages.get("redFlag.banner.advice"));
        advice.setWrapText(true);
        days = new Label();
        days.setId("red-flag-days");
        days.setWrapText(true);
        days.getStyleClass().add("banner-days");
        Label source = new Label(messages.source(Fact.SEE_PRO_RED_FLAGS));
        source.setId("red-flag-source");
        source.getStyleClass().add("source-line");
        source.setWrapText(true);
        VBox text = new VBox(4, title, days, advice, source);
        var icon = Icons.icon(MaterialDesignA.ALERT_OCTAGON);
        icon.getStyleClass().add("banner-icon");
        getChildren().addAll(icon, text);
    }

    private void update() {
        boolean any = !alerts.alerts().isEmpty();
        if (any && days == null) {
            fill();
        }
        setVisible(any);
        setManaged(any);
        if (days != null) {
            days.setText(alerts.alerts().stream()
                    .map(a -> messages.get("redFlag.banner.day", messages.longDate(a.day()),
                            EpisodeText.redFlags(a.flags(), messages)))
                    .reduce((a, b) -> a + "\n" + b).orElse(""));
        }
    }
}
