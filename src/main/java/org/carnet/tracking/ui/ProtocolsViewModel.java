package org.carnet.tracking.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.carnet.core.FieldError;
import org.carnet.ui.DataKind;
import org.carnet.core.NumberInput;
import org.carnet.core.TimeInput;
import org.carnet.intake.Product;
import org.carnet.journal.ui.JournalChanges;
import java.util.random.RandomGenerator;
import org.carnet.tracking.Exposure;
import org.carnet.tracking.OnOffPlan;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.ProtocolValidator;
import org.carnet.tracking.Question;
import org.carnet.tracking.Symptom;
import org.carnet.tracking.TrackingService;
import org.carnet.ui.TaskRunner;

/** Protocols: the list, and the form of the one being written or edited. */
public final class ProtocolsViewModel {
    /** One line of the plan as typed: a product, units and a time. */
    public static final class DoseLine {
        private final ObjectProperty<Product> product = new SimpleObjectProperty<>();
        private final StringProperty units = new SimpleStringProperty("1");
        private final StringProperty time = new SimpleStringProperty("20:00");

        public ObjectProperty<Product> productProperty() {
            return product;
        }

        public StringProperty unitsProperty() {
            return units;
        }

        public StringProperty timeProperty() {
            return time;
        }
    }

    private final TrackingService tracking;
    private final TaskRunner runner;
    private final JournalChanges changes;

    // Properties
    private final ObservableList<Protocol> protocols = FXCollections.observableArrayList();
    private final ObservableList<Product> products = FXCollections.observableArrayList();
    private final ObjectProperty<Protocol> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ObservableList<DoseLine> plan = FXCollections.observableArrayList();
    /** The form's values when last started, opened or saved ({@link #hasUnsavedChanges}). */
    private List<Object> keptState;
    private final ObjectProperty<Symptom> questionSymptom = new SimpleObjectProperty<>(Symptom.CRAMP_EPISODES);
    private final ObjectProperty<Exposure> exposure = new SimpleObjectProperty<>(Exposure.PROTOCOL);
    private final ObjectProperty<Product> questionProduct = new SimpleObjectProperty<>();
    private final StringProperty threshold = new SimpleStringProperty("");
    private final ObjectProperty<Integer> lag = new SimpleObjectProperty<>(1);
    /** null: an ordinary protocol; 4 or 7: an on/off plan of such blocks over 8 weeks. */
    private final ObjectProperty<Integer> onOffBlockDays = new SimpleObjectProperty<>();
    private final RandomGenerator random;
    private final ObservableMap<String, FieldError> errors = FXCollections.observableHashMap();
    /** The advice for the protocol just saved as new (MG_START_HIGH), shown by the save button; empty otherwise. */
    private final ObservableList<org.carnet.guidance.Finding> savedAdvice = FXCollections.observableArrayList();

    public ProtocolsViewModel(TrackingService tracking, TaskRunner runner, JournalChanges changes) {
        this(tracking, runner, changes, new java.security.SecureRandom());
    }

    /** With the source of the on/off draw (tests pass a seeded one). */
    public ProtocolsViewModel(TrackingService tracking, TaskRunner runner, JournalChanges changes,
                              RandomGenerator random) {
        this.tracking = tracking;
        this.runner = runner;
        this.changes = changes;
        this.random = random;
        questionSymptom.addListener((o, was, now) -> {
            if (now != null && was != null && Question.usualLag(now) != Question.usualLag(was)) {
                lag.set(Question.usualLag(now));
            }
        });
        exposure.addListener((o, was, now) -> {
            if (now == Exposure.MAGNESIUM && threshold.get().isBlank()) {
                threshold.set(trim(Question.DEFAULT_MAGNESIUM_MG));
            } else if (now == Exposure.PRODUCT && (threshold.get().isBlank() || was == Exposure.MAGNESIUM)) {
                threshold.set("1");
            }
        });
    }

    /** The declared question's symptom; null for no question. */
    public ObjectProperty<Symptom> questionSymptomProperty() {
        return questionSymptom;
    }

    public ObjectProperty<Exposure> exposureProperty() {
        return exposure;
    }

    public ObjectProperty<Product> questionProductProperty() {
        return questionProduct;
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }

    public ObjectProperty<Integer> lagProperty() {
        return lag;
    }

    public ObjectProperty<Integer> onOffBlockDaysProperty() {
        return onOffBlockDays;
    }

    /** True while editing a protocol whose start has come: its question and on/off plan are fixed. */
    public boolean questionLocked() {
        Protocol stored = editing.get();
        return stored != null && !stored.start().isAfter(tracking.today());
    }

    public ObservableList<Protocol> protocols() {
        return protocols;
    }

    public ObservableList<Product> products() {
        return products;
    }

    public ObjectProperty<Protocol> editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public ObservableList<DoseLine> plan() {
        return plan;
    }

    public ObservableMap<String, FieldError> errors() {
        return errors;
    }

    /** The advice the sources give on the protocol just saved as new, at once (not only on its first days). */
    public ObservableList<org.carnet.guidance.Finding> savedAdvice() {
        return savedAdvice;
    }

    public Optional<Protocol> current() {
        return tracking.current(protocols);
    }

    public void load(Consumer<Throwable> onFailure) {
        load(() -> { }, onFailure);
    }

    /** Reads the data anew; {@code done} runs once it is in. */
    public void load(Runnable done, Consumer<Throwable> onFailure) {
        runner.run(() -> new Lists(tracking.protocols(), tracking.products()), lists -> {
            protocols.setAll(lists.protocols());
            setProducts(lists.products());
            if (editing.get() == null && start.get() == null) {
                newProtocol();
            }
            done.run();
        }, onFailure);
    }

    private record Lists(List<Protocol> protocols, List<Product> products) {
    }

    /** The products as stored now; the form's choices point at the new values (same id), the rest stays typed. */
    private void setProducts(List<Product> fresh) {
        // Read the choices before the lists change: a combo box may drop a value its new items lack.
        List<Product> lineChoices = plan.stream().map(line -> sameProduct(fresh, line.productProperty().get())).toList();
        Product questionChoice = sameProduct(fresh, questionProduct.get());
        products.setAll(fresh);
        for (int i = 0; i < plan.size(); i++) {
            plan.get(i).productProperty().set(lineChoices.get(i));
        }
        questionProduct.set(questionChoice);
    }

    private static Product sameProduct(List<Product> fresh, Product chosen) {
        if (chosen == null) {
            return null;
        }
        return fresh.stream().filter(p -> p.id().equals(chosen.id())).findFirst().orElse(chosen);
    }

    private Product productWithId(long id) {
        return products.stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    /** An empty form starting today. */
    public void newProtocol() {
        editing.set(null);
        name.set("");
        start.set(tracking.today());
        end.set(null);
        plan.clear();
        questionSymptom.set(Symptom.CRAMP_EPISODES);
        exposure.set(Exposure.PROTOCOL);
        questionProduct.set(null);
        threshold.set("");
        lag.set(Question.usualLag(Symptom.CRAMP_EPISODES));
        onOffBlockDays.set(null);
        errors.clear();
        savedAdvice.clear();
        keptState = state();
    }

    public void edit(Protocol protocol) {
        editing.set(protocol);
        name.set(protocol.name());
        start.set(protocol.start());
        end.set(protocol.end());
        plan.clear();
        for (PlannedDose dose : protocol.plan()) {
            DoseLine line = new DoseLine();
            line.productProperty().set(productWithId(dose.productId()));
            line.unitsProperty().set(trim(dose.units()));
            line.timeProperty().set(TimeInput.format(dose.time()));
            plan.add(line);
        }
        Question question = protocol.question();
        questionSymptom.set(question != null && question.symptom() instanceof Symptom declared ? declared : null);
        exposure.set(question == null ? Exposure.PROTOCOL : question.exposure());
        questionProduct.set(question == null || question.productId() == null ? null : products.stream()
                .filter(p -> p.id().equals(question.productId())).findFirst().orElse(null));
        threshold.set(question == null || question.threshold() == null ? "" : trim(question.threshold()));
        lag.set(question == null ? 1 : question.lagDays());
        onOffBlockDays.set(protocol.onOff() == null ? null : protocol.onOff().blockDays());
        errors.clear();
        savedAdvice.clear();
        keptState = state();
    }

    /**
     * True when the form holds something not saved: a new protocol half filled in, or a change to the one edited.
     * Quitting asks first, as it does for the check-in.
     */
    public boolean hasUnsavedChanges() {
        return keptState != null && !keptState.equals(state());
    }

    /** What the form says, in values that compare (products by id): the state last loaded or saved is kept. */
    private List<Object> state() {
        List<Object> lines = plan.stream().map(line -> (Object) java.util.Arrays.asList(
                line.productProperty().get() == null ? null : line.productProperty().get().id(),
                line.unitsProperty().get(), line.timeProperty().get())).toList();
        return java.util.Arrays.asList(name.get(), start.get(), end.get(), lines, questionSymptom.get(),
                exposure.get(), questionProduct.get() == null ? null : questionProduct.get().id(), threshold.get(),
                lag.get(), onOffBlockDays.get());
    }

    public void addLine() {
        DoseLine line = new DoseLine();
        if (!products.isEmpty()) {
            line.productProperty().set(products.get(0));
        }
        plan.add(line);
    }

    /** Fills the plan with the supplements of "my usual". */
    public void fillFromRoutine(Consumer<Throwable> onFailure) {
        // The products are read with the routine: one added since this page was loaded is in both.
        runner.run(() -> new Routine(tracking.planFromRoutine(), tracking.products()), routine -> {
            setProducts(routine.products());
            plan.clear();
            for (PlannedDose dose : routine.doses()) {
                Product product = productWithId(dose.productId());
                if (product == null) {
                    continue; // archived since it became part of the usual: nothing to plan
                }
                DoseLine line = new DoseLine();
                line.productProperty().set(product);
                line.unitsProperty().set(trim(dose.units()));
                line.timeProperty().set(TimeInput.format(dose.time()));
                plan.add(line);
            }
        }, onFailure);
    }

    private record Routine(List<PlannedDose> doses, List<Product> products) {
    }

    public boolean save(Runnable onSaved, Consumer<Throwable> onFailure) {
        List<FieldError> found = new ArrayList<>();
        List<PlannedDose> doses = new ArrayList<>();
        // The plan as the guidance rules read it, with the products as chosen.
        List<org.carnet.guidance.DayIntake.TimedSupplement> timed = new ArrayList<>();
        for (DoseLine line : plan) {
            var units = NumberInput.positiveDecimal("protocolPlan", line.unitsProperty().get(),
                    ProtocolValidator.UNITS_MAX, 2);
            var time = TimeInput.parse("protocolPlan", line.timeProperty().get());
            units.error().ifPresent(found::add);
            time.error().ifPresent(found::add);
            if (line.productProperty().get() == null) {
                found.add(FieldError.of("protocolPlan", "validation.chooseProduct"));
            }
            if (units.value().isEmpty() && units.ok()) {
                found.add(FieldError.of("protocolPlan", "validation.required"));
            }
            if (found.isEmpty()) {
                doses.add(new PlannedDose(line.productProperty().get().id(), units.orNull(), time.orNull()));
                timed.add(new org.carnet.guidance.DayIntake.TimedSupplement(time.orNull(),
                        line.productProperty().get(), units.orNull()));
            }
        }
        Question question = null;
        if (questionSymptom.get() != null) {
            Double value = null;
            if (exposure.get() != Exposure.PROTOCOL) {
                var parsed = NumberInput.decimal("protocolQuestion", threshold.get(), 0,
                        ProtocolValidator.MAGNESIUM_THRESHOLD_MAX_MG, 2);
                parsed.error().ifPresent(found::add);
                value = parsed.orNull();
            }
            question = new Question(questionSymptom.get(), exposure.get(),
                    questionProduct.get() == null ? null : questionProduct.get().id(), value, lag.get());
        }
        OnOffPlan onOff = onOffPlan(question);
        LocalDate endDay = onOff != null && start.get() != null ? onOff.lastDay(start.get()) : end.get();
        Protocol protocol = new Protocol(editing.get() == null ? null : editing.get().id(), name.get(), start.get(),
                endDay, doses, question, onOff);
        if (found.isEmpty()) {
            found.addAll(ProtocolValidator.validate(protocol, tracking.today()));
        }
        errors.clear();
        savedAdvice.clear();
        found.forEach(e -> errors.putIfAbsent(e.field(), e));
        if (!found.isEmpty()) {
            return false;
        }
        // What a new protocol plans, as the rules read it: the same note as on its first days, said at once.
        java.util.Optional<org.carnet.guidance.Finding> advice = editing.get() != null ? java.util.Optional.empty()
                : org.carnet.guidance.AdviceRules.MagnesiumStart.forNewProtocol(protocol.name(), protocol.start(),
                        timed);
        List<Object> saving = state();
        runner.run(() -> tracking.save(protocol), saved -> {
            advice.ifPresent(savedAdvice::add);
            editing.set(saved);
            keptState = saving;
            changes.publish(DataKind.PROTOCOLS);
            load(onFailure);
            onSaved.run();
        }, onFailure);
        return true;
    }

    /** The stored schedule when it still fits the choice, else a fresh draw (8 weeks of blocks); null for none. */
    private OnOffPlan onOffPlan(Question question) {
        Integer blockDays = onOffBlockDays.get();
        if (blockDays == null) {
            return null;
        }
        OnOffPlan stored = editing.get() == null ? null : editing.get().onOff();
        if (stored != null && stored.blockDays() == blockDays) {
            return stored;
        }
        return OnOffPlan.draw(random, blockDays, ONOFF_WEEKS * 7 / blockDays / 2);
    }

    /** The length of an on/off plan: the sources' 4–8 week window. */
    static final int ONOFF_WEEKS = 8;

    public void delete(Protocol protocol, Consumer<Throwable> onFailure) {
        runner.run(() -> {
            tracking.delete(protocol.id());
            return null;
        }, done -> {
            if (editing.get() != null && protocol.id().equals(editing.get().id())) {
                newProtocol();
            }
            changes.publish(DataKind.PROTOCOLS);
            load(onFailure);
        }, onFailure);
    }

    static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

}
