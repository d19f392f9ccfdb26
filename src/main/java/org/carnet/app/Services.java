package org.carnet.app;

import java.nio.file.Path;
import java.time.Clock;
import org.carnet.core.Lazy;
import org.carnet.guidance.GuidanceEngine;
import org.carnet.guidance.GuidanceService;
import org.carnet.intake.FoodCatalog;
import org.carnet.intake.IntakeService;
import org.carnet.journal.JournalService;
import org.carnet.journal.OwnSymptomService;
import org.carnet.labs.LabService;
import org.carnet.storage.JdbcLabRepository;
import org.carnet.profile.ProfileService;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcIntakeRepository;
import org.carnet.storage.JdbcJournalRepository;
import org.carnet.storage.JdbcOwnSymptomRepository;
import org.carnet.storage.JdbcProfileRepository;
import org.carnet.storage.JdbcProtocolRepository;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.csv.CsvExport;
import org.carnet.report.ReportService;
import org.carnet.storage.Backups;
import org.carnet.storage.JdbcBackupRepository;
import org.carnet.reminders.ReminderService;
import org.carnet.tracking.TrackingService;

/** The composition root: everything the app needs, built once from a data folder and handed down. */
public final class Services implements AutoCloseable {
    private final Path dataDir;
    private final Database database;
    private final JournalService journal;
    private final OwnSymptomService ownSymptoms;
    private final LabService labs;
    private final IntakeService intake;
    private final ProfileService profiles;
    private final GuidanceService guidance;
    private final TrackingService tracking;
    private final Lazy<ReportService> report;
    private final Clock clock;
    private final Lazy<BackupJson> backupJson;
    private final Lazy<CsvExport> csvExport;
    private final ReminderService reminders;

    private Services(Path dataDir, Database database, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        JdbcJournalRepository journalRepository = new JdbcJournalRepository(database);
        JdbcProfileRepository profileRepository = new JdbcProfileRepository(database);
        JdbcOwnSymptomRepository ownSymptomRepository = new JdbcOwnSymptomRepository(database);
        this.ownSymptoms = new OwnSymptomService(ownSymptomRepository);
        this.journal = new JournalService(journalRepository, ownSymptomRepository, clock);
        this.journal.onCheckInSaved(day -> {
            org.carnet.reminders.ReminderState state = org.carnet.reminders.ReminderState.load(dataDir);
            state.checkInSaved(day);
            state.save();
        });
        this.intake = new IntakeService(new JdbcIntakeRepository(database), FoodCatalog.ciqual(), clock);
        this.profiles = new ProfileService(profileRepository, clock);
        this.tracking = new TrackingService(new JdbcProtocolRepository(database), journalRepository, intake, clock);
        this.tracking.setOwnSymptoms(ownSymptomRepository::ownSymptoms);
        this.guidance = new GuidanceService(intake, journalRepository, profileRepository, GuidanceEngine.standard(),
                tracking::plannedProtocols);
        // Made on first use: a command needs one of them at most, and the window none before the first click.
        JdbcLabRepository labRepository = new JdbcLabRepository(database);
        this.labs = new LabService(labRepository, clock);
        this.report = new Lazy<>(() -> {
            ReportService service = new ReportService(intake, journalRepository, tracking, guidance, profiles, clock,
                    labRepository);
            service.setOwnSymptoms(ownSymptomRepository::ownSymptoms);
            return service;
        });
        this.reminders = new ReminderService(journal, intake, tracking);
        this.clock = clock;
        this.backupJson = new Lazy<>(() -> new BackupJson(new JdbcBackupRepository(database)));
        this.csvExport = new Lazy<>(() -> new CsvExport(journalRepository, intake, true, labRepository)
                .withOwnSymptoms(ownSymptomRepository::ownSymptoms));
    }

    /** Opens (and creates or upgrades) the journal in {@code dataDir}. Slow: call it off the FX thread. */
    public static Services open(Path dataDir, Clock clock) {
        return open(dataDir, clock, null);
    }

    /**
     * Opens the journal with its password (null when it has none; a new journal opened with a password is created
     * encrypted). Slow, and slower with a password (the key is stretched on purpose): call it off the FX thread.
     */
    public static Services open(Path dataDir, Clock clock, char[] password) {
        return opened(dataDir, clock, Database.open(dataDir, password));
    }

    /**
     * Opens the journal for a command that only reads it: read-only when its schema is current
     * ({@link Database#openToRead}); created or upgraded as by {@link #open} otherwise.
     */
    public static Services openToRead(Path dataDir, Clock clock, char[] password) {
        return opened(dataDir, clock, Database.openToRead(dataDir, password));
    }

    private static Services opened(Path dataDir, Clock clock, Database database) {
        try {
            return new Services(dataDir, database, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** True when the journal is protected by a password. */
    public boolean encrypted() {
        return database.encrypted();
    }

    /**
     * True when the journal holds any record (a day, an episode, a product, a profile…): then it is not a first run,
     * whatever the settings say (a journal made by {@code import} from the command line has no settings yet). Reads
     * the database: off the FX thread.
     */
    public boolean holdsRecords() {
        return org.carnet.storage.JournalContents.holdsRecords(database);
    }

    /** The automatic backups and safety copies, newest first. */
    public java.util.List<Backups.Backup> backups() {
        return Backups.list(dataDir);
    }

    public JournalService journal() {
        return journal;
    }

    /** The person's own symptoms (defined in "My symptoms"). */
    public OwnSymptomService ownSymptoms() {
        return ownSymptoms;
    }

    /** The laboratory results. */
    public LabService labs() {
        return labs;
    }

    public IntakeService intake() {
        return intake;
    }

    public ProfileService profiles() {
        return profiles;
    }

    public GuidanceService guidance() {
        return guidance;
    }

    public TrackingService tracking() {
        return tracking;
    }

    public ReportService report() {
        return report.get();
    }

    /** The JSON backup of the whole journal: export, and import in merge or replace mode. */
    public BackupJson backupJson() {
        return backupJson.get();
    }

    /** What is due now of the reminders asked for, and the late doses the intake page shows. */
    public ReminderService reminders() {
        return reminders;
    }

    public CsvExport csvExport() {
        return csvExport.get();
    }

    /** The automatic backup of the day, if there is none yet; a failure is logged, never fatal. */
    public void backupAtStart() {
        try {
            Backups.atStart(database, clock);
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(Services.class.getName())
                    .log(java.util.logging.Level.WARNING, "Automatic backup failed", e);
        }
    }

    /**
     * Imports the JSON backup {@code file}. A replace first backs the journal up, only once the file has been read and
     * found valid and the journal read whole ({@link JdbcBackupRepository#checkReadable}: a damaged journal is said so
     * at once), and tells {@code safetyBackup} where; when the replace then fails all the same (a full disk, a
     * damaged journal: the journal is unchanged), that backup is deleted again, so failures never push the good
     * backups out of the {@value Backups#KEEP} kept.
     */
    public org.carnet.exchange.ImportResult importBackup(Path file, org.carnet.exchange.ImportMode mode,
                                                         java.util.function.Consumer<Path> safetyBackup) {
        Path[] safety = new Path[1];
        org.carnet.exchange.ImportResult result = backupJson().importFrom(file, mode, () -> {
            if (mode == org.carnet.exchange.ImportMode.REPLACE) {
                new JdbcBackupRepository(database).checkReadable(JdbcBackupRepository.READ_CHECK_MILLIS);
                safety[0] = backupNow();
            }
        });
        if (safety[0] != null && !result.ok()) {
            Backups.discard(safety[0]);
        } else if (safety[0] != null) {
            safetyBackup.accept(safety[0]);
        }
        return result;
    }

    /** A backup now, before something that replaces data. */
    public java.nio.file.Path backupNow() {
        return Backups.create(database, clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
