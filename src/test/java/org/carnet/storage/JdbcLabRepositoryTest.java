package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results are stored in the canonical unit and come back in the one typed. */
class JdbcLabRepositoryTest {
    @TempDir
    Path dataDir;

    @Test
    void aResultTypedInMgPerDlIsStoredInMmolAndShownAsTyped() throws Exception {
        try (Database database = Database.open(dataDir)) {
            JdbcLabRepository repository = new JdbcLabRepository(database);
            LabResult typed = new LabResult(null, LabTest.SERUM_MAGNESIUM, LocalDate.of(2026, 3, 3), 1.9,
                    LabUnit.MG_DL, 1.7, 2.2);
            LabResult saved = repository.save(typed);
            assertThat(repository.findAll()).containsExactly(saved);
            try (Connection c = database.connection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT canonical_value, unit FROM lab_result")) {
                rs.next();
                assertThat(rs.getDouble(1)).isEqualTo(0.7816);
                assertThat(rs.getString(2)).isEqualTo("MG_DL");
            }
            repository.delete(saved.id());
            assertThat(repository.findAll()).isEmpty();
        }
    }
}
