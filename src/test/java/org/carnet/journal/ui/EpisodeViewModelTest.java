package org.carnet.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;
import org.junit.jupiter.api.Test;

/** One form serves one episode after another: nothing of the last one may leak into the next. */
class EpisodeViewModelTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 20, 15);
    private static final Episode LOGGED = new Episode(7L, LocalDate.of(2026, 3, 9).atTime(18, 45),
            EpisodeKind.PALPITATION, 5, 4, Rhythm.IRREGULAR, Trigger.CAFFEINE, Set.of(RedFlag.FAINTING));

    @Test
    void editingFillsEveryFieldAndKeepsTheEpisodesId() {
        EpisodeViewModel form = EpisodeViewModel.edit(LOGGED, NOW);

        assertThat(form.isNew()).isFalse();
        assertThat(form.timeProperty().get()).isEqualTo("18:45");
        assertThat(form.durationProperty().get()).isEqualTo("5");
        assertThat(form.severityProperty().get()).isEqualTo("4");
        assertThat(form.redFlag(RedFlag.FAINTING).get()).isTrue();
        assertThat(form.toEpisode()).contains(LOGGED);
    }

    @Test
    void aNewEpisodeAfterAnEditedOneStartsEmptyWithoutTheOldErrors() {
        EpisodeViewModel form = EpisodeViewModel.edit(LOGGED, NOW);
        form.severityProperty().set("12");
        form.timeProperty().set("25:00");
        assertThat(form.errors()).containsKeys(EpisodeViewModel.SEVERITY, EpisodeViewModel.TIME);

        form.startNew(NOW, EpisodeKind.CRAMP, null);

        assertThat(form.isNew()).isTrue();
        assertThat(form.errors()).isEmpty();
        assertThat(form.kindProperty().get()).isEqualTo(EpisodeKind.CRAMP);
        assertThat(form.dateProperty().get()).isEqualTo(NOW.toLocalDate());
        assertThat(form.timeProperty().get()).isEqualTo("20:15");
        assertThat(form.durationProperty().get()).isEmpty();
        assertThat(form.severityProperty().get()).isEmpty();
        assertThat(form.rhythmProperty().get()).isNull();
        assertThat(form.triggerProperty().get()).isNull();
        assertThat(form.redFlag(RedFlag.FAINTING).get()).isFalse();
        assertThat(form.toEpisode()).contains(new Episode(null, NOW, EpisodeKind.CRAMP, null, null, null, null,
                Set.of()));
    }

    @Test
    void aNewEpisodeOnAnotherDayKeepsTheCurrentTime() {
        EpisodeViewModel form = EpisodeViewModel.now(NOW, EpisodeKind.PALPITATION, LocalDate.of(2026, 3, 2));

        assertThat(form.dateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(form.timeProperty().get()).isEqualTo("20:15");
        assertThat(form.kindProperty().get()).isEqualTo(EpisodeKind.PALPITATION);
    }

    @Test
    void editingAfterANewOneTakesTheEditedEpisodesIdAgain() {
        EpisodeViewModel form = EpisodeViewModel.now(NOW, EpisodeKind.CRAMP, null);
        form.durationProperty().set("abc");

        form.startEdit(LOGGED, NOW);

        assertThat(form.errors()).isEmpty();
        assertThat(form.toEpisode()).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(7L));
    }
}
