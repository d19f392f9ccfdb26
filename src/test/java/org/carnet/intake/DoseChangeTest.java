package org.carnet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.carnet.exchange.Backup;
import org.carnet.exchange.ImportMode;
import org.carnet.storage.Database;
import org.carnet.storage.JdbcBackupRepository;
import org.carnet.storage.JdbcIntakeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A product's label changed: the intakes logged before keep the dose they were taken with, unless told otherwise. */
class DoseChangeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate EARLIER = TODAY.minusDays(10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(21, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    private Database database;
    private IntakeService service;
    private Product magnesium;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        service = new IntakeService(new JdbcIntakeRepository(database), FoodCatalog.ciqual(), CLOCK);
        magnesium = service.saveProduct(new Product(null, "Mg", MagnesiumForm.CITRATE, 100.0, null, null, null, null));
        service.logSupplement(new SupplementIntake(null, EARLIER.atTime(20, 0), magnesium.id(), 2));
        service.logSupplement(new SupplementIntake(null, TODAY.minusDays(2).atTime(20, 0), magnesium.id(), 2));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private double magnesiumOn(LocalDate day) {
        return service.day(day).totals().of(Nutrient.MAGNESIUM).fromSupplements();
    }

    private Product relabelled(double mg) {
        return new Product(magnesium.id(), "Mg forte", MagnesiumForm.CITRATE, mg, null, null, null, null);
    }

    @Test
    void aDoseChangedFromADateLeavesTheTotalsBeforeItAsTheyWere() {
        int changed = service.changeProduct(relabelled(300.0), TODAY.minusDays(5));

        assertThat(changed).isEqualTo(1);
        assertThat(magnesiumOn(EARLIER)).isEqualTo(200.0);
        assertThat(magnesiumOn(TODAY.minusDays(2))).isEqualTo(600.0);
        assertThat(service.day(EARLIER).supplements().get(0).product().name()).isEqualTo("Mg forte");
    }

    @Test
    void aDoseChangedForPastIntakesTooChangesEveryTotal() {
        int changed = service.changeProduct(relabelled(300.0), null);

        assertThat(changed).isEqualTo(2);
        assertThat(magnesiumOn(EARLIER)).isEqualTo(600.0);
        assertThat(magnesiumOn(TODAY.minusDays(2))).isEqualTo(600.0);
    }

    @Test
    void anIntakeLoggedAfterTheChangeTakesTheNewLabelAndAnEditedOldOneKeepsItsOwn() {
        service.changeProduct(relabelled(300.0), TODAY);
        service.logSupplement(new SupplementIntake(null, TODAY.atTime(8, 0), magnesium.id(), 1));
        SupplementIntake old = service.day(EARLIER).supplements().get(0).intake();

        service.logSupplement(new SupplementIntake(old.id(), EARLIER.atTime(21, 0), magnesium.id(), 1));

        assertThat(magnesiumOn(TODAY)).isEqualTo(300.0);
        assertThat(magnesiumOn(EARLIER)).isEqualTo(100.0);
    }

    @Test
    void onlyALabelChangeOnAProductWithIntakesAsksHowItApplies() {
        Product unused = service.saveProduct(new Product(null, "D3", null, null, 25.0, null, null, null));

        assertThat(service.doseChangeTouchesIntakes(relabelled(300.0))).isTrue();
        assertThat(service.doseChangeTouchesIntakes(new Product(magnesium.id(), "Renamed", MagnesiumForm.CITRATE,
                100.0, null, null, null, null))).isFalse();
        assertThat(service.doseChangeTouchesIntakes(new Product(unused.id(), "D3", null, null, 50.0, null, null,
                null))).isFalse();
    }

    @Test
    void aBackupKeepsTheDoseEachIntakeWasLoggedWithAndAnOlderFileTakesTheProducts() {
        service.changeProduct(relabelled(300.0), TODAY.minusDays(5));
        Backup written = new JdbcBackupRepository(database).readAll();
        assertThat(written.version()).isEqualTo(Backup.VERSION);

        new JdbcBackupRepository(database).write(written, ImportMode.REPLACE);
        assertThat(magnesiumOn(EARLIER)).isEqualTo(200.0);
        assertThat(magnesiumOn(TODAY.minusDays(2))).isEqualTo(600.0);

        List<Backup.SupplementIntakeRow> unlabelled = written.supplementIntakes().stream()
                .map(r -> new Backup.SupplementIntakeRow(r.id(), r.takenAt(), r.productId(), r.units(), r.label()))
                .toList();
        Backup older = new Backup(written.format(), 3, written.profile(), written.products(), written.medications(),
                written.customFoods(), written.checkIns(), written.episodes(), written.foodIntakes(), unlabelled,
                written.medicationIntakes(), written.routine(), written.favouriteFoods(), written.protocols());
        new JdbcBackupRepository(database).write(older, ImportMode.REPLACE);
        // A version 3 file knows nothing of labels per intake (its label fields are not read): the product's is used.
        assertThat(magnesiumOn(EARLIER)).isEqualTo(600.0);
    }
}
