package org.carnet.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.carnet.app.Services;
import org.carnet.core.NotInFuture;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intake forms' times as a person meets them when the page stays open: a default that follows the clock, a
 * later time refused as the episode dialog refuses it, and the finding an intake raises kept for the page to show.
 */
class IntakeTimesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** A clock the test moves on, as the day goes on while the page stays open. */
    private static final class MovingClock extends Clock {
        private Instant now = TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC);

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dataDir;
    private final MovingClock clock = new MovingClock();
    private Services services;
    private IntakeViewModel model;
    private Product magnesium;

    @BeforeEach
    void open() {
        services = Services.open(dataDir, clock);
        magnesium = services.intake().saveProduct(new Product(null, "Magnesium citrate 150", MagnesiumForm.CITRATE,
                150.0, null, null, null, null));
        model = new IntakeViewModel(services.intake(), services.guidance(), TaskRunner.sameThread(),
                new JournalChanges());
        model.load(TODAY, e -> { throw new AssertionError(e); });
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anUntouchedDefaultTimeFollowsTheClockWhileATypedOneStays() {
        assertThat(model.supplementTimeProperty().get()).isEqualTo("08:00");
        model.foodTimeProperty().set("07:30");
        clock.advance(Duration.ofHours(3));

        assertThat(model.addSupplement(() -> { }, e -> { throw new AssertionError(e); })).isTrue();

        assertThat(services.intake().day(TODAY).supplements()).singleElement()
                .satisfies(s -> assertThat(s.intake().takenAt()).isEqualTo(TODAY.atTime(11, 0)));
        assertThat(model.supplementTimeProperty().get()).isEqualTo("11:00");
        assertThat(model.medicationTimeProperty().get()).isEqualTo("11:00");
        assertThat(model.foodTimeProperty().get()).as("typed by the person").isEqualTo("07:30");
        clock.advance(Duration.ofMinutes(20));
        model.reload(e -> { throw new AssertionError(e); });
        assertThat(model.medicationTimeProperty().get()).isEqualTo("11:20");
    }

    @Test
    void aTimeLaterThanNowIsRefusedInWordsAsInTheEpisodeDialogAndNothingIsStored() {
        model.supplementTimeProperty().set("21:00");
        assertThat(model.errors().get(IntakeViewModel.SUPPLEMENT_TIME).code()).isEqualTo(NotInFuture.CODE);

        assertThat(model.addSupplement(() -> { }, e -> { throw new AssertionError(e); })).isFalse();

        assertThat(model.errors().get(IntakeViewModel.SUPPLEMENT_TIME).code()).isEqualTo(NotInFuture.CODE);
        assertThat(services.intake().day(TODAY).supplements()).isEmpty();
        model.supplementTimeProperty().set("08:01");
        assertThat(model.errors()).as("the minute now is fine").doesNotContainKey(IntakeViewModel.SUPPLEMENT_TIME);
    }

    @Test
    void theSameTimeOnAPastDayIsFine() {
        model.load(TODAY.minusDays(1), e -> { throw new AssertionError(e); });
        model.supplementTimeProperty().set("21:00");
        assertThat(model.errors()).doesNotContainKey(IntakeViewModel.SUPPLEMENT_TIME);
    }

    @Test
    void theServiceRefusesAnIntakeLaterThanNowWhateverTheCaller() {
        Medication levothyroxine = services.intake().saveMedication(new Medication(null, "Levothyrox 75",
                MedicationClass.LEVOTHYROXINE));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> services.intake().logMedication(
                new MedicationIntake(null, TODAY.atTime(9, 0), levothyroxine.id())))
                .isInstanceOf(org.carnet.core.ValidationException.class);
        assertThat(services.intake().day(TODAY).medications()).isEmpty();
    }

    @Test
    void theFindingAnIntakeRaisesIsKeptForThePageAndClosed() {
        Medication levothyroxine = services.intake().saveMedication(new Medication(null, "Levothyrox 75",
                MedicationClass.LEVOTHYROXINE));
        services.intake().logMedication(new MedicationIntake(null, TODAY.atTime(7, 0), levothyroxine.id()));
        model.reload(e -> { throw new AssertionError(e); });
        assertThat(model.newFindings()).isEmpty();

        model.supplementTimeProperty().set("08:00");
        model.productProperty().set(model.products().stream().filter(p -> p.id().equals(magnesium.id()))
                .findFirst().orElseThrow());
        assertThat(model.addSupplement(() -> { }, e -> { throw new AssertionError(e); })).isTrue();

        assertThat(model.newFindings()).extracting(f -> f.ruleId()).contains("MG_SPACING");
        model.closeNewFindings();
        assertThat(model.newFindings()).isEmpty();
    }
}
