package org.carnet.journal.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carnet.journal.DayEntry;
import org.carnet.journal.RedFlag;

/**
 * The red flags to show above everything: those stored for the last seven days, and those ticked right now in the
 * open check-in even before it is saved.
 */
public final class RedFlagAlerts {
    /** One day's red flags. */
    public record Alert(LocalDate day, Set<RedFlag> flags) {
    }

    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    private final ObservableList<Alert> readOnly = FXCollections.unmodifiableObservableList(alerts);
    private List<Alert> stored = List.of();
    private Alert pending;

    public ObservableList<Alert> alerts() {
        return readOnly;
    }

    public void setStored(List<DayEntry> days) {
        stored = days.stream().map(d -> new Alert(d.day(), d.redFlags())).toList();
        refresh();
    }

    /** The flags ticked in the form for {@code day}; they replace what is stored for that day until saved. */
    public void setPending(LocalDate day, Set<RedFlag> flags) {
        pending = day == null ? null : new Alert(day, Set.copyOf(flags));
        refresh();
    }

    private void refresh() {
        TreeMap<LocalDate, Set<RedFlag>> byDay = new TreeMap<>(Comparator.reverseOrder());
        stored.forEach(a -> byDay.put(a.day(), a.flags()));
        if (pending != null && !pending.flags().isEmpty()) {
            // Ticked in the form: shown at once. Unticking hides nothing until the day is saved and reloaded.
            EnumSet<RedFlag> union = EnumSet.copyOf(pending.flags());
            union.addAll(byDay.getOrDefault(pending.day(), Set.of()));
            byDay.put(pending.day(), union);
        }
        List<Alert> next = byDay.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new Alert(e.getKey(), Set.copyOf(e.getValue())))
                .toList();
        if (!next.equals(alerts)) {
            alerts.setAll(next);
        }
    }
}
