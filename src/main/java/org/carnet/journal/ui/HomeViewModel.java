package org.carnet.journal.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.carnet.journal.DayEntry;
import org.carnet.ui.DataKind;
import org.carnet.journal.JournalService;
import org.carnet.ui.TaskRunner;

/** Today's state at a glance: check-in done or not, the journal's size, and recent red flags. */
public final class HomeViewModel {
    /** What the home screen shows, loaded together. */
    public record Today(LocalDate day, DayEntry entry, int daysLogged, List<DayEntry> recentRedFlags) {
        public boolean checkInDone() {
            return entry.checkIn().isPresent();
        }
    }

    private final JournalService journal;
    private final TaskRunner runner;
    private final RedFlagAlerts alerts;
    private final ReadOnlyObjectWrapper<Today> today = new ReadOnlyObjectWrapper<>();

    public HomeViewModel(JournalService journal, TaskRunner runner, JournalChanges changes, RedFlagAlerts alerts,
                         Consumer<Throwable> onFailure) {
        this.journal = journal;
        this.runner = runner;
        this.alerts = alerts;
        changes.subscribe(() -> load(onFailure), DataKind.DAYS, DataKind.EPISODES);
    }

    public ReadOnlyObjectProperty<Today> todayProperty() {
        return today.getReadOnlyProperty();
    }

    public void load(Consumer<Throwable> onFailure) {
        runner.run(() -> {
            LocalDate day = journal.today();
            return new Today(day, journal.load(day), journal.countDays().days(), journal.recentRedFlags());
        }, loaded -> {
            alerts.setStored(loaded.recentRedFlags());
            today.set(loaded);
        }, onFailure);
    }
}
