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
import org.carnet.core.NumberInput;
import org.carnet.core.TimeInput;
import org.carnet.intake.Product;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.ProtocolValidator;
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
    private final ObservableMap<String, FieldError> errors = FXCollections.observableHashMap();

    public ProtocolsViewModel(TrackingService tracking, TaskRunner runner, JournalChanges changes) {
        this.tracking = tracking;
        this.runner = runner;
        this.changes = changes;
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

    public Optional<Protocol> current() {
        return tracking.current(protocols);
    }

    public void load(Consumer<Throwable> onFailure) {
        runner.run(() -> new Lists(tracking.protocols(), tracking.products()), lists -> {
            protocols.setAll(lists.protocols());
            products.setAll(lists.products());
            if (editing.get() == null && start.get() == null) {
                newProtocol();
            }
        }, onFailure);
    }

    private record Lists(List<Protocol> protocols, List<Product> products) {
    }

    /** An empty form starting today. */
    public void newProtocol() {
        editing.set(null);
        name.set("");
        start.set(tracking.today());
        end.set(null);
        plan.clear();
        errors.clear();
    }

    public void edit(Protocol protocol) {
        editing.set(protocol);
        name.set(protocol.name());
        start.set(protocol.start());
        end.set(protocol.end());
        plan.clear();
        for (PlannedDose dose : protocol.plan()) {
            DoseLine line = new DoseLine();
            line.productProperty().set(products.stream().filter(p -> p.id() == dose.productId()).findFirst()
                    .orElse(null));
            line.unitsProperty().set(trim(dose.units()));
            line.timeProperty().set(TimeInput.format(dose.time()));
            plan.add(line);
        }
        errors.clear();
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
        runner.run(tracking::planFromRoutine, doses -> {
            plan.clear();
            for (PlannedDose dose : doses) {
                DoseLine line = new DoseLine();
                line.productProperty().set(products.stream().filter(p -> p.id() == dose.productId()).findFirst()
                        .orElse(null));
                line.unitsProperty().set(trim(dose.units()));
                line.timeProperty().set(TimeInput.format(dose.time()));
                plan.add(line);
            }
        }, onFailure);
    }

    public boolean save(Runnable onSaved, Consumer<Throwable> onFailure) {
        List<FieldError> found = new ArrayList<>();
        List<PlannedDose> doses = new ArrayList<>();
        for (DoseLine line : plan) {
            var units = NumberInput.decimal("protocolPlan", line.unitsProperty().get(), 0, ProtocolValidator.UNITS_MAX, 2);
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
            }
        }
        Protocol protocol = new Protocol(editing.get() == null ? null : editing.get().id(), name.get(), start.get(),
                end.get(), doses);
        if (found.isEmpty()) {
            found.addAll(ProtocolValidator.validate(protocol, tracking.today()));
        }
        errors.clear();
        found.forEach(e -> errors.putIfAbsent(e.field(), e));
        if (!found.isEmpty()) {
            return false;
        }
        runner.run(() -> tracking.save(protocol), saved -> {
            editing.set(saved);
            changes.changed();
            load(onFailure);
            onSaved.run();
        }, onFailure);
        return true;
    }

    public void delete(Protocol protocol, Consumer<Throwable> onFailure) {
        runner.run(() -> {
            tracking.delete(protocol.id());
            return null;
        }, done -> {
            if (editing.get() != null && protocol.id().equals(editing.get().id())) {
                newProtocol();
            }
            changes.changed();
            load(onFailure);
        }, onFailure);
    }

    static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

}
