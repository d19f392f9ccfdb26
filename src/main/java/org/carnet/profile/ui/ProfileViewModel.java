package org.carnet.profile.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.carnet.core.TextLength;
import org.carnet.ui.DataKind;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;
import org.carnet.guidance.Finding;
import org.carnet.guidance.GuidanceService;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.profile.Profile;
import org.carnet.profile.ProfileService;
import org.carnet.profile.RiskFactor;
import org.carnet.ui.TaskRunner;

/** The optional profile: name, year of birth, and the risk factors that change the advice. */
public final class ProfileViewModel {
    private final ProfileService profiles;
    private final GuidanceService guidance;
    private final TaskRunner runner;
    private final JournalChanges changes;

    // Properties
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty birthYear = new SimpleStringProperty("");
    private final Map<RiskFactor, BooleanProperty> factors = new EnumMap<>(RiskFactor.class);
    private final ObservableMap<String, FieldError> errors = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<Optional<Finding>> finding = new ReadOnlyObjectWrapper<>(Optional.empty());

    public ProfileViewModel(ProfileService profiles, GuidanceService guidance, TaskRunner runner,
                            JournalChanges changes) {
        this.profiles = profiles;
        this.guidance = guidance;
        this.runner = runner;
        this.changes = changes;
        for (RiskFactor factor : RiskFactor.values()) {
            factors.put(factor, new SimpleBooleanProperty());
        }
        birthYear.addListener((o, was, now) -> {
            var parsed = parseYear(now);
            if (parsed.error().isPresent()) {
                errors.put("birthYear", parsed.error().get());
            } else {
                errors.remove("birthYear");
            }
        });
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty birthYearProperty() {
        return birthYear;
    }

    public BooleanProperty factor(RiskFactor factor) {
        return factors.get(factor);
    }

    public ObservableMap<String, FieldError> errors() {
        return errors;
    }

    public ReadOnlyObjectProperty<Optional<Finding>> findingProperty() {
        return finding.getReadOnlyProperty();
    }

    public void load(Consumer<Throwable> onFailure) {
        load(() -> { }, onFailure);
    }

    /** Reads the data anew; {@code done} runs once it is in. */
    public void load(Runnable done, Consumer<Throwable> onFailure) {
        runner.run(profiles::load, profile -> {
            name.set(profile.name() == null ? "" : profile.name());
            birthYear.set(profile.birthYear() == null ? "" : profile.birthYear().toString());
            factors.forEach((factor, property) -> property.set(profile.has(factor)));
            finding.set(guidance.forProfile(profile));
            done.run();
        }, onFailure);
    }

    public boolean save(Runnable onSaved, Consumer<Throwable> onFailure) {
        var year = parseYear(birthYear.get());
        List<FieldError> found = new ArrayList<>();
        year.error().ifPresent(found::add);
        if (name.get() != null && TextLength.tooLong(name.get().strip(), ProfileService.NAME_MAX_LENGTH)) {
            found.add(FieldError.of("name", "validation.tooLong", ProfileService.NAME_MAX_LENGTH));
        }
        errors.clear();
        found.forEach(e -> errors.put(e.field(), e));
        if (!found.isEmpty()) {
            return false;
        }
        EnumSet<RiskFactor> ticked = EnumSet.noneOf(RiskFactor.class);
        factors.forEach((factor, property) -> {
            if (property.get()) {
                ticked.add(factor);
            }
        });
        Profile profile = new Profile(name.get(), year.orNull(), ticked);
        runner.run(() -> {
            profiles.save(profile);
            return guidance.forProfile(profile);
        }, result -> {
            finding.set(result);
            changes.publish(DataKind.PROFILE);
            onSaved.run();
        }, onFailure);
        return true;
    }

    private NumberInput.Parsed<Integer> parseYear(String text) {
        return NumberInput.year("birthYear", text, ProfileService.OLDEST_BIRTH_YEAR, profiles.thisYear());
    }
}
