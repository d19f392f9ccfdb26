package org.carnet.journal.ui;

import static org.carnet.journal.JournalLimits.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.carnet.core.FieldError;
import org.carnet.core.NumberInput;
import org.carnet.core.NumberInput.Parsed;
import org.carnet.core.TimeInput;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.JournalValidator;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;

/** The form of one cramp or palpitation: "log an episode now", or editing one already logged. */
public final class EpisodeViewModel {
    public static final String TIME = "time";
    public static final String DURATION = "durationMinutes";
    public static final String SEVERITY = "severity";

    /** The episode being edited, null for a new one; the form is reused from one episode to the next. */
    private Long id;
    private LocalDateTime now;

    // Properties
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<EpisodeKind> kind = new SimpleObjectProperty<>(EpisodeKind.CRAMP);
    private final StringProperty duration = new SimpleStringProperty("");
    private final StringProperty severity = new SimpleStringProperty("");
    private final ObjectProperty<Rhythm> rhythm = new SimpleObjectProperty<>();
    private final ObjectProperty<Trigger> trigger = new SimpleObjectProperty<>();
    private final Map<RedFlag, BooleanProperty> redFlags = new EnumMap<>(RedFlag.class);
    private final ObservableMap<String, FieldError> errors = FXCollections.observableHashMap();

    private EpisodeViewModel() {
        for (RedFlag flag : RedFlag.values()) {
            redFlags.put(flag, new SimpleBooleanProperty());
        }
        time.addListener((o, was, text) -> show(TIME, parseTime(text).error()));
        duration.addListener((o, was, text) -> show(DURATION, parseDuration(text).error()));
        severity.addListener((o, was, text) -> show(SEVERITY, parseSeverity(text).error()));
    }

    /** A new episode at the current time, on {@code day} if given (today otherwise). */
    public static EpisodeViewModel now(LocalDateTime now, EpisodeKind kind, LocalDate day) {
        EpisodeViewModel model = new EpisodeViewModel();
        model.startNew(now, kind, day);
        return model;
    }

    public static EpisodeViewModel edit(Episode episode, LocalDateTime now) {
        EpisodeViewModel model = new EpisodeViewModel();
        model.startEdit(episode, now);
        return model;
    }

    /** Empties the form for a new episode at the current time, on {@code day} if given (today otherwise). */
    public void startNew(LocalDateTime now, EpisodeKind kind, LocalDate day) {
        fill(null, now, day == null ? now.toLocalDate() : day, now.toLocalTime(), kind, null, null, null, null,
                EnumSet.noneOf(RedFlag.class));
    }

    /** Fills the form with {@code episode}, to edit it. */
    public void startEdit(Episode episode, LocalDateTime now) {
        fill(episode.id(), now, episode.day(), episode.occurredAt().toLocalTime(), episode.kind(),
                episode.durationMinutes(), episode.severity(), episode.rhythm(), episode.trigger(),
                episode.redFlags());
    }

    private void fill(Long id, LocalDateTime now, LocalDate day, LocalTime at, EpisodeKind kind, Integer minutes,
                      Integer severity, Rhythm rhythm, Trigger trigger, Set<RedFlag> flags) {
        this.id = id;
        this.now = now;
        this.date.set(day);
        this.time.set(TimeInput.format(at));
        this.kind.set(kind);
        this.duration.set(minutes == null ? "" : minutes.toString());
        this.severity.set(severity == null ? "" : severity.toString());
        this.rhythm.set(rhythm);
        this.trigger.set(trigger);
        this.redFlags.forEach((flag, property) -> property.set(flags.contains(flag)));
        // Errors of the last episode typed go with it.
        errors.clear();
        show(TIME, parseTime(time.get()).error());
        show(DURATION, parseDuration(duration.get()).error());
        show(SEVERITY, parseSeverity(this.severity.get()).error());
    }

    // Properties

    public boolean isNew() {
        return id == null;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<EpisodeKind> kindProperty() {
        return kind;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty severityProperty() {
        return severity;
    }

    public ObjectProperty<Rhythm> rhythmProperty() {
        return rhythm;
    }

    public ObjectProperty<Trigger> triggerProperty() {
        return trigger;
    }

    public BooleanProperty redFlag(RedFlag flag) {
        return redFlags.get(flag);
    }

    public ObservableMap<String, FieldError> errors() {
        return errors;
    }

    // Commands

    /** The episode if every field is valid; otherwise the errors are shown and nothing is returned. */
    public Optional<Episode> toEpisode() {
        List<FieldError> found = new ArrayList<>();
        Parsed<LocalTime> parsedTime = parseTime(time.get());
        Parsed<Integer> parsedDuration = parseDuration(duration.get());
        Parsed<Integer> parsedSeverity = parseSeverity(severity.get());
        parsedTime.error().ifPresent(found::add);
        parsedDuration.error().ifPresent(found::add);
        parsedSeverity.error().ifPresent(found::add);
        if (date.get() == null) {
            found.add(FieldError.of("date", JournalValidator.REQUIRED));
        }
        Episode episode = null;
        if (found.isEmpty()) {
            boolean palpitation = kind.get() == EpisodeKind.PALPITATION;
            Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
            redFlags.forEach((flag, property) -> {
                if (palpitation && property.get()) {
                    flags.add(flag);
                }
            });
            episode = new Episode(id, LocalDateTime.of(date.get(), parsedTime.orNull()), kind.get(),
                    parsedDuration.orNull(), parsedSeverity.orNull(),
                    palpitation ? rhythm.get() : null, palpitation ? trigger.get() : null, flags);
            for (FieldError error : JournalValidator.validate(episode, now)) {
                found.add("occurredAt".equals(error.field())
                        ? FieldError.of(TIME, error.code(), error.args().toArray()) : error);
            }
        }
        errors.clear();
        found.forEach(e -> errors.put(e.field(), e));
        return found.isEmpty() ? Optional.of(episode) : Optional.empty();
    }

    private void show(String field, Optional<FieldError> error) {
        if (error.isPresent()) {
            errors.put(field, error.get());
        } else {
            errors.remove(field);
        }
    }

    static Parsed<LocalTime> parseTime(String text) {
        return TimeInput.parse(TIME, text);
    }

    private static Parsed<Integer> parseDuration(String text) {
        return NumberInput.wholeNumber(DURATION, text, 0, EPISODE_DURATION_MAX_MINUTES);
    }

    private static Parsed<Integer> parseSeverity(String text) {
        return NumberInput.wholeNumber(SEVERITY, text, SCALE_MIN, SCALE_MAX);
    }
}
