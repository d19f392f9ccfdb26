package org.carnet.journal.ui;

import static org.carnet.journal.JournalLimits.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.carnet.core.TextLength;
import org.carnet.ui.DataKind;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;
import org.carnet.core.NumberInput.Parsed;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DayEntry;
import org.carnet.journal.Digestion;
import org.carnet.journal.Episode;
import org.carnet.journal.JournalService;
import org.carnet.journal.JournalValidator;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.carnet.journal.OwnSymptomService;
import org.carnet.journal.RedFlag;
import org.carnet.ui.TaskRunner;

/**
 * The check-in form of one day. Number fields are kept as the text typed, checked as it is typed, and turned into
 * a {@link CheckIn} only when every field is valid, so a typo never becomes a stored value.
 */
public final class CheckInViewModel {
    public static final String CRAMP_COUNT = "crampCount";
    public static final String CRAMP_SEVERITY = "crampWorstSeverity";
    public static final String SLEEP_HOURS = "sleepHours";
    public static final String PALPITATION_COUNT = "palpitationCount";
    public static final String FATIGUE = "fatigue";
    public static final String TWITCHING = "twitching";
    public static final String IRRITABILITY = "irritability";
    public static final String HEADACHE_SEVERITY = "headacheWorstSeverity";
    public static final String SENSITIVITY = "noiseLightSensitivity";
    public static final String WEIGHT = "weightKg";
    public static final String NOTES = "notes";

    private final JournalService journal;
    private final TaskRunner runner;
    private final JournalChanges changes;
    private final RedFlagAlerts alerts;
    private final OwnSymptomService ownService;

    // Properties
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final Map<String, StringProperty> numberFields = new LinkedHashMap<>();
    private final Map<String, Function<String, Parsed<?>>> parsers = new LinkedHashMap<>();
    private final Map<String, Predicate<String>> completeWhen = new LinkedHashMap<>();
    private final ObjectProperty<Boolean> crampsAtNight = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> headache = new SimpleObjectProperty<>();
    private final IntegerProperty sleepQuality = new SimpleIntegerProperty(0);
    private final ObjectProperty<Digestion> digestion = new SimpleObjectProperty<>();
    private final Map<RedFlag, BooleanProperty> redFlags = new EnumMap<>(RedFlag.class);
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableMap<String, FieldError> errors = FXCollections.observableHashMap();
    private final ObservableList<Episode> episodes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DayEntry> entry = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.LOADING);
    /** The person's own symptoms shown in the form: those in use, and a retired one with a value on the day. */
    private final ObservableList<OwnSymptom> ownSymptoms = FXCollections.observableArrayList();
    private final Map<Long, ObjectProperty<Boolean>> ownYesNo = new LinkedHashMap<>();
    private List<OwnSymptom> allOwnSymptoms = List.of();

    private FormState loadedState;

    /** What the form shows about its day. */
    public enum Status { LOADING, NEW, SAVED, UNSAVED, SAVING }

    public CheckInViewModel(JournalService journal, TaskRunner runner, JournalChanges changes, RedFlagAlerts alerts) {
        this(journal, null, runner, changes, alerts);
    }

    /** @param ownService the person's own symptoms, asked after the built-in ones (null: none) */
    public CheckInViewModel(JournalService journal, OwnSymptomService ownService, TaskRunner runner,
                            JournalChanges changes, RedFlagAlerts alerts) {
        this.journal = journal;
        this.ownService = ownService;
        this.runner = runner;
        this.changes = changes;
        this.alerts = alerts;
        wholeNumber(CRAMP_COUNT, 0, MAX_EPISODES_PER_DAY);
        wholeNumber(CRAMP_SEVERITY, SCALE_MIN, SCALE_MAX);
        // Hours may always go on (7 may become 7,5): the field waits for Tab, Enter or a letter for the next choice.
        number(SLEEP_HOURS, t -> NumberInput.decimal(SLEEP_HOURS, t, 0, SLEEP_HOURS_MAX, SLEEP_HOURS_DECIMALS),
                t -> false);
        wholeNumber(PALPITATION_COUNT, 0, MAX_EPISODES_PER_DAY);
        wholeNumber(FATIGUE, SCALE_MIN, SCALE_MAX);
        wholeNumber(TWITCHING, SCALE_MIN, SCALE_MAX);
        wholeNumber(IRRITABILITY, SCALE_MIN, SCALE_MAX);
        wholeNumber(HEADACHE_SEVERITY, SCALE_MIN, SCALE_MAX);
        wholeNumber(SENSITIVITY, SCALE_MIN, SCALE_MAX);
        // Like hours, a weight may always go on (72 may become 72,5): it is the last field before the notes.
        number(WEIGHT, t -> NumberInput.decimal(WEIGHT, t, WEIGHT_KG_MIN, WEIGHT_KG_MAX, WEIGHT_KG_DECIMALS),
                t -> false);
        for (RedFlag flag : RedFlag.values()) {
            BooleanProperty ticked = new SimpleBooleanProperty();
            ticked.addListener((o, was, now) -> alerts.setPending(day.get(), tickedRedFlags()));
            redFlags.put(flag, ticked);
        }
        notes.addListener((o, was, now) -> validateNotes());
        List<Observable> all = new ArrayList<>(numberFields.values());
        all.addAll(List.of(crampsAtNight, headache, sleepQuality, digestion, notes));
        all.addAll(redFlags.values());
        all.forEach(p -> p.addListener(o -> updateDirty()));
    }

    private void wholeNumber(String field, int min, int max) {
        number(field, t -> NumberInput.wholeNumber(field, t, min, max),
                t -> NumberInput.wholeNumberComplete(t, min, max));
    }

    private void ownNumber(OwnSymptom symptom) {
        String field = JournalValidator.ownField(symptom.id());
        wholeNumber(field, symptom.kind().min(), symptom.kind().max());
        numberFields.get(field).addListener(o -> updateDirty());
    }

    private void number(String field, Function<String, Parsed<?>> parser, Predicate<String> complete) {
        StringProperty text = new SimpleStringProperty("");
        text.addListener((o, was, now) -> showError(field, parser.apply(now).error()));
        numberFields.put(field, text);
        parsers.put(field, parser);
        completeWhen.put(field, complete);
    }

    // Properties

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public StringProperty text(String field) {
        return numberFields.get(field);
    }

    /** The whole number typed in {@code field}, or null when it is empty or not valid. */
    public Integer typedCount(String field) {
        return parsers.get(field).apply(text(field).get()).value().filter(Integer.class::isInstance)
                .map(Integer.class::cast).orElse(null);
    }

    /** True when {@code text} is a valid value for {@code field} (empty included: not recorded). */
    public boolean isValid(String field, String text) {
        return parsers.get(field).apply(text).ok();
    }

    /**
     * True when {@code text} is a value of {@code field} that no further key could change into another valid one
     * ("6" on a 0–10 scale, but not "1", which may become 10): the keyboard can move on by itself.
     */
    public boolean isComplete(String field, String text) {
        return completeWhen.get(field).test(text);
    }

    /** The person's own symptoms the form asks, in order; their fields follow the built-in ones. */
    public ObservableList<OwnSymptom> ownSymptoms() {
        return ownSymptoms;
    }

    /** The text of a 0–10 or count own symptom ({@link #ownField}). */
    public StringProperty ownText(OwnSymptom symptom) {
        return numberFields.get(ownField(symptom));
    }

    /** The yes/no of a yes/no own symptom: null when not recorded. */
    public ObjectProperty<Boolean> ownYesNo(OwnSymptom symptom) {
        return ownYesNo.get(symptom.id());
    }

    /** The field name of an own symptom, for its text and its error. */
    public static String ownField(OwnSymptom symptom) {
        return JournalValidator.ownField(symptom.id());
    }

    public ObjectProperty<Boolean> crampsAtNightProperty() {
        return crampsAtNight;
    }

    /** Headache or migraine that day: yes, no, or null when not recorded. */
    public ObjectProperty<Boolean> headacheProperty() {
        return headache;
    }

    /** 1–5, or 0 when not recorded. */
    public IntegerProperty sleepQualityProperty() {
        return sleepQuality;
    }

    public ObjectProperty<Digestion> digestionProperty() {
        return digestion;
    }

    public BooleanProperty redFlag(RedFlag flag) {
        return redFlags.get(flag);
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableMap<String, FieldError> errors() {
        return errors;
    }

    public ObservableList<Episode> episodes() {
        return episodes;
    }

    public ReadOnlyObjectProperty<DayEntry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public boolean hasStoredCheckIn() {
        return entry.get() != null && entry.get().checkIn().isPresent();
    }

    public LocalDate today() {
        return journal.today();
    }

    // Commands

    /** Loads {@code newDay} into the form, replacing what is shown (the caller has dealt with unsaved changes). */
    public void load(LocalDate newDay, Consumer<Throwable> onFailure) {
        busy.set(true);
        status.set(Status.LOADING);
        runner.run(() -> new Loaded(journal.load(newDay), ownService == null ? List.of() : ownService.all()),
                loaded -> {
            busy.set(false);
            allOwnSymptoms = loaded.ownSymptoms();
            show(loaded.entry());
        }, error -> {
            busy.set(false);
            onFailure.accept(error);
        });
    }

    private record Loaded(DayEntry entry, List<OwnSymptom> ownSymptoms) {
    }

    /**
     * Reads the person's own symptoms again (one was added, renamed or retired), keeping what was typed in the
     * fields of those still shown.
     */
    public void reloadOwnSymptoms(Consumer<Throwable> onFailure) {
        if (ownService == null || day.get() == null) {
            return;
        }
        runner.run(ownService::all, all -> {
            boolean wasDirty = dirty.get();
            allOwnSymptoms = all;
            showOwnSymptoms(true);
            if (!wasDirty) {
                loadedState = currentState();
            }
            updateDirty();
        }, onFailure);
    }

    /**
     * Rebuilds the own symptoms' fields: each shows what was typed ({@code keepTyped}, for a symptom of the same
     * kind already shown) or the stored value of the day.
     */
    private void showOwnSymptoms(boolean keepTyped) {
        CheckIn stored = entry.get() == null ? null : entry.get().checkIn().orElse(null);
        Map<Long, OwnSymptom> before = new LinkedHashMap<>();
        ownSymptoms.forEach(s -> before.put(s.id(), s));
        Map<Long, String> typedTexts = new LinkedHashMap<>();
        Map<Long, Boolean> typedYesNo = new LinkedHashMap<>();
        for (OwnSymptom shown : ownSymptoms) {
            if (shown.kind() == OwnSymptomKind.YES_NO) {
                typedYesNo.put(shown.id(), ownYesNo.get(shown.id()).get());
            } else {
                typedTexts.put(shown.id(), numberFields.get(ownField(shown)).get());
            }
            String field = ownField(shown);
            numberFields.remove(field);
            parsers.remove(field);
            completeWhen.remove(field);
            errors.remove(field);
        }
        ownYesNo.clear();
        List<OwnSymptom> shown = allOwnSymptoms.stream()
                .filter(s -> !s.retired() || (stored != null && stored.ownValue(s.id()) != null)).toList();
        for (OwnSymptom symptom : shown) {
            Integer value = stored == null ? null : stored.ownValue(symptom.id());
            boolean same = keepTyped && before.containsKey(symptom.id())
                    && before.get(symptom.id()).kind() == symptom.kind();
            if (symptom.kind() == OwnSymptomKind.YES_NO) {
                ObjectProperty<Boolean> yes = new SimpleObjectProperty<>(
                        same ? typedYesNo.get(symptom.id()) : value == null ? null : value == 1);
                yes.addListener(o -> updateDirty());
                ownYesNo.put(symptom.id(), yes);
            } else {
                ownNumber(symptom);
                numberFields.get(ownField(symptom)).set(same ? typedTexts.get(symptom.id()) : asText(value));
            }
        }
        ownSymptoms.setAll(shown);
    }

    /** Reloads the current day's episodes and stored state without touching unsaved field edits. */
    public void refreshEpisodes(Consumer<Throwable> onFailure) {
        LocalDate current = day.get();
        if (current == null) {
            return;
        }
        runner.run(() -> journal.load(current), loaded -> {
            if (loaded.day().equals(day.get())) {
                entry.set(loaded);
                episodes.setAll(loaded.episodes());
                updateDirty();
            }
        }, onFailure);
    }

    /**
     * Saves the form if every field is valid. Returns false, with the errors shown, if not; nothing is written.
     */
    public boolean save(Runnable onSaved, Consumer<Throwable> onFailure) {
        Optional<CheckIn> checkIn = toCheckIn();
        if (checkIn.isEmpty()) {
            return false;
        }
        busy.set(true);
        status.set(Status.SAVING);
        FormState saving = currentState();
        runner.run(() -> journal.save(checkIn.get()), saved -> {
            busy.set(false);
            entry.set(saved);
            episodes.setAll(saved.episodes());
            loadedState = saving;
            updateDirty();
            changes.publish(DataKind.DAYS, DataKind.EPISODES);
            onSaved.run();
        }, error -> {
            busy.set(false);
            updateDirty();
            onFailure.accept(error);
        });
        return true;
    }

    /** Deletes the whole day (check-in and episodes) and shows it empty. */
    public void deleteDay(Runnable onDeleted, Consumer<Throwable> onFailure) {
        LocalDate current = day.get();
        busy.set(true);
        runner.run(() -> {
            journal.deleteDay(current);
            return journal.load(current);
        }, emptied -> {
            busy.set(false);
            show(emptied);
            changes.publish(DataKind.DAYS, DataKind.EPISODES);
            onDeleted.run();
        }, error -> {
            busy.set(false);
            onFailure.accept(error);
        });
    }

    /** Every field parsed and the whole check-in validated; errors are shown and nothing returned if any fails. */
    public Optional<CheckIn> toCheckIn() {
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> found = new ArrayList<>();
        numberFields.forEach((field, text) -> {
            Parsed<?> parsed = parsers.get(field).apply(text.get());
            parsed.error().ifPresent(found::add);
            values.put(field, parsed.orNull());
        });
        CheckIn checkIn = new CheckIn(day.get(),
                (Integer) values.get(CRAMP_COUNT),
                (Integer) values.get(CRAMP_SEVERITY),
                crampsAtNight.get(),
                sleepQuality.get() == 0 ? null : sleepQuality.get(),
                (Double) values.get(SLEEP_HOURS),
                (Integer) values.get(PALPITATION_COUNT),
                (Integer) values.get(FATIGUE),
                (Integer) values.get(TWITCHING),
                (Integer) values.get(IRRITABILITY),
                digestion.get(),
                tickedRedFlags(),
                notes.get());
        Integer headacheSeverity = (Integer) values.get(HEADACHE_SEVERITY);
        // A severity above 0 typed without the yes/no says there was a headache.
        Boolean hadHeadache = headache.get() == null && headacheSeverity != null && headacheSeverity > 0
                ? Boolean.TRUE : headache.get();
        checkIn = checkIn.withSigns(hadHeadache, headacheSeverity, (Integer) values.get(SENSITIVITY),
                (Double) values.get(WEIGHT));
        Map<Long, Integer> own = new LinkedHashMap<>();
        for (OwnSymptom symptom : ownSymptoms) {
            if (symptom.kind() == OwnSymptomKind.YES_NO) {
                Boolean yes = ownYesNo.get(symptom.id()).get();
                own.put(symptom.id(), yes == null ? null : yes ? 1 : 0);
            } else {
                own.put(symptom.id(), (Integer) values.get(ownField(symptom)));
            }
        }
        checkIn = checkIn.withOwnValues(own);
        if (found.isEmpty()) {
            found.addAll(JournalValidator.validate(checkIn, journal.today()));
            found.addAll(JournalValidator.validateOwnValues(checkIn, ownSymptoms));
        }
        errors.clear();
        found.forEach(e -> errors.put(e.field(), e));
        return found.isEmpty() ? Optional.of(checkIn) : Optional.empty();
    }

    public Set<RedFlag> tickedRedFlags() {
        EnumSet<RedFlag> ticked = EnumSet.noneOf(RedFlag.class);
        redFlags.forEach((flag, property) -> {
            if (property.get()) {
                ticked.add(flag);
            }
        });
        return ticked;
    }

    private void show(DayEntry loaded) {
        day.set(loaded.day());
        entry.set(loaded);
        CheckIn checkIn = loaded.checkIn().orElse(CheckIn.empty(loaded.day()));
        text(CRAMP_COUNT).set(asText(checkIn.crampCount()));
        text(CRAMP_SEVERITY).set(asText(checkIn.crampWorstSeverity()));
        text(SLEEP_HOURS).set(asText(checkIn.sleepHours()));
        text(PALPITATION_COUNT).set(asText(checkIn.palpitationCount()));
        text(FATIGUE).set(asText(checkIn.fatigue()));
        text(TWITCHING).set(asText(checkIn.twitching()));
        text(IRRITABILITY).set(asText(checkIn.irritability()));
        text(HEADACHE_SEVERITY).set(asText(checkIn.headacheWorstSeverity()));
        text(SENSITIVITY).set(asText(checkIn.noiseLightSensitivity()));
        text(WEIGHT).set(asText(checkIn.weightKg()));
        crampsAtNight.set(checkIn.crampsAtNight());
        headache.set(checkIn.headache());
        sleepQuality.set(checkIn.sleepQuality() == null ? 0 : checkIn.sleepQuality());
        digestion.set(checkIn.digestion());
        redFlags.forEach((flag, property) -> property.set(checkIn.redFlags().contains(flag)));
        notes.set(checkIn.notes() == null ? "" : checkIn.notes());
        episodes.setAll(loaded.episodes());
        showOwnSymptoms(false);
        errors.clear();
        loadedState = currentState();
        alerts.setPending(loaded.day(), tickedRedFlags());
        updateDirty();
    }

    private void showError(String field, Optional<FieldError> error) {
        if (error.isPresent()) {
            errors.put(field, error.get());
        } else {
            errors.remove(field);
        }
    }

    private void validateNotes() {
        String text = notes.get();
        showError(NOTES, text != null && TextLength.tooLong(text.strip(), NOTES_MAX_LENGTH)
                ? Optional.of(FieldError.of(NOTES, JournalValidator.TOO_LONG, NOTES_MAX_LENGTH))
                : Optional.empty());
    }

    private void updateDirty() {
        boolean changed = loadedState != null && !loadedState.equals(currentState());
        dirty.set(changed);
        if (busy.get() && status.get() == Status.SAVING) {
            return;
        }
        if (loadedState == null) {
            status.set(Status.LOADING);
        } else if (changed) {
            status.set(Status.UNSAVED);
        } else {
            status.set(hasStoredCheckIn() ? Status.SAVED : Status.NEW);
        }
    }

    /** Everything the person can edit, as typed: equal states mean nothing to save. */
    private record FormState(Map<String, String> texts, Boolean atNight, Boolean headache, int sleepQuality,
                             Digestion digestion, Set<RedFlag> redFlags, String notes, Map<Long, Boolean> ownYesNo) {
    }

    private FormState currentState() {
        Map<String, String> texts = new LinkedHashMap<>();
        numberFields.forEach((field, text) -> texts.put(field, text.get() == null ? "" : text.get().strip()));
        Map<Long, Boolean> yesNo = new LinkedHashMap<>();
        ownYesNo.forEach((id, yes) -> yesNo.put(id, yes.get()));
        return new FormState(texts, crampsAtNight.get(), headache.get(), sleepQuality.get(), digestion.get(), tickedRedFlags(),
                notes.get() == null ? "" : notes.get().strip(), yesNo);
    }

    private static String asText(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String asText(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString();
    }
}
