package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.carnet.demo.DemoJournal;
import org.carnet.demo.DemoJournal.Summary;
import org.carnet.guidance.Finding;
import org.carnet.guidance.MagnesiumSpacingRule;
import org.carnet.guidance.Severity;
import org.carnet.intake.FoodCatalog;
import org.carnet.intake.FoodTable;
import org.carnet.intake.IntakeService;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Product;
import org.carnet.journal.CheckIn;
import org.carnet.journal.JournalService;
import org.carnet.journal.Rhythm;
import org.carnet.profile.Profile;
import org.carnet.profile.ProfileService;
import org.carnet.report.PdfPages;
import org.carnet.report.ReportData;
import org.carnet.report.pdf.SummaryPdf;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcIntakeRepository;
import org.carnet.storage.JdbcJournalRepository;
import org.carnet.storage.JdbcProfileRepository;
import org.carnet.storage.JdbcProtocolRepository;
import org.carnet.tracking.Direction;
import org.carnet.tracking.Symptom;
import org.carnet.tracking.SymptomSummary;
import org.carnet.tracking.TrackingReport;
import org.carnet.tracking.TrackingService;
import org.carnet.tracking.Window;
import org.carnet.ui.Language;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample journal of the first run, made on real H2 journals with the real Ciqual table. */
class DemoJournalTest {
    /** 10:00 in Paris on Tuesday 10 March 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final LocalDate START = TODAY.minusDays(DemoJournal.TODAY_PROTOCOL_DAY - 1L);
    /** Where the demo summary is rendered, to be looked at. */
    private static final Path OUT = Path.of("target", "demo");

    @TempDir
    static Path shared;
    private static Services demo;
    private static Summary summary;

    @TempDir
    Path dir;

    @BeforeAll
    static void fillOneDemo() {
        demo = Services.open(shared.resolve("demo"), CLOCK);
        summary = fill(demo);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    private static Summary fill(Services services) {
        return DemoJournal.fill(services.journal(), services.intake(), services.tracking(), services.profiles(),
                services.labs(),
                CLOCK);
    }

    @Test
    void sevenWeeksOfDaysUpToYesterdayWithTodayLeftForTheNewcomer() {
        assertThat(demo.journal().listDays()).hasSizeBetween(45, 50).hasSize(summary.days());
        assertThat(summary.firstDay()).isEqualTo(START.minusDays(14));
        assertThat(summary.lastDay()).isEqualTo(TODAY.minusDays(1));
        assertThat(demo.journal().hasCheckIn(TODAY)).isFalse();
        assertThat(demo.journal().recentRedFlags()).isEmpty();
        assertThat(demo.journal().listDays()).allSatisfy(day -> assertThat(day.redFlags()).isEmpty());
        // Roughly 7 cramps at night in the baseline fortnight, fewer since, and two palpitations.
        assertThat(summary.episodes()).isBetween(12, 40);
        // Every day: a medication and 8 to 12 foods; from the start, 3 supplements most days.
        assertThat(summary.medicationIntakes()).isEqualTo(summary.days());
        assertThat(summary.foodIntakes()).isBetween(8 * summary.days(), 12 * summary.days());
        assertThat(summary.supplementIntakes()).isBetween(80, 3 * 34);
        assertThat(demo.profiles().load().name()).isEqualTo(DemoJournal.PROFILE_NAME);
        assertThat(demo.intake().routine()).hasSize(4);
    }

    @Test
    void trackingShowsTheBaselineAndAnImprovementAfterTheStart() {
        TrackingReport report = demo.tracking().analyseCurrent().orElseThrow().report();

        assertThat(report.protocol().id()).isEqualTo(summary.protocolId());
        assertThat(report.protocol().start()).isEqualTo(START);
        assertThat(report.dayNumber()).isEqualTo(35);
        assertThat(report.window()).isEqualTo(Window.WEEKS_4_8);
        assertThat(report.baseline().enough()).isTrue();
        assertThat(report.baseline().loggedDays()).isBetween(12, 14);
        assertThat(report.adherence().percent()).isBetween(80.0, 95.0);
        assertThat(report.adherence().low()).isFalse();
        // The change word follows the effect estimate against its range: the cramps and sleep the story is about are
        // clearly better; the others improve too, but a noisy 5 weeks may leave them "no clear change", never worse.
        for (Symptom symptom : List.of(Symptom.CRAMP_EPISODES, Symptom.CRAMP_SEVERITY, Symptom.SLEEP_QUALITY)) {
            assertThat(report.summary(symptom).direction()).as(symptom.name()).isEqualTo(Direction.BETTER);
        }
        for (Symptom symptom : List.of(Symptom.CRAMP_EPISODES, Symptom.CRAMP_SEVERITY, Symptom.SLEEP_QUALITY,
                Symptom.FATIGUE, Symptom.TWITCHING, Symptom.IRRITABILITY)) {
            SymptomSummary line = report.summary(symptom);
            assertThat(line.direction()).as(symptom.name()).isIn(Direction.BETTER, Direction.NO_CLEAR_CHANGE);
            double moved = line.last7().mean() - line.baseline().mean();
            assertThat(symptom.higherIsBetter() ? moved : -moved).as(symptom.name() + ": the last 7 days are better")
                    .isPositive();
            assertThat(line.weeks1to3().hasValue()).as(symptom.name()).isTrue();
        }
        // Better, not gone: cramps still happen now and then.
        assertThat(report.summary(Symptom.CRAMP_EPISODES).baseline().mean()).isBetween(0.5, 1.2);
        assertThat(report.summary(Symptom.CRAMP_EPISODES).weeks1to3().mean())
                .isLessThan(report.summary(Symptom.CRAMP_EPISODES).baseline().mean());
        // Reassuring: no warning sign, nothing persisting, nothing "not enough data".
        assertThat(report.hasRedFlags()).isFalse();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void guidanceFindsTheDayTheMagnesiumCameThreeHoursAfterTheLevothyroxine() {
        List<Finding> all = demo.guidance().forPeriod(summary.firstDay(), TODAY);
        // The advice of the sources (INFO) comes after it: the demo's food is short of magnesium most weeks.
        List<Finding> findings = all.stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertThat(all.subList(0, findings.size())).isEqualTo(findings);
        assertThat(all).extracting(Finding::ruleId).contains(org.carnet.guidance.FoodSourcesRules.Magnesium.ID);

        assertThat(findings).extracting(Finding::ruleId).containsExactly(MagnesiumSpacingRule.ID);
        Finding spacing = findings.get(0);
        assertThat(spacing.severity()).isEqualTo(Severity.CAUTION);
        assertThat(spacing.day()).isEqualTo(START.plusDays(19));
        assertThat(spacing.args()).startsWith(DemoJournal.LEVOTHYROXINE, DemoJournal.MAGNESIUM);
        // Within the last four weeks, so the intake page shows it too.
        assertThat(spacing.day()).isAfter(TODAY.minusDays(28));
    }

    @Test
    void aPeriodFindsWhatEachOfItsDaysFindsOnItsOwn() {
        // The period is read with one query and sub-maps; each day alone with its own queries: the same findings.
        List<Finding> byDay = new java.util.ArrayList<>();
        for (LocalDate day = summary.firstDay(); !day.isAfter(TODAY); day = day.plusDays(1)) {
            byDay.addAll(demo.guidance().forDay(day));
        }
        byDay.sort(org.carnet.guidance.GuidanceEngine.ORDER);

        List<Finding> period = demo.guidance().forPeriod(summary.firstDay(), TODAY);

        assertThat(period).hasSizeGreaterThan(10).containsExactlyInAnyOrderElementsOf(byDay);
        assertThat(period).extracting(Finding::ruleId).containsExactlyElementsOf(byDay.stream()
                .map(Finding::ruleId).toList());
    }

    @Test
    void theSummaryForTheDoctorFitsOnOnePageInBothLanguages() throws IOException {
        LocalDate[] period = demo.report().defaultPeriod();
        assertThat(period).containsExactly(summary.firstDay(), TODAY);
        ReportData data = demo.report().build(period[0], period[1]);

        assertThat(data.redFlags()).isEmpty();
        assertThat(data.protocol().persisting()).isFalse();
        assertThat(data.protocol().seeDoctor()).isFalse();
        assertThat(data.palpitations().episodes()).isEqualTo(2);
        assertThat(data.palpitations().count(Rhythm.REGULAR)).isEqualTo(2);
        assertThat(data.supplements()).extracting(ReportData.SupplementLine::product)
                .containsExactlyInAnyOrder(DemoJournal.MAGNESIUM, DemoJournal.VITAMIN_D3, DemoJournal.VITAMIN_K2);
        assertThat(data.medications()).extracting(ReportData.MedicationLine::name)
                .containsExactly(DemoJournal.LEVOTHYROXINE);
        assertThat(data.findings()).extracting(Finding::ruleId).contains(MagnesiumSpacingRule.ID);
        // The results block: the latest of each test, one of them below the laboratory's range.
        assertThat(data.results()).extracting(org.carnet.labs.LabResult::test).containsExactly(
                org.carnet.labs.LabTest.SERUM_MAGNESIUM, org.carnet.labs.LabTest.POTASSIUM,
                org.carnet.labs.LabTest.VITAMIN_D_25OH);
        assertThat(data.results()).filteredOn(org.carnet.labs.LabResult::belowRange).singleElement()
                .satisfies(r -> assertThat(r.test()).isEqualTo(org.carnet.labs.LabTest.VITAMIN_D_25OH));

        Files.createDirectories(OUT);
        for (Language language : Language.values()) {
            byte[] pdf = SummaryPdf.write(data, new Messages(language));
            String name = "demo-summary-" + language.locale().getLanguage();
            Files.write(OUT.resolve(name + ".pdf"), pdf); // kept to look at, even when it spills over
            assertThat(PdfPages.pageCount(pdf)).as(language.name()).isEqualTo(1);
            // The results are on that page, the one below its range said so.
            String text;
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            }
            assertThat(text).as(language.name()).contains("18 ng/mL").containsAnyOf(language == Language.FRENCH
                    ? new String[] {"sous cet intervalle", "sous l’intervalle"} : new String[] {"below the lab"});
            BufferedImage page = PdfPages.render(pdf, 100).get(0);
            ImageIO.write(page, "png", OUT.resolve(name + ".png").toFile());
        }
    }

    @Test
    void theDemoHoldsLabResultsOverMonthsWithOneBelowItsRangeAndNoSignForAProfessional() {
        List<org.carnet.labs.LabResult> results = demo.labs().all();
        assertThat(results).hasSize(5);
        assertThat(results).extracting(org.carnet.labs.LabResult::takenOn).allMatch(d -> d.isBefore(TODAY))
                .contains(START.minusDays(121), START.minusDays(31), START.plusDays(27));
        assertThat(results).filteredOn(org.carnet.labs.LabResult::belowRange).hasSize(1);
        assertThat(results).noneMatch(org.carnet.labs.LabResult::aboveRange);
        assertThat(org.carnet.guidance.RecurringLowResultsRule.evaluate(results, TODAY)).isEmpty();
    }

    @Test
    void inFrenchTheProductsMedicationAndProtocolHaveFrenchNamesAndTheSameDays() {
        try (Services french = Services.open(dir.resolve("fr"), CLOCK)) {
            Summary made = DemoJournal.fill(french.journal(), french.intake(), french.tracking(), french.profiles(),
                    french.labs(),
                    CLOCK, DemoJournal.Names.FRENCH);
            assertThat(made).isEqualTo(summary);
            assertThat(french.intake().products()).extracting(org.carnet.intake.Product::name)
                    .containsExactlyInAnyOrder("Magnésium bisglycinate 150 mg", "Vitamine D3 25 µg",
                            "Vitamine K2 MK-7 75 µg");
            assertThat(french.intake().medications()).extracting(org.carnet.intake.Medication::name)
                    .containsExactly("Lévothyroxine 75 µg");
            assertThat(french.tracking().protocols()).extracting(org.carnet.tracking.Protocol::name)
                    .containsExactly("Magnésium + D3 + K2");
        }
    }

    @Test
    void twoDemosMadeTheSameDayAreIdentical() throws IOException {
        try (Services again = Services.open(dir.resolve("again"), CLOCK)) {
            assertThat(fill(again)).isEqualTo(summary);
            demo.backupJson().exportTo(dir.resolve("first.json"));
            again.backupJson().exportTo(dir.resolve("second.json"));
        }
        String first = Files.readString(dir.resolve("first.json"));
        assertThat(first).contains("\"checkIns\"", DemoJournal.MAGNESIUM);
        assertThat(Files.readString(dir.resolve("second.json"))).isEqualTo(first);
    }

    @Test
    void aJournalWithADayIsRefusedAndNothingIsAdded() throws IOException {
        try (Services services = Services.open(dir.resolve("real"), CLOCK)) {
            services.journal().save(new CheckIn(TODAY.minusDays(3), 1, 4, true, 3, 7.0, 0, 5, 2, 3, null,
                    Set.of(), "my own day"));
            String before = services.backupJson().export();

            assertThatThrownBy(() -> fill(services)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("empty").hasMessageContaining("days");

            assertThat(services.backupJson().export()).isEqualTo(before);
            assertThat(services.journal().listDays()).hasSize(1);
            assertThat(services.intake().products()).isEmpty();
            assertThat(services.tracking().protocols()).isEmpty();
            assertThat(services.profiles().load()).isEqualTo(Profile.empty());
        }
    }

    @Test
    void aJournalWithOnlyAProductIsRefusedToo() {
        try (Services services = Services.open(dir.resolve("products"), CLOCK)) {
            services.intake().saveProduct(new Product(null, "Mine", MagnesiumForm.CITRATE, 100.0, null, null, null,
                    null));

            assertThatThrownBy(() -> fill(services)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("products");

            assertThat(services.intake().products()).hasSize(1);
            assertThat(services.journal().listDays()).isEmpty();
            assertThat(services.profiles().load()).isEqualTo(Profile.empty());
        }
    }

    @Test
    void aFoodMissingFromTheTableStopsTheDemoBeforeAnythingIsWritten() {
        String table = "code,name_fr,name_en,group,subgroup,group_en,magnesium_mg,calcium_mg,"
                + "vitamin_d_ug,vitamin_d2_ug,vitamin_d3_ug,vitamin_k1_ug,vitamin_k2_ug,potassium_mg\n"
                + "15000,\"Amande, avec peau, sans sel ajouté\",\"Almond, with peel, no added salt\",g,s,g,270,260,"
                + "<0.25,,,<0.8,,800\n";
        try (Database database = Database.open(dir.resolve("small"))) {
            JdbcJournalRepository journalRepository = new JdbcJournalRepository(database);
            JdbcProfileRepository profileRepository = new JdbcProfileRepository(database);
            JournalService journal = new JournalService(journalRepository, CLOCK);
            IntakeService intake = new IntakeService(new JdbcIntakeRepository(database),
                    new FoodCatalog(FoodTable.read(new StringReader(table))), CLOCK);
            ProfileService profiles = new ProfileService(profileRepository, CLOCK);
            TrackingService tracking = new TrackingService(new JdbcProtocolRepository(database), journalRepository,
                    intake, CLOCK);

            assertThatThrownBy(() -> DemoJournal.fill(journal, intake, tracking, profiles,
                    new org.carnet.labs.LabService(new org.carnet.storage.JdbcLabRepository(database), CLOCK), CLOCK))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Pain complet ou intégral (à la farine T150)");

            assertThat(journal.listDays()).isEmpty();
            assertThat(intake.products()).isEmpty();
            assertThat(intake.medications()).isEmpty();
            assertThat(tracking.protocols()).isEmpty();
            assertThat(profiles.load()).isEqualTo(Profile.empty());
        }
    }
}
