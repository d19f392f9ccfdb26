package org.carnet.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.carnet.core.FieldError;
import org.carnet.core.ValidationException;

/** The journal's use cases. Synchronous and free of UI concerns; callers run it off the FX thread. */
public class JournalService {
    /** Red flags stay on the home screen this many days (SEE_PRO_RED_FLAGS: "promptly"). */
    public static final int RED_FLAG_REMINDER_DAYS = 7;

    private final JournalRepository repository;
    private final OwnSymptomRepository ownSymptoms;
    private final Clock clock;
    private java.util.function.Consumer<LocalDate> checkInSaved = day -> { };

    public JournalService(JournalRepository repository, Clock clock) {
        this(repository, null, clock);
    }

    /** @param ownSymptoms the person's own symptoms, against which a check-in's own values are checked */
    public JournalService(JournalRepository repository, OwnSymptomRepository ownSymptoms, Clock clock) {
        this.repository = repository;
        this.ownSymptoms = ownSymptoms;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public DayEntry load(LocalDate day) {
        return new DayEntry(day, repository.findCheckIn(day), repository.findEpisodes(day));
    }

    /** Validates then stores the whole check-in, or nothing. */
    public DayEntry save(CheckIn checkIn) {
        List<FieldError> errors = validate(checkIn);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        repository.saveCheckIn(checkIn);
        checkInSaved.accept(checkIn.day());
        return load(checkIn.day());
    }

    private List<FieldError> validate(CheckIn checkIn) {
        List<FieldError> errors = new java.util.ArrayList<>(JournalValidator.validate(checkIn, today()));
        if (!checkIn.ownValues().isEmpty()) {
            errors.addAll(JournalValidator.validateOwnValues(checkIn,
                    ownSymptoms == null ? List.of() : ownSymptoms.ownSymptoms()));
        }
        return errors;
    }

    /** Told the day of each check-in saved (the reminders note it beside the journal). */
    public void onCheckInSaved(java.util.function.Consumer<LocalDate> listener) {
        this.checkInSaved = listener;
    }

    public void deleteDay(LocalDate day) {
        repository.deleteDay(day);
    }

    public Episode logEpisode(Episode episode) {
        List<FieldError> errors = JournalValidator.validate(episode, now());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return repository.saveEpisode(episode);
    }

    public void deleteEpisode(long id) {
        repository.deleteEpisode(id);
    }

    public List<DaySummary> listDays() {
        return repository.listDays();
    }

    /** How many days the journal holds and the latest: one small query, for the status line and the home page. */
    public DayCount countDays() {
        return repository.countDays();
    }

    /** Days of the last week (today included) with a red flag, newest first. */
    public List<DayEntry> recentRedFlags() {
        LocalDate today = today();
        return repository.findDaysWithRedFlags(today.minusDays(RED_FLAG_REMINDER_DAYS - 1L), today);
    }

    /** At most this many missed days are offered for back-fill: older ones are left as not recorded. */
    public static final int BACKFILL_MAX_DAYS = 14;

    /**
     * The days since the last check-in, up to yesterday, that have none (the most recent {@link #BACKFILL_MAX_DAYS}),
     * oldest first. Empty for a journal without any check-in yet.
     */
    public List<LocalDate> missedDays() {
        LocalDate today = today();
        // One look-up, not the list of every day (read at opening, on a journal of years).
        java.util.Optional<LocalDate> last = repository.lastCheckInBefore(today);
        if (last.isEmpty()) {
            return List.of();
        }
        LocalDate from = last.get().plusDays(1);
        LocalDate earliest = today.minusDays(BACKFILL_MAX_DAYS);
        if (from.isBefore(earliest)) {
            from = earliest;
        }
        return from.datesUntil(today).filter(day -> repository.findCheckIn(day).isEmpty()).toList();
    }

    /** Validates every check-in first; stores them only if all are valid. */
    public void saveAll(List<CheckIn> checkIns) {
        List<FieldError> errors = new java.util.ArrayList<>();
        for (CheckIn checkIn : checkIns) {
            errors.addAll(validate(checkIn));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        for (CheckIn checkIn : checkIns) {
            repository.saveCheckIn(checkIn);
            checkInSaved.accept(checkIn.day());
        }
    }

    public boolean hasCheckIn(LocalDate day) {
        return repository.findCheckIn(day).isPresent();
    }
}
