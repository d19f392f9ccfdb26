package org.carnet.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.carnet.guidance.Finding;
import org.carnet.guidance.Severity;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** Findings as a person reads them: the most serious first, each with its words and its source. */
public final class FindingsView extends VBox {
    private final Messages messages;
    private final boolean withDates;

    public FindingsView(Messages messages, boolean withDates) {
        this.messages = messages;
        this.withDates = withDates;
        setSpacing(8);
        getStyleClass().add("findings");
    }

    /**
     * Findings that follow a list, shown only while it has some: the advice a form gives on what was just saved.
     */
    public static FindingsView following(javafx.collections.ObservableList<Finding> findings, Messages messages,
                                         String id) {
        FindingsView view = new FindingsView(messages, false);
        view.setId(id);
        Runnable fill = () -> {
            view.show(findings, "");
            view.setVisible(!findings.isEmpty());
            view.setManaged(!findings.isEmpty());
        };
        javafx.collections.ListChangeListener<Finding> listener = c -> fill.run();
        view.getProperties().put(FindingsView.class, listener);
        findings.addListener(new javafx.collections.WeakListChangeListener<>(listener));
        fill.run();
        return view;
    }

    public void show(List<Finding> findings, String emptyText) {
        getChildren().clear();
        if (findings.isEmpty()) {
            Label none = new Label(emptyText);
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            getChildren().add(none);
            return;
        }
        for (Finding finding : findings) {
            getChildren().add(item(finding));
        }
    }

    private HBox item(Finding finding) {
        FontIcon icon = Icons.icon(finding.severity() == Severity.INFO ? MaterialDesignI.INFORMATION_OUTLINE
                : MaterialDesignA.ALERT_OUTLINE);
        icon.getStyleClass().add("finding-icon");
        String title = messages.get(finding.titleKey());
        if (withDates && finding.day() != null) {
            title = messages.shortDate(finding.day()) + " — " + title;
        }
        Label heading = new Label(title);
        heading.getStyleClass().add("finding-title");
        heading.setWrapText(true);
        Label text = new Label(messages.get(finding.messageKey(), finding.args().toArray()));
        text.setWrapText(true);
        text.getStyleClass().add("finding-text");
        Label source = new Label(messages.source(finding.fact()));
        source.setWrapText(true);
        source.getStyleClass().add("source-line");
        VBox words = new VBox(2, heading, text, source);
        HBox item = new HBox(10, icon, words);
        item.setAlignment(Pos.TOP_LEFT);
        item.getStyleClass().addAll("finding", "finding-" + finding.severity().name().toLowerCase(java.util.Locale.ROOT));
        item.setUserData(finding.ruleId());
        return item;
    }
}
