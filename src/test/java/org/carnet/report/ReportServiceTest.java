package org.carnet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.carnet.core.FieldError;
import org.carnet.core.ValidationException;
import org.carnet.guidance.GuidanceEngine;
import org.carnet.guidance.GuidanceService;
import org.carnet.intake.FoodCatalog;
import org.carnet.intake.FoodTable;
import org.carnet.intake.IntakeService;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.CheckIn;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.profile.Profile;
import org.carnet.profile.ProfileService;
import org.carnet.report.ReportData.RedFlagDay;
import org.carnet.report.ReportData.TestToDiscuss;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcIntakeRepository;
import org.carnet.storage.JdbcJournalRepository;
import org.carnet.storage.JdbcProfileRepository;
import org.carnet.storage.JdbcProtocolRepository;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.TrackingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The summary's period and loading, on a real H2 journal with the real migrations. */
class ReportServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    /** A one-food table: the report never looks foods up, and Ciqual takes a while to load. */
    private static final String FOODS = "code,name_fr,name_en,group,subgroup,group_en,magnesium_mg,calcium_mg,"
            + "vitamin_d_ug,vitamin_d2_ug,vitamin_d3_ug,vitamin_k1_ug,vitamin_k2_ug,potassium_mg\n"
            + "15000,\"Amande, avec peau\",Almond,g,s,g,270,260,<0.25,,,<0.8,,800\n";

    @TempDir
    Path dir;
    private Database database;
    private JdbcJournalRepository journal;
    private IntakeService intake;
    private TrackingService tracking;
    private ProfileService profiles;
    private ReportService service;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        journal = new JdbcJournalRepository(database);
        JdbcProfileRepository profileRepository = new JdbcProfileRepository(database);
        intake = new IntakeService(new JdbcIntakeRepository(database),
                new FoodCatalog(FoodTable.read(new StringReader(FOODS))), CLOCK);
        tracking = new TrackingService(new JdbcProtocolRepository(database), journal, intake, CLOCK);
        GuidanceService guidance = new GuidanceService(intake, journal, profileRepository,
                GuidanceEngine.standard());
        profiles = new ProfileService(profileRepository, CLOCK);
        service = new ReportService(intake, journal, tracking, guidance, profiles, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void fatigue(LocalDate day, int value, RedFlag... flags) {
        journal.saveCheckIn(new CheckIn(day, null, null, null, null, null, null, value, null, null, null,
                flags.length == 0 ? Set.of() : Set.of(flags), null));
    }

    private Product magnesium() {
        return intake.saveProduct(new Product(null, "Mg citrate", MagnesiumForm.CITRATE, 150.0, null, null, null,
                null));
    }

    private static void assertRefused(Runnable build, String code, Object... args) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of(ReportService.FIELD, code, args)));
    }

    // Period validation

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        fatigue(TODAY.minusDays(3), 2);

        assertRefused(() -> service.build(TODAY, TODAY.minusDays(1)), "validation.periodOrder");
    }

    @ParameterizedTest(name = "{0} days: {1}")
    @CsvSource({
        "367, validation.periodTooLong",
        "366, ok",
        "1, ok",
    })
    void aPeriodCoversAtMost366Days(int days, String outcome) {
        fatigue(TODAY, 2);
        LocalDate from = TODAY.minusDays(days - 1L);

        if (outcome.equals("ok")) {
            assertThat(service.build(from, TODAY).header().from()).isEqualTo(from);
        } else {
            assertRefused(() -> service.build(from, TODAY), outcome, 366);
        }
    }

    @Test
    void aPeriodWithNothingLoggedIsRefused() {
        fatigue(TODAY.minusDays(20), 2);
        intake.logSupplement(new SupplementIntake(null, TODAY.minusDays(20).atTime(20, 0), magnesium().id(), 1));

        assertRefused(() -> service.build(TODAY.minusDays(10), TODAY), "validation.periodEmpty");
    }

    @Test
    void aPeriodWithOnlyASupplementLoggedIsNotEmpty() {
        intake.logSupplement(new SupplementIntake(null, TODAY.minusDays(2).atTime(20, 0), magnesium().id(), 1));

        ReportData data = service.build(TODAY.minusDays(6), TODAY);

        assertThat(data.symptoms()).isEmpty();
        assertThat(data.supplements()).singleElement().satisfies(line -> {
            assertThat(line.product()).isEqualTo("Mg citrate");
            assertThat(line.daysTaken()).isEqualTo(1);
            assertThat(line.daysInPeriod()).isEqualTo(7);
        });
        assertThat(data.toDiscuss()).containsExactly(TestToDiscuss.RED_CELL_MAGNESIUM,
                TestToDiscuss.POTASSIUM_AND_CALCIUM);
    }

    // Default period

    @Test
    void withoutAProtocolTheDefaultPeriodIsTheLast8Weeks() {
        assertThat(service.defaultPeriod()).containsExactly(LocalDate.of(2026, 1, 14), TODAY);
    }

    @Test
    void withAProtocolTheDefaultPeriodStartsWithItsBaseline() {
        tracking.save(new Protocol(null, "Evening magnesium", LocalDate.of(2026, 2, 20), null, List.of()));

        assertThat(service.defaultPeriod()).containsExactly(LocalDate.of(2026, 2, 6), TODAY);
    }

    @Test
    void anOldProtocolsDefaultPeriodIsCutTo366Days() {
        tracking.save(new Protocol(null, "Long ago", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1),
                List.of()));
        fatigue(TODAY, 1);

        LocalDate[] period = service.defaultPeriod();

        assertThat(period).containsExactly(TODAY.minusDays(365), TODAY);
        assertThat(service.build(period[0], period[1]).protocol()).isNull();
    }

    // Loading

    @Test
    void theSummaryReadsTheJournalTheProfileAndTheCurrentProtocol() {
        profiles.save(new Profile("Claire", 1970, Set.of()));
        Product mg = magnesium();
        LocalDate start = LocalDate.of(2026, 3, 1);
        tracking.save(new Protocol(null, "Evening magnesium", start, null,
                List.of(new PlannedDose(mg.id(), 1, LocalTime.of(20, 0)))));
        for (LocalDate day = start.minusDays(14); !day.isAfter(TODAY); day = day.plusDays(1)) {
            fatigue(day, 3);
        }
        fatigue(LocalDate.of(2026, 3, 4), 5, RedFlag.CHEST_PAIN);
        journal.saveEpisode(new Episode(null, LocalDate.of(2026, 3, 4).atTime(22, 0), EpisodeKind.PALPITATION, 5,
                null, Rhythm.IRREGULAR, null, Set.of()));
        for (LocalDate day = start; !day.isAfter(TODAY.minusDays(2)); day = day.plusDays(1)) {
            intake.logSupplement(new SupplementIntake(null, day.atTime(20, 0), mg.id(), 1));
        }

        ReportData data = service.build(start.minusDays(14), TODAY);

        assertThat(data.header()).isEqualTo(new ReportData.Header("Claire", 1970, start.minusDays(14), TODAY,
                TODAY));
        assertThat(data.redFlags()).containsExactly(new RedFlagDay(LocalDate.of(2026, 3, 4),
                Set.of(RedFlag.CHEST_PAIN), true));
        // day 10 of the plan; taken on 8 of the 10 days
        assertThat(data.protocol()).isEqualTo(new ReportData.ProtocolLine("Evening magnesium", start, 10, 80,
                false, false));
        assertThat(data.chart().protocolStart()).isEqualTo(start);
        assertThat(data.palpitations().episodes()).isEqualTo(1);
        assertThat(data.supplements()).singleElement().satisfies(line -> {
            assertThat(line.usualTime()).isEqualTo(LocalTime.of(20, 0));
            assertThat(line.daysTaken()).isEqualTo(8);
            assertThat(line.daysInPeriod()).isEqualTo(24);
        });
        assertThat(data.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("TRACKING_RED_FLAG"));
        assertThat(data.toDiscuss()).containsExactly(TestToDiscuss.RED_CELL_MAGNESIUM,
                TestToDiscuss.POTASSIUM_AND_CALCIUM, TestToDiscuss.ECG);
    }

    @Test
    void theProtocolsAnalysisFromTheDaysTheReportReadIsTheOneItMakesOfItsOwnReads() {
        Product mg = magnesium();
        LocalDate start = LocalDate.of(2026, 1, 20);
        tracking.save(new Protocol(null, "Evening magnesium", start, null,
                List.of(new PlannedDose(mg.id(), 1, LocalTime.of(20, 0)))));
        // From before the weeks the analysis compares the baseline with (start − 70 days) to today.
        for (LocalDate day = start.minusDays(90); !day.isAfter(TODAY); day = day.plusDays(1)) {
            fatigue(day, (int) (day.toEpochDay() % 7) + (day.isBefore(start) ? 3 : 1));
            if (!day.isBefore(start) && day.isBefore(TODAY) && day.toEpochDay() % 5 != 0) {
                intake.logSupplement(new SupplementIntake(null, day.atTime(20, 0), mg.id(), 1));
            }
        }
        Protocol protocol = tracking.current().orElseThrow();
        TrackingService.TrackingData own = tracking.analyse(protocol, TODAY);

        // Read wider than the analysis needs, as the report does when its findings look back further.
        java.util.NavigableMap<LocalDate, org.carnet.journal.DayEntry> days = new java.util.TreeMap<>(
                journal.findDays(start.minusDays(200), TODAY));
        java.util.NavigableMap<LocalDate, org.carnet.intake.DayIntakeDetails> intakes = new java.util.TreeMap<>(
                intake.days(start.minusDays(200), TODAY));
        TrackingService.TrackingData fromRead = tracking.analyse(protocol, TODAY, days, intakes);

        assertThat(fromRead.report()).isEqualTo(own.report());
        assertThat(fromRead.journal()).isEqualTo(own.journal());
        assertThat(fromRead.supplementalMagnesiumMg()).isEqualTo(own.supplementalMagnesiumMg());
        assertThat(List.of(fromRead.from(), fromRead.to())).isEqualTo(List.of(own.from(), own.to()));
        assertThat(own.journal().keySet().iterator().next()).isEqualTo(TrackingService.journalFrom(protocol));
        // The report's line of it, from a period whose findings look back less far than the analysis.
        ReportData data = service.build(TODAY.minusDays(13), TODAY);
        assertThat(data.protocol().dayNumber()).isEqualTo(own.report().dayNumber());
    }

    @Test
    void theProtocolIsReadAtThePeriodsEnd() {
        LocalDate start = LocalDate.of(2026, 2, 1);
        tracking.save(new Protocol(null, "Evening magnesium", start, null, List.of()));
        fatigue(LocalDate.of(2026, 2, 10), 2);

        ReportData data = service.build(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 14));

        assertThat(data.protocol().dayNumber()).isEqualTo(14);
    }

    @Test
    void aPeriodEndingAfterTodayIsRefusedRatherThanCountingDaysToCome() {
        tracking.save(new Protocol(null, "Evening magnesium", LocalDate.of(2026, 3, 1), null, List.of()));
        fatigue(TODAY, 2);

        assertRefused(() -> service.build(LocalDate.of(2026, 3, 1), TODAY.plusDays(5)), "validation.periodFuture",
                TODAY.toString());
        assertThat(service.build(LocalDate.of(2026, 3, 1), TODAY).chart().days()).hasSize(10);
    }

    @Test
    void aProtocolOutsideThePeriodIsLeftOut() {
        tracking.save(new Protocol(null, "Evening magnesium", LocalDate.of(2026, 3, 1), null, List.of()));
        fatigue(LocalDate.of(2026, 2, 10), 2);

        ReportData data = service.build(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));

        assertThat(data.protocol()).isNull();
        assertThat(data.chart().protocolStart()).isNull();
    }
}
