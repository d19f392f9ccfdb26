package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carnet.exchange.Backup;
import org.carnet.exchange.BackupJson;
import org.carnet.exchange.ImportMode;
import org.carnet.exchange.ImportResult;
import org.carnet.intake.Product;
import org.carnet.intake.VitaminDForm;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A product's vitamin D form (migration V9, backup version 6): stored as chosen; rows stored before the column, and
 * files older than version 6, read it from the name as Carnet always did.
 */
class VitaminDFormStorageTest {
    @TempDir
    Path dir;

    private static Map<String, VitaminDForm> forms(List<Product> products) {
        return products.stream().collect(Collectors.toMap(Product::name,
                p -> p.vitaminDForm() == null ? VitaminDForm.UNKNOWN : p.vitaminDForm()));
    }

    /** The version of the last script before the one that adds the form (its number may change on a merge). */
    private static String beforeTheForm() {
        List<Migrations.Script> scripts = Migrations.bundledScripts(VitaminDFormStorageTest.class.getClassLoader());
        java.util.function.ToIntFunction<Migrations.Script> number = m -> Integer.parseInt(m.version());
        int form = scripts.stream().filter(m -> m.description().equals("vitamin d form")).mapToInt(number)
                .findFirst().orElseThrow();
        return String.valueOf(scripts.stream().mapToInt(number).filter(v -> v < form).max().orElseThrow());
    }

    @Test
    void productsStoredBeforeTheFormHaveTheOneTheirNameStates() throws Exception {
        Path folder = dir.resolve("old");
        // A journal as it was before V9, with its products.
        JdbcConnectionPool pool = JdbcConnectionPool.create(Database.dataSource(folder, null, false));
        try {
            org.flywaydb.core.Flyway.configure().dataSource(pool).locations("classpath:" + Migrations.LOCATION)
                    .target(beforeTheForm()).load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO product (name, vitamin_d_ug) VALUES ('Vitamine D3 1000 UI', 25), "
                        + "('Ergocalciférol 400 UI', 10), ('Vitamin D drops', 10), ('D2 or D3', 10)");
                s.executeUpdate("INSERT INTO product (name, magnesium_form, magnesium_mg) VALUES "
                        + "('Magnesium D3 free', 'CITRATE', 100)");
            }
        } finally {
            pool.dispose();
        }

        try (Database database = Database.open(folder)) {
            JdbcIntakeRepository repository = new JdbcIntakeRepository(database);
            List<Product> products = repository.products(true);
            assertThat(forms(products)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "Vitamine D3 1000 UI", VitaminDForm.D3, "Ergocalciférol 400 UI", VitaminDForm.D2,
                    "Vitamin D drops", VitaminDForm.UNKNOWN, "D2 or D3", VitaminDForm.UNKNOWN,
                    "Magnesium D3 free", VitaminDForm.UNKNOWN));
            // No vitamin D, no form at all.
            assertThat(products).filteredOn(p -> p.name().startsWith("Magnesium")).singleElement()
                    .satisfies(p -> assertThat(p.vitaminDForm()).isNull());
            // The export says the form, as read.
            assertThat(new JdbcBackupRepository(database).readAll().products()).extracting(Backup.ProductRow::vitaminDForm)
                    .containsExactly("D3", "D2", "UNKNOWN", "UNKNOWN", null);
        }
    }

    @Test
    void aChosenFormIsKeptWhateverTheNameSaysAndSurvivesABackup() {
        try (Database database = Database.open(dir.resolve("db"))) {
            JdbcIntakeRepository repository = new JdbcIntakeRepository(database);
            Product d2 = repository.saveProduct(new Product(null, "Vitamin D 1000 IU", null, null, 25.0, null, null,
                    null, VitaminDForm.D2));
            Product unknown = repository.saveProduct(new Product(null, "Vitamine D2 ?", null, null, 10.0, null, null,
                    null, VitaminDForm.UNKNOWN));
            Product d3 = repository.saveProduct(new Product(null, "Vitamine D", null, null, 10.0, null, null, null,
                    VitaminDForm.D2));
            repository.changeProduct(new Product(d3.id(), "Vitamine D2 en fait", null, null, 10.0, null, null, null,
                    VitaminDForm.D3), null);
            assertThat(forms(repository.products(false))).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "Vitamin D 1000 IU", VitaminDForm.D2, "Vitamine D2 ?", VitaminDForm.UNKNOWN,
                    "Vitamine D2 en fait", VitaminDForm.D3));
            assertThat(List.of(d2.vitaminDForm(), unknown.vitaminDForm())).containsExactly(VitaminDForm.D2,
                    VitaminDForm.UNKNOWN);

            String exported = new BackupJson(new JdbcBackupRepository(database)).export();
            assertThat(exported).contains("\"vitaminDForm\": \"D2\"", "\"vitaminDForm\": \"UNKNOWN\"",
                    "\"vitaminDForm\": \"D3\"");
            try (Database other = Database.open(dir.resolve("other"))) {
                BackupJson json = new BackupJson(new JdbcBackupRepository(other));
                assertThat(json.importText(exported, ImportMode.REPLACE).problems()).isEmpty();
                assertThat(forms(new JdbcIntakeRepository(other).products(false)))
                        .isEqualTo(forms(repository.products(false)));
                assertThat(json.export()).isEqualTo(exported);
            }
        }
    }

    @Test
    void aFileOlderThanVersionSixReadsTheFormFromTheName() {
        String v5;
        try (Database sample = Database.open(dir.resolve("sample"))) {
            new JdbcBackupRepository(sample).write(BackupSamples.small(), ImportMode.REPLACE);
            v5 = new BackupJson(new JdbcBackupRepository(sample)).export()
                    .replaceAll(",\\s*\"vitaminDForm\": [^,\\n}]+", "")
                    .replace(BackupJsonTest.CURRENT, "\"version\": 5,");
        }
        assertThat(v5).doesNotContain("vitaminDForm").contains("\"D3 1000 IU\"");
        try (Database database = Database.open(dir.resolve("db"))) {
            ImportResult result = new BackupJson(new JdbcBackupRepository(database)).importText(v5,
                    ImportMode.REPLACE);
            assertThat(result.problems()).isEmpty();
            assertThat(new JdbcIntakeRepository(database).products(true)).filteredOn(p -> p.name().equals("D3 1000 IU"))
                    .singleElement().satisfies(p -> assertThat(p.vitaminDForm()).isEqualTo(VitaminDForm.D3));
        }
    }

    @Test
    void anUnknownFormInAFileIsRefusedAndNothingIsWritten() {
        String bad;
        try (Database sample = Database.open(dir.resolve("sample"))) {
            new JdbcBackupRepository(sample).write(BackupSamples.small(), ImportMode.REPLACE);
            bad = new BackupJson(new JdbcBackupRepository(sample)).export()
                    .replace("\"vitaminDForm\": \"D3\"", "\"vitaminDForm\": \"D4\"");
        }
        assertThat(bad).contains("\"D4\"");
        try (Database database = Database.open(dir.resolve("db"))) {
            ImportResult result = new BackupJson(new JdbcBackupRepository(database)).importText(bad,
                    ImportMode.REPLACE);
            assertThat(result.problems()).isNotEmpty();
            assertThat(result.problems().get(0).toString()).contains("products[1].vitaminDForm");
            assertThat(new JdbcIntakeRepository(database).products(true)).isEmpty();
        }
    }
}
