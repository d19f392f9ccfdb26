package org.carnet.journal.ui;

import static org.carnet.ui.Layouts.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.Rating;
import org.carnet.journal.Digestion;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.RedFlag;
import org.carnet.ui.DialogService;
import org.carnet.ui.Forms;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.carnet.ui.NullableChoice;
import org.carnet.ui.QuickEntry;
import org.carnet.ui.Shortcut;
import org.carnet.ui.Tooltips;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The daily check-in: one day's symptoms, red flags and episodes, saved whole. */
public final class CheckInView {
    private final CheckInViewModel model;
    private final EpisodeActions episodes;
    private final Messages messages;
    private final DialogService dialogs;
    private VBox root;
    private ScrollPane scroll;
    private Node firstField;
    /** The fields in keyboard order: a complete value moves the keyboard on to the next one. */
    private final QuickEntry quick = new QuickEntry();
    private Runnable editOwnSymptoms;

    public CheckInView(CheckInViewModel model, EpisodeActions episodes, Messages messages, DialogService dialogs) {
        this.model = model;
        this.episodes = episodes;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public Node createView() {
        Label title = new Label(messages.get("checkin.title"));
        title.getStyleClass().add("title-2");

        DatePicker date = org.carnet.ui.Forms.pastDatePicker("checkin-date", messages, model::today);
        date.setValue(model.dayProperty().get());
        model.dayProperty().addListener((o, was, now) -> date.setValue(now));
        date.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(model.dayProperty().get())) {
                if (now.isAfter(model.today()) || !open(now)) {
                    date.setValue(model.dayProperty().get());
                }
            }
        });
        Button previous = Icons.glyphButton(MaterialDesignC.CHEVRON_LEFT, messages.get("checkin.previousDay"));
        previous.setId("checkin-previous");
        previous.setOnAction(e -> open(model.dayProperty().get().minusDays(1)));
        Button next = Icons.glyphButton(MaterialDesignC.CHEVRON_RIGHT, messages.get("checkin.nextDay"));
        next.setId("checkin-next");
        next.setOnAction(e -> open(model.dayProperty().get().plusDays(1)));
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.dayProperty().get() == null || !model.dayProperty().get().isBefore(model.today()),
                model.dayProperty()));
        Button today = new Button(messages.get("checkin.today"));
        today.setId("checkin-today");
        today.setOnAction(e -> open(model.today()));
        Label dayName = new Label();
        dayName.getStyleClass().add("day-name");
        dayName.textProperty().bind(Bindings.createStringBinding(() -> model.dayProperty().get() == null ? ""
                : messages.longDate(model.dayProperty().get()), model.dayProperty()));
        Label status = new Label();
        status.setId("checkin-status");
        status.getStyleClass().add("status-chip");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> messages.of("checkin.status", model.statusProperty().get()), model.statusProperty()));
        whole(title, today, status, date);
        // At the default window size the title and the day's tools do not fit on one line: the tools go under it.
        org.carnet.ui.TitleBar header = new org.carnet.ui.TitleBar(title, previous, Forms.withFutureRefused(date),
                next, today);
        HBox subHeader = new HBox(10, dayName, status);
        subHeader.setAlignment(Pos.CENTER_LEFT);
        Label keyboardHint = hint(messages.get("checkin.keyboard.hint", choiceLetters()));
        keyboardHint.setId("checkin-keyboard-hint");
        keyboardHint.setMinHeight(Region.USE_PREF_SIZE);

        GridPane form = new GridPane();
        form.setHgap(14);
        form.setVgap(14);
        // Two columns, read left to right then down, which is also the keyboard's order (and QuickEntry's). The
        // episode counts come first, sleep just before digestion: hours are never complete by themselves (7 may
        // become 7,5), and a letter typed after them goes straight to the digestion choice.
        // The first six cards are half a row wide (two columns when they fit, one under another when not); the
        // others take a whole row.
        List<Node> halves = new java.util.ArrayList<>();
        halves.add(card(messages.get("checkin.cramps"), crampsRow()));
        halves.add(card(messages.get("checkin.palpitations"), palpitationsRow()));
        halves.add(card(messages.get("checkin.wellbeing"), wellbeingRow()));
        halves.add(card(messages.get("checkin.sleep"), sleepRow()));
        NullableChoice<Digestion> digestion = new NullableChoice<>(List.of(Digestion.values()),
                d -> messages.of("digestion", d), model.digestionProperty(), "checkin-digestion");
        keys(digestion, d -> messages.of("digestion.key", d));
        quick.choice(digestion);
        halves.add(labelledCard(messages.get("checkin.digestion"), digestion, digestion));
        halves.add(redFlagsSection());
        form.getChildren().addAll(halves);
        // These signs are in Carnet because the source lists them as worth logging: it says so under them.
        form.getChildren().add(card(messages.get("checkin.signs"), new VBox(6, signsRow(),
                org.carnet.ui.Layouts.sourceLine(messages.source(org.carnet.guidance.Fact.SYMPTOMS_TO_LOG)))));
        // The person's own symptoms come after the built-in ones, in the keyboard's order too.
        form.getChildren().add(ownSymptomsCard());
        form.getChildren().add(card(messages.get("checkin.episodes"), episodesBox()));
        Node notes = notesArea();
        form.getChildren().add(labelledCard(messages.get("checkin.notes"), notes, notes));
        form.getChildren().forEach(n -> {
            GridPane.setFillHeight(n, true);
            GridPane.setValignment(n, javafx.geometry.VPos.TOP);
            if (n instanceof Region region) {
                region.setMaxHeight(Double.MAX_VALUE);
                region.setMaxWidth(Double.MAX_VALUE);
            }
        });
        form.setPadding(new Insets(4, 16, 16, 0));
        // The day's name and the keyboard hint scroll with the form: one scroll bar for the page, and at the
        // default window size the form keeps most of its height.
        VBox content = new VBox(10, subHeader, keyboardHint, form);
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        columns(form, halves, scroll);

        Button save = new Button(messages.get("action.save"), Icons.glyph(MaterialDesignC.CONTENT_SAVE));
        save.setId("checkin-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        Tooltips.set(save, messages.get("checkin.save.tooltip", Shortcut.SAVE.displayText()));
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> save());
        Button delete = new Button(messages.get("checkin.delete"), Icons.glyph(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("checkin-delete");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> model.busyProperty().get()
                        || model.entryProperty().get() == null
                        || (model.entryProperty().get().checkIn().isEmpty() && model.episodes().isEmpty()),
                model.busyProperty(), model.entryProperty(), model.episodes()));
        delete.setOnAction(e -> deleteDay());
        HBox actions = new HBox(10, save, delete);
        actions.setPadding(new Insets(8, 0, 0, 0));

        org.carnet.ui.ScrollOnFocus.install(scroll, content);
        // Enter saves from anywhere in the form. A focused check box or choice would take Enter as Space (ticking
        // a warning sign by surprise): Space is their key, Enter is the form's.
        form.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()
                    && (e.getTarget() instanceof CheckBox
                        || e.getTarget() instanceof javafx.scene.control.ToggleButton)) {
                e.consume();
                save();
            }
        });
        root = new VBox(10, header, scroll, actions);
        root.setId("checkin-view");
        root.getStyleClass().add("page");
        return root;
    }

    /**
     * Lays the form's cards out in two columns while every half-row card fits in half the width at its smallest,
     * else one under another; the cards keep their order either way (it is also the keyboard's).
     */
    private static void columns(GridPane form, List<Node> halves, ScrollPane scroll) {
        boolean[] two = {true};
        Runnable arrange = () -> {
            int row = 0;
            for (int i = 0; i < form.getChildren().size(); i++) {
                Node card = form.getChildren().get(i);
                boolean half = halves.contains(card);
                if (two[0] && half) {
                    GridPane.setConstraints(card, i % 2, i / 2, 1, 1);
                    row = i / 2 + 1;
                } else {
                    GridPane.setConstraints(card, 0, row++, two[0] ? 2 : 1, 1);
                }
            }
            form.getColumnConstraints().clear();
            for (int i = 0; i < (two[0] ? 2 : 1); i++) {
                javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
                column.setPercentWidth(two[0] ? 50 : 100);
                column.setFillWidth(true);
                form.getColumnConstraints().add(column);
            }
        };
        arrange.run();
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            double need = 0;
            for (Node card : halves) {
                need = Math.max(need, card.minWidth(-1));
            }
            double half = (now.getWidth() - form.snappedLeftInset() - form.snappedRightInset() - form.getHgap()) / 2;
            boolean fits = half >= need;
            if (fits != two[0]) {
                two[0] = fits;
                arrange.run();
            }
        });
    }

    /** Shows {@code day}, first asking what to do with unsaved changes; false if the person stayed. */
    public boolean open(LocalDate day) {
        if (day.isAfter(model.today()) || day.equals(model.dayProperty().get())) {
            return false;
        }
        return whenChangesHandled(() -> model.load(day, e -> dialogs.showError("action.loadDay", e)));
    }

    /**
     * Runs {@code next} once the form has no unsaved changes (saved or discarded). Returns false, running nothing
     * and keeping the edits, if the person cancels or the form cannot be saved as it is.
     */
    public boolean whenChangesHandled(Runnable next) {
        if (!model.dirtyProperty().get()) {
            next.run();
            return true;
        }
        switch (dialogs.askUnsaved()) {
            case SAVE -> {
                if (model.save(next, e -> dialogs.showError("action.saveCheckIn", e))) {
                    return true;
                }
                focusFirstError();
                return false;
            }
            case DISCARD -> {
                next.run();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    public void save() {
        if (!model.save(() -> { }, e -> dialogs.showError("action.saveCheckIn", e))) {
            focusFirstError();
        }
    }

    private void deleteDay() {
        LocalDate day = model.dayProperty().get();
        if (dialogs.confirm(messages.get("checkin.delete.header", messages.longDate(day)),
                messages.get("checkin.delete.content", model.episodes().size()), messages.get("action.delete"))) {
            model.deleteDay(() -> { }, e -> dialogs.showError("action.deleteDay", e));
        }
    }

    private void focusFirstError() {
        if (root == null) {
            return;
        }
        root.lookupAll(".invalid").stream().findFirst().ifPresent(Node::requestFocus);
    }

    /** Puts the keyboard on the first field of the form, its text selected so that typing replaces it. */
    public void focusFirstField() {
        org.carnet.ui.Focus.request(firstField);
        // Already focused while the page was scrolled away (Ctrl+N): the focus does not move, the page must.
        if (scroll != null && firstField != null) {
            org.carnet.ui.ScrollOnFocus.reveal(scroll, (Region) scroll.getContent(), firstField);
        }
        if (firstField instanceof javafx.scene.control.TextField field) {
            field.selectAll();
        }
    }

    /** Count, then when, then severity: "2 n 6" is two cramps, at night, 6 at worst, without a Tab. */
    private Node crampsRow() {
        VBox crampCount = labelledNumber(messages.get("checkin.crampCount"), "checkin-cramp-count",
                CheckInViewModel.CRAMP_COUNT, "0–50");
        firstField = crampCount.getChildren().get(1);
        NullableChoice<Boolean> when = new NullableChoice<>(List.of(Boolean.TRUE, Boolean.FALSE),
                night -> messages.get(night ? "checkin.atNight" : "checkin.daytime"),
                model.crampsAtNightProperty(), "checkin-cramps-night");
        keys(when, night -> messages.get(night ? "checkin.atNight.key" : "checkin.daytime.key"));
        quick.choice(when);
        return new VBox(6, row(
                crampCount,
                labelled(messages.get("checkin.crampsWhen"), when),
                labelledNumber(messages.get("checkin.crampSeverity"), "checkin-cramp-severity",
                        CheckInViewModel.CRAMP_SEVERITY, "0–10")),
                dayCount("checkin-cramp-day-count", CheckInViewModel.CRAMP_COUNT, EpisodeKind.CRAMP));
    }

    /** Headache yes/no then its worst, sensitivity to noise or light, and weight (kg, optional, any day). */
    private Node signsRow() {
        NullableChoice<Boolean> headache = new NullableChoice<>(List.of(Boolean.TRUE, Boolean.FALSE),
                yes -> messages.get(yes ? "checkin.headache.yes" : "checkin.headache.no"),
                model.headacheProperty(), "checkin-headache");
        keys(headache, yes -> messages.get(yes ? "checkin.headache.yes.key" : "checkin.headache.no.key"));
        quick.choice(headache);
        return row(
                labelled(messages.get("checkin.headache"), headache),
                labelledNumber(messages.get("checkin.headacheSeverity"), "checkin-headache-severity",
                        CheckInViewModel.HEADACHE_SEVERITY, "0–10"),
                labelledNumber(messages.get("checkin.sensitivity"), "checkin-sensitivity",
                        CheckInViewModel.SENSITIVITY, "0–10"),
                labelledNumber(messages.get("checkin.weight"), "checkin-weight", CheckInViewModel.WEIGHT,
                        messages.get("checkin.weight.range")));
    }

    private <T> void keys(NullableChoice<T> choice, java.util.function.Function<T, String> key) {
        choice.setKeys(key, letter -> messages.get("checkin.key.tooltip", letter));
    }

    /** "N at night, D during the day; N normal, …": the letters the choices take, for the keyboard hint. */
    private String choiceLetters() {
        String when = messages.get("checkin.atNight.key") + " " + lower(messages.get("checkin.atNight")) + ", "
                + messages.get("checkin.daytime.key") + " " + lower(messages.get("checkin.daytime"));
        String digestion = java.util.Arrays.stream(Digestion.values())
                .map(d -> messages.of("digestion.key", d) + " " + lower(messages.of("digestion", d)))
                .collect(java.util.stream.Collectors.joining(", "));
        return messages.get("checkin.keys.join", when, digestion);
    }

    private String lower(String text) {
        return text.toLowerCase(messages.locale());
    }

    private Node sleepRow() {
        Rating rating = new Rating(5, 0);
        rating.setId("checkin-sleep-quality");
        rating.setPartialRating(false);
        rating.setUpdateOnHover(false);
        rating.setFocusTraversable(true);
        rating.getStyleClass().add("sleep-rating");
        rating.ratingProperty().addListener((o, was, now) -> model.sleepQualityProperty().set((int) Math.round(now.doubleValue())));
        model.sleepQualityProperty().addListener((o, was, now) -> rating.setRating(now.intValue()));
        rating.setRating(model.sleepQualityProperty().get());
        rating.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> rating.requestFocus());
        // Digits come as typed characters (the last event of a key, and the same on AZERTY and the keypad): 1–5
        // sets the quality and moves on, 0 clears it and stays.
        rating.addEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            int digit = typed.length() == 1 ? Character.digit(typed.charAt(0), 10) : -1;
            if (digit < 0 || digit > 5 || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            model.sleepQualityProperty().set(digit);
            e.consume();
            if (digit > 0) {
                quick.advanceFrom(rating);
            }
        });
        rating.setOnKeyPressed(e -> {
            int current = model.sleepQualityProperty().get();
            KeyCode code = e.getCode();
            if (code == KeyCode.RIGHT || code == KeyCode.UP) {
                model.sleepQualityProperty().set(Math.min(5, current + 1));
                e.consume();
            } else if (code == KeyCode.LEFT || code == KeyCode.DOWN) {
                model.sleepQualityProperty().set(Math.max(0, current - 1));
                e.consume();
            } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
                model.sleepQualityProperty().set(0);
                e.consume();
            }
        });
        rating.setAccessibleText(withoutMnemonic(messages.get("checkin.sleepQuality")));
        Tooltips.install(rating, messages.get("checkin.sleepQuality.tooltip"));
        Label qualityText = new Label();
        qualityText.setId("checkin-sleep-quality-text");
        qualityText.getStyleClass().add("hint");
        qualityText.textProperty().bind(Bindings.createStringBinding(() -> {
            int q = model.sleepQualityProperty().get();
            return q == 0 ? messages.get("common.notRecorded") : messages.get("checkin.sleepQuality." + q);
        }, model.sleepQualityProperty()));
        Button clear = Icons.glyphButton(MaterialDesignC.CLOSE_CIRCLE_OUTLINE, messages.get("checkin.sleepQuality.clear"));
        clear.setId("checkin-sleep-quality-clear");
        clear.setOnAction(e -> model.sleepQualityProperty().set(0));
        clear.disableProperty().bind(model.sleepQualityProperty().isEqualTo(0));
        // The keyboard clears with 0 or Delete: the button would only be one more Tab stop.
        clear.setFocusTraversable(false);
        HBox ratingBox = new HBox(6, rating, clear, qualityText);
        ratingBox.setAlignment(Pos.CENTER_LEFT);
        quick.field(rating);
        return row(labelled(messages.get("checkin.sleepQuality"), ratingBox),
                labelledNumber(messages.get("checkin.sleepHours"), "checkin-sleep-hours",
                        CheckInViewModel.SLEEP_HOURS, "0–24"));
    }

    private Node palpitationsRow() {
        return new VBox(6, row(labelledNumber(messages.get("checkin.palpitationCount"), "checkin-palpitation-count",
                CheckInViewModel.PALPITATION_COUNT, "0–50")),
                dayCount("checkin-palpitation-day-count", CheckInViewModel.PALPITATION_COUNT, EpisodeKind.PALPITATION));
    }

    /**
     * The day's count as every other page shows it ({@link org.carnet.journal.DayEntry#combinedCount}: the higher
     * of the number typed and the episodes logged), shown once an episode of the kind is logged on the day, so the
     * check-in never says 0 where the journal and the summary say 1.
     */
    private Label dayCount(String id, String field, EpisodeKind kind) {
        Label count = new Label();
        count.setId(id);
        count.getStyleClass().add("hint");
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            long logged = model.episodes().stream().filter(e -> e.kind() == kind).count();
            Integer typed = model.typedCount(field);
            return logged == 0 ? "" : messages.get("checkin.dayCount",
                    org.carnet.journal.DayEntry.combinedCount(typed, logged), logged);
        }, model.episodes(), model.text(field)));
        count.visibleProperty().bind(count.textProperty().isNotEmpty());
        count.managedProperty().bind(count.visibleProperty());
        return count;
    }

    private Node wellbeingRow() {
        return row(
                labelledNumber(messages.get("checkin.fatigue"), "checkin-fatigue", CheckInViewModel.FATIGUE, "0–10"),
                labelledNumber(messages.get("checkin.twitching"), "checkin-twitching", CheckInViewModel.TWITCHING,
                        "0–10"),
                labelledNumber(messages.get("checkin.irritability"), "checkin-irritability",
                        CheckInViewModel.IRRITABILITY, "0–10"));
    }

    /** Opens "My symptoms" (set by the window). */
    public void setOnEditOwnSymptoms(Runnable action) {
        this.editOwnSymptoms = action;
    }

    /**
     * The person's own symptoms, one field each (a number, or yes/no with its letters), rebuilt when they change;
     * under them, in words, that the sources say nothing about them.
     */
    private Node ownSymptomsCard() {
        FlowPane fields = row();
        fields.setId("checkin-own-symptoms");
        Label none = hint(messages.get("checkin.own.none"));
        none.setId("checkin-own-none");
        none.setWrapText(true);
        Label noAdvice = hint(messages.get("ownSymptoms.noAdvice"));
        noAdvice.setId("checkin-own-no-advice");
        // Wrapped to the card's width: its one long line must not widen the form (a sideways scroll at 800 px).
        for (Label wrapped : List.of(none, noAdvice)) {
            wrapped.setWrapText(true);
            wrapped.setMinWidth(0);
            wrapped.setPrefWidth(0);
            wrapped.setMaxWidth(Double.MAX_VALUE);
            wrapped.setMinHeight(Region.USE_PREF_SIZE);
        }
        Button edit = new Button(messages.get("checkin.own.edit"), Icons.glyph(MaterialDesignP.PENCIL_OUTLINE));
        edit.setId("checkin-own-edit");
        edit.setOnAction(e -> {
            if (editOwnSymptoms != null) {
                editOwnSymptoms.run();
            }
        });
        Runnable fill = () -> {
            QuickEntry ownQuick = new QuickEntry();
            fields.getChildren().clear();
            for (org.carnet.journal.OwnSymptom symptom : model.ownSymptoms()) {
                fields.getChildren().add(ownField(symptom, ownQuick));
            }
            boolean any = !model.ownSymptoms().isEmpty();
            fields.setVisible(any);
            fields.setManaged(any);
            none.setVisible(!any);
            none.setManaged(!any);
            noAdvice.setVisible(any);
            noAdvice.setManaged(any);
        };
        ListChangeListener<org.carnet.journal.OwnSymptom> listener = c -> fill.run();
        fields.getProperties().put(CheckInView.class, listener);
        model.ownSymptoms().addListener(new javafx.collections.WeakListChangeListener<>(listener));
        fill.run();
        return card(messages.get("checkin.own"), fields, none, noAdvice, edit);
    }

    private Node ownField(org.carnet.journal.OwnSymptom symptom, QuickEntry ownQuick) {
        String id = "checkin-own-" + symptom.id();
        Node control;
        if (symptom.kind() == org.carnet.journal.OwnSymptomKind.YES_NO) {
            NullableChoice<Boolean> yesNo = new NullableChoice<>(List.of(Boolean.TRUE, Boolean.FALSE),
                    yes -> messages.get(yes ? "ownSymptom.yes" : "ownSymptom.no"), model.ownYesNo(symptom), id);
            keys(yesNo, yes -> messages.get(yes ? "ownSymptom.yes.key" : "ownSymptom.no.key"));
            ownQuick.choice(yesNo);
            control = yesNo;
        } else {
            String field = CheckInViewModel.ownField(symptom);
            TextField input = Forms.numberInput(id, model.ownText(symptom), OwnSymptomWords.range(symptom), 90);
            input.setAccessibleText(symptom.name());
            ownQuick.number(input, text -> model.isValid(field, text), text -> model.isComplete(field, text));
            control = input;
            VBox labelled = labelled(symptom.name(), control);
            Forms.errorUnder(labelled, input, field, model.errors(), messages);
            // The name is the person's: an underscore in it is a character, not a mnemonic.
            ((Label) labelled.getChildren().get(0)).setMnemonicParsing(false);
            return labelled;
        }
        VBox labelled = labelled(symptom.name(), control);
        // The name is the person's: an underscore in it is a character, not a mnemonic.
        ((Label) labelled.getChildren().get(0)).setMnemonicParsing(false);
        return labelled;
    }

    private Node redFlagsSection() {
        FlowPane boxes = new FlowPane(18, 8);
        for (RedFlag flag : RedFlag.values()) {
            CheckBox box = new CheckBox(messages.of("redFlag", flag));
            box.setId("checkin-flag-" + flag.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.selectedProperty().bindBidirectional(model.redFlag(flag));
            boxes.getChildren().add(box);
        }
        // After digestion the keyboard lands on the first warning sign: Space ticks it, Enter saves the day.
        quick.field(boxes.getChildren().get(0));
        Label hint = new Label(messages.get("checkin.redFlags.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox section = card(messages.get("checkin.redFlags"), new VBox(6, boxes, hint));
        section.getStyleClass().add("red-flag-section");
        return section;
    }

    private Node episodesBox() {
        VBox list = new VBox(4);
        list.setId("checkin-episodes");
        Runnable fill = () -> {
            list.getChildren().clear();
            if (model.episodes().isEmpty()) {
                Label none = new Label(messages.get("checkin.episodes.none"));
                none.getStyleClass().add("hint");
                list.getChildren().add(none);
            }
            for (Episode episode : model.episodes()) {
                list.getChildren().add(episodeRow(episode));
            }
        };
        ListChangeListener<Episode> listener = c -> fill.run();
        list.getProperties().put(CheckInView.class, listener);
        model.episodes().addListener(new javafx.collections.WeakListChangeListener<>(listener));
        fill.run();
        Button cramp = new Button(messages.get("checkin.logCramp"), Icons.glyph(MaterialDesignP.PLUS));
        cramp.setId("checkin-log-cramp");
        cramp.setOnAction(e -> episodes.logNow(model.dayProperty().get(), EpisodeKind.CRAMP));
        Shortcut.LOG_CRAMP.tooltipOn(cramp, messages.get("checkin.logCramp"));
        Button palpitation = new Button(messages.get("checkin.logPalpitation"), Icons.glyph(MaterialDesignP.PLUS));
        palpitation.setId("checkin-log-palpitation");
        palpitation.setOnAction(e -> episodes.logNow(model.dayProperty().get(), EpisodeKind.PALPITATION));
        Shortcut.LOG_PALPITATION.tooltipOn(palpitation, messages.get("checkin.logPalpitation"));
        Button spasm = new Button(messages.get("checkin.logSpasm"), Icons.glyph(MaterialDesignP.PLUS));
        spasm.setId("checkin-log-spasm");
        spasm.setOnAction(e -> episodes.logNow(model.dayProperty().get(), EpisodeKind.SPASM));
        return new VBox(8, list, org.carnet.ui.Layouts.buttonRow(8, cramp, palpitation, spasm));
    }

    private Node episodeRow(Episode episode) {
        Label text = new Label(EpisodeText.describe(episode, messages));
        text.getStyleClass().add("episode-line");
        text.setWrapText(true);
        if (!episode.redFlags().isEmpty()) {
            text.getStyleClass().add("danger-text");
        }
        Button edit = Icons.glyphButton(MaterialDesignP.PENCIL_OUTLINE, messages.get("action.edit"));
        edit.setOnAction(e -> episodes.edit(episode));
        Button remove = Icons.glyphButton(MaterialDesignD.DELETE_OUTLINE, messages.get("action.delete"));
        remove.setOnAction(e -> episodes.delete(episode));
        HBox row = new HBox(6, text, spacer(), edit, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("episode-row");
        return row;
    }

    private Node notesArea() {
        TextArea notes = new TextArea();
        notes.setId("checkin-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.setPromptText(messages.get("checkin.notes.prompt"));
        notes.textProperty().bindBidirectional(model.notesProperty());
        // Tab moves on instead of typing a tab character, so the form can be filled with the keyboard alone.
        notes.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                Node target = notes;
                if (e.isShiftDown()) {
                    target.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                            KeyCode.TAB, true, true, false, false));
                } else {
                    target.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                            KeyCode.TAB, false, true, false, false));
                }
            }
        });
        return Forms.withError(notes, CheckInViewModel.NOTES, model.errors(), messages);
    }

    /**
     * A number field under its label, its error (when it has one) under it in the label's box: the field has no box
     * of its own ({@link Forms#errorUnder}), a dozen nodes fewer to style and lay out before the person can type.
     */
    private VBox labelledNumber(String label, String id, String field, String range) {
        TextField input = Forms.numberInput(id, model.text(field), range, 90);
        quick.number(input, text -> model.isValid(field, text), text -> model.isComplete(field, text));
        VBox labelled = labelled(label, input);
        Forms.errorUnder(labelled, input, field, model.errors(), messages);
        return labelled;
    }

    private static FlowPane row(Node... children) {
        FlowPane row = new FlowPane(18, 10, children);
        row.setPrefWrapLength(300);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

}
