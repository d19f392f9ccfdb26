package org.carnet.journal.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carnet.journal.DaySummary;
import org.carnet.journal.OwnSymptom;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** Every logged day with its key values at a glance; Enter or a double click opens the day. */
public final class JournalListView {
    private final JournalListViewModel model;
    private final Messages messages;
    private final Consumer<LocalDate> openDay;

    public JournalListView(JournalListViewModel model, Messages messages, Consumer<LocalDate> openDay) {
        this.model = model;
        this.messages = messages;
        this.openDay = openDay;
    }

    public Node createView() {
        Label title = new Label(messages.get("journal.title"));
        title.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("journal-count");
        count.getStyleClass().add("hint");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("journal.count", model.days().size()), model.days()));
        HBox header = new HBox(12, title, count);
        header.setAlignment(Pos.BASELINE_LEFT);

        ListView<DaySummary> list = new ListView<>(model.days());
        list.setId("journal-list");
        list.setFixedCellSize(50);
        list.setCellFactory(v -> new DayCell());
        list.setPlaceholder(new Label(messages.get("journal.empty")));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                openDay.accept(list.getSelectionModel().getSelectedItem().day());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                openDay.accept(list.getSelectionModel().getSelectedItem().day());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(messages.get("journal.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox root = new VBox(10, header, list, hint);
        root.setId("journal-view");
        root.getStyleClass().add("page");
        return root;
    }

    /** The words of one day's line: what was recorded, nothing for what was not. */
    static List<String> values(DaySummary day, Messages messages) {
        return values(day, List.of(), messages);
    }

    /** The same, with the values of the person's own symptoms after the built-in ones ("Brain fog: 4"). */
    static List<String> values(DaySummary day, List<OwnSymptom> ownSymptoms, Messages messages) {
        List<String> parts = new ArrayList<>();
        if (day.crampCount() != null) {
            parts.add(day.crampWorstSeverity() == null
                    ? messages.get("journal.cramps", day.crampCount())
                    : messages.get("journal.crampsWithSeverity", day.crampCount(), day.crampWorstSeverity()));
        }
        if (day.sleepQuality() != null || day.sleepHours() != null) {
            String quality = day.sleepQuality() == null ? "" : "★".repeat(day.sleepQuality()) + "☆".repeat(5 - day.sleepQuality());
            String hours = day.sleepHours() == null ? "" : messages.get("journal.hours", day.sleepHours());
            parts.add((messages.get("journal.sleep") + " " + quality + " " + hours).strip());
        }
        if (day.palpitationCount() != null) {
            parts.add(messages.get("journal.palpitations", day.palpitationCount()));
        }
        if (day.fatigue() != null) {
            parts.add(messages.get("journal.fatigue", day.fatigue()));
        }
        if (Boolean.TRUE.equals(day.headache())) {
            parts.add(day.headacheWorstSeverity() == null ? messages.get("journal.headache")
                    : messages.get("journal.headacheWithSeverity", day.headacheWorstSeverity()));
        }
        if (day.spasmCount() > 0) {
            parts.add(messages.get("journal.spasms", day.spasmCount()));
        }
        if (day.weightKg() != null) {
            parts.add(messages.get("journal.weight", day.weightKg()));
        }
        for (OwnSymptom symptom : ownSymptoms) {
            Integer value = day.ownValues().get(symptom.id());
            if (value != null) {
                parts.add(messages.get("journal.own", symptom.name(), OwnSymptomWords.value(symptom, value, messages)));
            }
        }
        if (parts.isEmpty()) {
            parts.add(day.hasCheckIn() ? messages.get("journal.nothingRecorded")
                    : messages.get("journal.episodesOnly", day.episodeCount()));
        }
        return parts;
    }

    private final class DayCell extends ListCell<DaySummary> {
        private final Label date = new Label();
        private final Label values = new Label();
        private final FontIcon flag = Icons.icon(MaterialDesignA.ALERT_OCTAGON);
        private final Label flagText = new Label();
        private final VBox row;

        DayCell() {
            date.getStyleClass().add("journal-date");
            date.setMinWidth(Region.USE_PREF_SIZE);
            values.getStyleClass().add("journal-values");
            // Fit the list's width: no horizontal scrolling. A line too long for the row ends in "…" and gets a
            // tooltip with its whole text (WholeText); the red flags too, after the date they never push out.
            values.setMinWidth(0);
            values.setMaxWidth(Double.MAX_VALUE);
            values.setTextOverrun(OverrunStyle.ELLIPSIS);
            flagText.setMinWidth(0);
            flagText.setTextOverrun(OverrunStyle.ELLIPSIS);
            setPrefWidth(0);
            flag.getStyleClass().add("danger-icon");
            flagText.getStyleClass().add("danger-text");
            flagText.setGraphic(flag);
            // Two lines: the date and its red flags, then the day's values across the whole row.
            HBox top = new HBox(12, date, flagText);
            top.setAlignment(Pos.CENTER_LEFT);
            row = new VBox(2, top, values);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
        }

        @Override
        protected void updateItem(DaySummary day, boolean empty) {
            super.updateItem(day, empty);
            if (empty || day == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            date.setText(messages.longDate(day.day()));
            values.setText(String.join("  ·  ", JournalListView.values(day, model.ownSymptoms(), messages)));
            boolean red = !day.redFlags().isEmpty();
            flagText.setVisible(red);
            flagText.setManaged(red);
            flagText.setText(red ? EpisodeText.redFlags(day.redFlags(), messages) : "");
            setGraphic(row);
        }
    }
}
