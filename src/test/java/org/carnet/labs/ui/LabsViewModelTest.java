package org.carnet.labs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.carnet.labs.LabRepository;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabService;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabUnit;
import org.carnet.labs.LabValidator;
import org.carnet.ui.DataChanges;
import org.carnet.ui.DataKind;
import org.carnet.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Results form: typed values, the unit choice per test, the validator's refusals, edit and delete. */
class LabsViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    /** Keeps results as given, like the real repository reads them back in the unit typed. */
    private static final class Memory implements LabRepository {
        final List<LabResult> saved = new ArrayList<>();
        private long next = 1;

        @Override
        public LabResult save(LabResult result) {
            LabResult stored = result.id() == null ? result.withId(next++) : result;
            saved.removeIf(r -> r.id().equals(stored.id()));
            saved.add(stored);
            return stored;
        }

        @Override
        public void delete(long id) {
            saved.removeIf(r -> r.id() == id);
        }

        @Override
        public List<LabResult> findAll() {
            return saved.stream().sorted(Comparator.comparing(LabResult::takenOn).reversed()).toList();
        }
    }

    private final Memory repository = new Memory();
    private final DataChanges changes = new DataChanges();
    private final AtomicInteger labSignals = new AtomicInteger();
    private final List<Throwable> failures = new ArrayList<>();
    private LabsViewModel model;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));
        model = new LabsViewModel(new LabService(repository, clock), TaskRunner.sameThread(), changes);
        changes.subscribe(labSignals::incrementAndGet, DataKind.LABS);
        model.load(failures::add);
    }

    private void fill(LabTest test, String value, LabUnit unit, String low, String high) {
        model.testProperty().set(test);
        model.unitProperty().set(unit);
        model.valueProperty().set(value);
        model.rangeLowProperty().set(low);
        model.rangeHighProperty().set(high);
    }

    @Test
    void theUnitChoiceFollowsTheTestCanonicalUnitFirst() {
        model.testProperty().set(LabTest.VITAMIN_D_25OH);
        assertThat(model.units()).containsExactly(LabUnit.NMOL_L, LabUnit.NG_ML);
        assertThat(model.unitProperty().get()).isEqualTo(LabUnit.NMOL_L);
        model.unitProperty().set(LabUnit.NG_ML);
        model.testProperty().set(LabTest.CALCIUM);
        assertThat(model.units()).containsExactly(LabUnit.MMOL_L, LabUnit.MG_DL);
        assertThat(model.unitProperty().get()).isEqualTo(LabUnit.MMOL_L);
    }

    @Test
    void aResultIsSavedAsTypedListedAndSignalled() {
        fill(LabTest.VITAMIN_D_25OH, "18,5", LabUnit.NG_ML, "30", "");

        assertThat(model.save(failures::add)).isTrue();

        assertThat(failures).isEmpty();
        assertThat(model.results()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(18.5);
            assertThat(r.unit()).isEqualTo(LabUnit.NG_ML);
            assertThat(r.rangeLow()).isEqualTo(30.0);
            assertThat(r.rangeHigh()).isNull();
            assertThat(r.takenOn()).isEqualTo(TODAY);
            assertThat(r.belowRange()).isTrue();
        });
        assertThat(labSignals).hasValue(1);
        assertThat(model.valueProperty().get()).isEmpty();
    }

    @Test
    void theValidatorsRefusalsShowByFieldAndNothingIsSaved() {
        fill(LabTest.POTASSIUM, "-1", LabUnit.MMOL_L, "5", "3.5");
        assertThat(model.save(failures::add)).isFalse();
        assertThat(model.errors().get("value").code()).isEqualTo(LabValidator.NEGATIVE);
        assertThat(model.errors().get("rangeLow").code()).isEqualTo(LabValidator.RANGE_ORDER);

        fill(LabTest.POTASSIUM, "42000", LabUnit.MMOL_L, "", "");
        assertThat(model.save(failures::add)).isFalse();
        assertThat(model.errors()).containsOnlyKeys("value");
        assertThat(model.errors().get("value").code()).isEqualTo(LabValidator.IMPLAUSIBLE);

        fill(null, "4", null, "", "");
        model.takenOnProperty().set(TODAY.plusDays(1));
        assertThat(model.save(failures::add)).isFalse();
        assertThat(model.errors()).containsKeys("test", "takenOn", "unit");

        fill(LabTest.POTASSIUM, "four", LabUnit.MMOL_L, "", "");
        assertThat(model.save(failures::add)).isFalse();
        assertThat(model.errors()).containsKey("value");

        assertThat(repository.saved).isEmpty();
        assertThat(labSignals).hasValue(0);
    }

    @Test
    void editingChangesTheResultInItsPlaceAndDeletingRemovesIt() {
        fill(LabTest.SERUM_MAGNESIUM, "1.9", LabUnit.MG_DL, "1.7", "2.2");
        model.save(failures::add);
        LabResult first = model.results().get(0);

        model.edit(first);
        assertThat(model.valueProperty().get()).isEqualTo("1.9");
        assertThat(model.unitProperty().get()).isEqualTo(LabUnit.MG_DL);
        model.valueProperty().set("1.6");
        model.save(failures::add);

        assertThat(model.results()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(first.id());
            assertThat(r.value()).isEqualTo(1.6);
            assertThat(r.belowRange()).isTrue();
        });
        assertThat(model.editingProperty().get()).isNull();

        model.delete(model.results().get(0), failures::add);
        assertThat(model.results()).isEmpty();
        assertThat(repository.saved).isEmpty();
        assertThat(labSignals).hasValue(3);
        assertThat(failures).isEmpty();
    }
}
