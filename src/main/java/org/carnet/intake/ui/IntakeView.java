package org.carnet.intake.ui;

import static org.carnet.ui.Layouts.*;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.carnet.ui.FindingsView;
import org.carnet.intake.DayIntakeDetails;
import org.carnet.intake.Food;
import org.carnet.intake.Medication;
import org.carnet.intake.Nutrient;
import org.carnet.intake.Product;
import org.carnet.ui.DialogService;
import org.carnet.ui.Forms;
import org.carnet.ui.Icons;
import org.carnet.ui.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** What was eaten and taken on a day, its totals against the references, and what the guidance finds. */
public final class IntakeView {
    /** Below this width of the page's scrolled area, the day's totals go under the forms (each column ≥ ~330 px). */
    static final double TWO_COLUMNS_MIN_WIDTH = 680;
    private final IntakeViewModel model;
    private final Messages messages;
    private VBox root;
    /** Told how many intakes were copied to today (the window says so). */
    private java.util.function.Consumer<Integer> copied = count -> { };
    private Consumer<List<org.carnet.guidance.Finding>> newFindings = found -> { };
    private final DialogService dialogs;
    private final Runnable openProducts;
    private final Consumer<Throwable> failed;
    private TextField search;

    public IntakeView(IntakeViewModel model, Messages messages, DialogService dialogs, Runnable openProducts) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.openProducts = openProducts;
        this.failed = e -> dialogs.showError("action.saveIntake", e);
    }

    /** Told the findings an intake just added raised (the window says so in a notification naming them). */
    public void setOnNewFindings(Consumer<List<org.carnet.guidance.Finding>> onNewFindings) {
        this.newFindings = onNewFindings;
    }

    /**
     * A finding raised by the intake just added, shown above the forms, in view wherever the page is scrolled: the
     * day's findings are in the other column, often out of sight. Closed by its button or by another day.
     */
    private Node newFindingsBox() {
        Label heading = new Label(messages.get("intake.newFindings"));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        FindingsView list = new FindingsView(messages, false);
        list.setId("intake-new-findings-list");
        Button close = Icons.button(MaterialDesignC.CLOSE, messages.get("intake.newFindings.close"));
        close.setId("intake-new-findings-close");
        close.setOnAction(e -> model.closeNewFindings());
        HBox top = new HBox(8, heading, spacer(), close);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(heading, Priority.ALWAYS);
        VBox box = new VBox(6, top, list);
        box.setId("intake-new-findings");
        box.getStyleClass().addAll("form-section", "new-findings");
        // Whole, its words wrapped: the page's scrolled part gives way instead.
        box.setMinHeight(Region.USE_PREF_SIZE);
        ListChangeListener<org.carnet.guidance.Finding> changed = c -> {
            list.show(model.newFindings(), "");
            box.setVisible(!model.newFindings().isEmpty());
            box.setManaged(box.isVisible());
            if (c != null && !model.newFindings().isEmpty()) {
                newFindings.accept(List.copyOf(model.newFindings()));
            }
        };
        box.getProperties().put(IntakeView.class, changed);
        model.newFindings().addListener(new WeakListChangeListener<>(changed));
        changed.onChanged(null);
        return box;
    }

    /** The words of the notification: the titles of the findings raised, the most serious first as listed. */
    public static String notice(List<org.carnet.guidance.Finding> found, Messages messages) {
        return messages.get("intake.newFindings.notice", found.stream().map(f -> messages.get(f.titleKey()))
                .collect(java.util.stream.Collectors.joining("; ")));
    }

    public void setOnCopied(java.util.function.Consumer<Integer> onCopied) {
        this.copied = onCopied;
    }

    public Node createView() {
        Label title = new Label(messages.get("intake.title"));
        title.getStyleClass().add("title-2");
        // On a narrow window the long day name gives way, not the title nor the date.
        title.setMinWidth(Region.USE_PREF_SIZE);
        DatePicker date = Forms.pastDatePicker("intake-date", messages, model::today);
        date.setValue(model.dayProperty().get());
        date.setMinWidth(Region.USE_PREF_SIZE);
        model.dayProperty().addListener((o, was, now) -> date.setValue(now));
        date.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(model.dayProperty().get()) && !now.isAfter(model.today())) {
                model.load(now, failed);
            }
        });
        Button previous = Icons.button(MaterialDesignC.CHEVRON_LEFT, messages.get("checkin.previousDay"));
        previous.setOnAction(e -> model.load(model.dayProperty().get().minusDays(1), failed));
        Button next = Icons.button(MaterialDesignC.CHEVRON_RIGHT, messages.get("checkin.nextDay"));
        next.setOnAction(e -> model.load(model.dayProperty().get().plusDays(1), failed));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> model.dayProperty().get() == null
                || !model.dayProperty().get().isBefore(model.today()), model.dayProperty()));
        Label dayName = new Label();
        dayName.textProperty().bind(Bindings.createStringBinding(() -> model.dayProperty().get() == null ? ""
                : messages.longDate(model.dayProperty().get()), model.dayProperty()));
        dayName.getStyleClass().add("day-name");
        Button copy = new Button(messages.get("intake.copyDay"), Icons.icon(MaterialDesignC.CONTENT_COPY));
        copy.setId("intake-copy-day");
        copy.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.dayProperty().get() != null
                && model.dayProperty().get().isBefore(model.today()), model.dayProperty()));
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setOnAction(e -> model.copyToToday(count -> copied.accept(count), failed));
        // The day's name under the title, as on the check-in: beside it, it was cut in a narrow window.
        dayName.setWrapText(true);
        whole(title, copy);
        HBox titleRow = new HBox(8, title, spacer(), copy, previous, Forms.withFutureRefused(date), next);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, titleRow, dayName);

        NutrientGauges gauges = new NutrientGauges(messages);
        FindingsView dayFindings = new FindingsView(messages, false);
        dayFindings.setId("intake-findings");
        VBox entries = new VBox(4);
        entries.setId("intake-entries");
        Runnable showDay = () -> {
            DayIntakeDetails details = model.detailsProperty().get();
            if (details != null) {
                gauges.show(details.totals());
                fillEntries(entries, details);
            }
        };
        model.detailsProperty().addListener((o, was, now) -> showDay.run());
        javafx.collections.SetChangeListener<String> favouritesChanged = c -> showDay.run();
        entries.getProperties().put(IntakeView.class, favouritesChanged);
        model.favourites().addListener(new javafx.collections.WeakSetChangeListener<>(favouritesChanged));
        showDay.run();
        ListChangeListener<Object> findingsChanged = c -> dayFindings.show(model.findings(),
                messages.get("intake.findings.none"));
        dayFindings.getProperties().put(IntakeView.class, findingsChanged);
        model.findings().addListener(new WeakListChangeListener<>(findingsChanged));
        findingsChanged.onChanged(null);

        FindingsView periodFindings = new FindingsView(messages, true);
        periodFindings.setId("intake-period-findings");
        ListChangeListener<Object> periodChanged = c -> periodFindings.show(model.periodFindings(),
                messages.get("intake.findings.periodNone"));
        periodFindings.getProperties().put(IntakeView.class, periodChanged);
        model.periodFindings().addListener(new WeakListChangeListener<>(periodChanged));
        periodChanged.onChanged(null);
        TitledPane period = new TitledPane(messages.get("intake.findings.period", IntakeViewModel.PERIOD_DAYS),
                periodFindings);
        period.setExpanded(false);
        period.setId("intake-period");

        VBox totals = card("", gauges);
        Label totalsTitle = (Label) totals.getChildren().get(0);
        totalsTitle.setId("intake-totals-title");
        totalsTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            LocalDate shown = model.dayProperty().get();
            return shown == null || shown.equals(model.today()) ? messages.get("intake.totals")
                    : messages.get("intake.totals.day", messages.shortDate(shown));
        }, model.dayProperty()));
        VBox left = new VBox(14, totals,
                card(messages.get("intake.findings.day"), dayFindings), period);
        VBox right = new VBox(14, card(messages.get("intake.addFood"), foodForm()),
                card(messages.get("intake.addSupplement"), supplementForm()),
                card(messages.get("intake.addMedication"), medicationForm()),
                card(messages.get("intake.entries"), entries));
        GridPane columns = new GridPane();
        columns.setId("intake-columns");
        columns.setHgap(16);
        columns.setVgap(14);
        columns.setPadding(new Insets(0, 14, 14, 0));
        ScrollPane scroll = new ScrollPane(columns);
        // Side by side when there is room; on a narrow window the day's totals go under the forms, so that neither
        // the food search's results nor the gauges are cut.
        scroll.viewportBoundsProperty().addListener((o, was, now) -> arrange(columns, right, left,
                now.getWidth() < TWO_COLUMNS_MIN_WIDTH));
        arrange(columns, right, left, false);
        org.carnet.ui.ScrollOnFocus.install(scroll, columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox late = new VBox(4);
        late.setId("intake-late-doses");
        late.getStyleClass().add("late-doses");
        ListChangeListener<Object> lateChanged = c -> {
            late.getChildren().clear();
            for (var dose : model.lateDoses()) {
                Label line = new Label(org.carnet.reminders.ui.ReminderWords.lateDose(dose, messages));
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                line.getStyleClass().add(dose.spacing() == null ? "late-dose" : "late-dose-spaced");
                late.getChildren().add(line);
                if (dose.spacing() != null) {
                    Label source = new Label(messages.source(org.carnet.reminders.Reminders.SPACING_FACT));
                    source.setWrapText(true);
                    source.setMinHeight(Region.USE_PREF_SIZE);
                    source.getStyleClass().add("source-line");
                    late.getChildren().add(source);
                }
            }
            late.setVisible(!late.getChildren().isEmpty());
            late.setManaged(late.isVisible());
        };
        late.getProperties().put(IntakeView.class, lateChanged);
        model.lateDoses().addListener(new WeakListChangeListener<>(lateChanged));
        lateChanged.onChanged(null);
        root = new VBox(12, header, late, newFindingsBox(), scroll);
        root.setId("intake-view");
        root.getStyleClass().add("page");
        return root;
    }

    /** The forms and the day's totals: two columns of equal width, or one above the other ({@code stacked}). */
    static void arrange(GridPane columns, Node forms, Node totals, boolean stacked) {
        int count = stacked ? 1 : 2;
        if (columns.getColumnConstraints().size() == count && columns.getChildren().size() == 2) {
            return;
        }
        columns.getChildren().clear();
        columns.getColumnConstraints().clear();
        for (int i = 0; i < count; i++) {
            var constraint = new javafx.scene.layout.ColumnConstraints();
            constraint.setPercentWidth(100.0 / count);
            columns.getColumnConstraints().add(constraint);
        }
        columns.add(forms, 0, 0);
        columns.add(totals, stacked ? 0 : 1, stacked ? 1 : 0);
    }

    public void focusSearch() {
        org.carnet.ui.Focus.request(search);
    }

    /** Puts the keyboard in the food search with what it holds selected, so typing starts a new search. */
    public void findFood() {
        focusSearch();
        search.selectAll();
    }

    private Node foodForm() {
        search = new TextField();
        search.setId("intake-food-search");
        search.setPromptText(messages.get("intake.food.prompt"));
        org.carnet.ui.Shortcut.FIND_FOOD.tooltipOn(search, messages.get("menu.findFood"));
        search.textProperty().bindBidirectional(model.foodQueryProperty());
        ListView<Food> results = new ListView<>(model.searchResults());
        results.setId("intake-food-results");
        results.setPrefHeight(180);
        results.setCellFactory(v -> new FoodCell());
        Runnable showResults = () -> {
            boolean visible = !model.searchResults().isEmpty() && model.foodProperty().get() == null;
            results.setVisible(visible);
            results.setManaged(visible);
        };
        ListChangeListener<Food> listener = c -> showResults.run();
        results.getProperties().put(IntakeView.class, listener);
        model.searchResults().addListener(new WeakListChangeListener<>(listener));
        model.foodProperty().addListener(o -> showResults.run());
        showResults.run();
        search.textProperty().addListener((o, was, now) -> {
            Food chosen = model.foodProperty().get();
            if (chosen != null && !name(chosen).equals(now)) {
                model.foodProperty().set(null);
            }
            if (model.foodProperty().get() == null) {
                model.search(now, failed);
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !model.searchResults().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !model.searchResults().isEmpty()
                    && model.foodProperty().get() == null) {
                choose(model.searchResults().get(0));
                e.consume();
            }
        });
        TextField grams = new TextField();
        grams.setId("intake-food-grams");
        grams.setPrefColumnCount(5);
        grams.textProperty().bindBidirectional(model.gramsProperty());
        grams.setPromptText("g");
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                choose(results.getSelectionModel().getSelectedItem());
                grams.requestFocus();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (results.getSelectionModel().getSelectedItem() != null) {
                choose(results.getSelectionModel().getSelectedItem());
                grams.requestFocus();
            }
        });
        Label unit = new Label();
        unit.textProperty().bind(Bindings.createStringBinding(() -> model.foodProperty().get() != null
                && model.foodProperty().get().drink() ? messages.get("intake.food.ml") : messages.get("intake.food.g"),
                model.foodProperty()));
        TextField time = timeField("intake-food-time", model.foodTimeProperty());
        Button add = new Button(messages.get("intake.add"), Icons.icon(MaterialDesignP.PLUS));
        add.setId("intake-food-add");
        add.setDefaultButton(false);
        add.setOnAction(e -> {
            if (model.addFood(() -> search.requestFocus(), failed)) {
                search.requestFocus();
            }
        });
        grams.setOnAction(e -> add.fire());
        HBox amounts = new HBox(8, labelled(messages.get("intake.food.amount"),
                Forms.withError(grams, IntakeViewModel.GRAMS, model.errors(), messages)), unit,
                labelled(messages.get("intake.time"), Forms.withError(time, IntakeViewModel.FOOD_TIME, model.errors(),
                        messages)), add);
        amounts.setAlignment(Pos.BOTTOM_LEFT);
        return new VBox(6, Forms.withError(search, IntakeViewModel.FOOD, model.errors(), messages), results, amounts);
    }

    private void choose(Food food) {
        model.foodProperty().set(food);
        model.foodQueryProperty().set(name(food));
    }

    private Node supplementForm() {
        ComboBox<Product> products = new ComboBox<>(model.products());
        products.setId("intake-product");
        products.valueProperty().bindBidirectional(model.productProperty());
        products.setConverter(converter(p -> p == null ? "" : ProductText.describe(p, messages)));
        products.setMaxWidth(Double.MAX_VALUE);
        products.setPromptText(messages.get("intake.product.prompt"));
        TextField units = new TextField();
        units.setId("intake-units");
        units.setPrefColumnCount(3);
        units.textProperty().bindBidirectional(model.unitsProperty());
        TextField time = timeField("intake-supplement-time", model.supplementTimeProperty());
        Button add = new Button(messages.get("intake.add"), Icons.icon(MaterialDesignP.PLUS));
        add.setId("intake-supplement-add");
        add.setOnAction(e -> model.addSupplement(() -> { }, failed));
        Button usual = new Button(messages.get("intake.routine.log"));
        usual.setId("intake-routine-log");
        usual.setOnAction(e -> model.logRoutine(count -> {
            if (count == 0) {
                dialogs.inform(messages.get("intake.routine.emptyHeader"), messages.get("intake.routine.empty"));
            }
        }, failed));
        Button saveUsual = new Button(messages.get("intake.routine.save"));
        saveUsual.setId("intake-routine-save");
        saveUsual.setOnAction(e -> model.saveRoutine(names -> dialogs.inform(messages.get("intake.routine.savedHeader"),
                messages.get("intake.routine.saved", names.size(), String.join(", ", names))), failed));
        Button manage = new Button(messages.get("intake.manageProducts"));
        manage.getStyleClass().add("flat");
        manage.setOnAction(e -> openProducts.run());
        HBox row = new HBox(8, labelled(messages.get("intake.units"),
                Forms.withError(units, IntakeViewModel.UNITS, model.errors(), messages)),
                labelled(messages.get("intake.time"), Forms.withError(time, IntakeViewModel.SUPPLEMENT_TIME,
                        model.errors(), messages)), add);
        row.setAlignment(Pos.BOTTOM_LEFT);
        Label none = new Label(messages.get("intake.product.none"));
        none.getStyleClass().add("hint");
        none.setWrapText(true);
        none.visibleProperty().bind(Bindings.isEmpty(model.products()));
        none.managedProperty().bind(none.visibleProperty());
        return new VBox(6, none, Forms.withError(products, IntakeViewModel.PRODUCT, model.errors(), messages), row,
                new javafx.scene.layout.FlowPane(8, 6, usual, saveUsual, manage));
    }

    private Node medicationForm() {
        ComboBox<Medication> medications = new ComboBox<>(model.medications());
        medications.setId("intake-medication");
        medications.valueProperty().bindBidirectional(model.medicationProperty());
        medications.setConverter(converter(m -> m == null ? "" : m.name() + " ("
                + messages.of("medication.class", m.medicationClass()) + ")"));
        medications.setMaxWidth(Double.MAX_VALUE);
        medications.setPromptText(messages.get("intake.medication.prompt"));
        TextField time = timeField("intake-medication-time", model.medicationTimeProperty());
        Button add = new Button(messages.get("intake.add"), Icons.icon(MaterialDesignP.PLUS));
        add.setId("intake-medication-add");
        add.setOnAction(e -> model.addMedication(() -> { }, failed));
        HBox row = new HBox(8, labelled(messages.get("intake.time"), Forms.withError(time,
                IntakeViewModel.MEDICATION_TIME, model.errors(), messages)), add);
        row.setAlignment(Pos.BOTTOM_LEFT);
        return new VBox(6, Forms.withError(medications, IntakeViewModel.MEDICATION, model.errors(), messages), row);
    }

    private void fillEntries(VBox entries, DayIntakeDetails details) {
        entries.getChildren().clear();
        if (details.isEmpty()) {
            Label none = new Label(messages.get("intake.entries.none"));
            none.getStyleClass().add("hint");
            entries.getChildren().add(none);
            return;
        }
        details.foods().forEach(line -> {
            HBox row = entry(messages.time(line.intake().takenAt()) + "  " + name(line.food()) + " — "
                            + messages.get(line.food().drink() ? "intake.entry.ml" : "intake.entry.grams",
                            line.intake().grams()),
                    () -> ask(IntakeEditDialog.food(window(), messages, name(line.food()), line.intake())),
                    () -> model.deleteFood(line.intake().id(), failed));
            String code = line.food().code();
            boolean favourite = model.favourites().contains(code);
            Button star = Icons.button(favourite ? MaterialDesignS.STAR : MaterialDesignS.STAR_OUTLINE,
                    messages.get(favourite ? "intake.favourite.remove" : "intake.favourite.add"));
            star.getStyleClass().add("favourite-button");
            star.setOnAction(e -> model.toggleFavourite(code, failed));
            row.getChildren().add(row.getChildren().size() - 1, star);
            entries.getChildren().add(row);
        });
        details.supplements().forEach(line -> entries.getChildren().add(entry(
                messages.time(line.intake().takenAt()) + "  " + ProductText.describe(line.product(), messages) + " × "
                        + messages.get("intake.entry.units", line.intake().units()),
                () -> ask(IntakeEditDialog.supplement(window(), messages, model.products(),
                        model.products().stream().filter(p -> p.id().equals(line.product().id())).findFirst()
                                .orElse(line.product()), line.intake())),
                () -> model.deleteSupplement(line.intake().id(), failed))));
        details.medications().forEach(line -> entries.getChildren().add(entry(
                messages.time(line.intake().takenAt()) + "  " + line.medication().name() + " ("
                        + messages.of("medication.class", line.medication().medicationClass()) + ")",
                () -> ask(IntakeEditDialog.medication(window(), messages, model.medications(), line.medication(),
                        line.intake())),
                () -> model.deleteMedication(line.intake().id(), failed))));
    }

    private HBox entry(String text, Runnable edit, Runnable delete) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("intake-entry");
        Button change = Icons.button(MaterialDesignP.PENCIL_OUTLINE, messages.get("intake.edit.action"));
        change.getStyleClass().add("intake-edit-button");
        change.setOnAction(e -> edit.run());
        Button remove = Icons.button(MaterialDesignD.DELETE_OUTLINE, messages.get("action.delete"));
        remove.setOnAction(e -> delete.run());
        HBox row = new HBox(6, label, spacer(), change, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("episode-row");
        return row;
    }

    private javafx.stage.Window window() {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void ask(IntakeEditDialog<?> dialog) {
        dialog.refuseLaterThanNow(model.dayProperty().get(), model::now);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                model.edit(dialog.getResult(), failed);
            }
        });
        dialog.show();
    }

    private String name(Food food) {
        return food.name(messages.language() == org.carnet.ui.Language.FRENCH);
    }

    private TextField timeField(String id, javafx.beans.property.StringProperty property) {
        TextField time = new TextField();
        time.setId(id);
        time.setPrefColumnCount(4);
        time.setPromptText("HH:MM");
        time.textProperty().bindBidirectional(property);
        return time;
    }

    /** A search result: the name, its group, and its magnesium per 100 g as the table gives it. */
    private final class FoodCell extends ListCell<Food> {
        /** The whole line, for a name cut by a narrow window. */
        private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

        FoodCell() {
            // Fit the list's width: long names end with an ellipsis instead of scrolling sideways.
            setPrefWidth(0);
            whole.setWrapText(true);
            whole.setMaxWidth(420);
        }

        @Override
        protected void updateItem(Food food, boolean empty) {
            super.updateItem(food, empty);
            if (empty || food == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(name(food) + "  ·  " + AmountText.per100g(food.amount(Nutrient.MAGNESIUM), "mg", messages)
                    + " " + messages.get("intake.food.magnesiumPer100g"));
            whole.setText(getText());
            setTooltip(whole);
        }
    }

}
