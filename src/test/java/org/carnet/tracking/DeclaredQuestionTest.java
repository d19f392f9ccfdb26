package org.carnet.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.carnet.core.ValidationException;
import org.junit.jupiter.api.Test;

class DeclaredQuestionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    /** Protocols kept in a list, as the database would. */
    private static final class Protocols implements ProtocolRepository {
        final List<Protocol> stored = new ArrayList<>();

        @Override
        public List<Protocol> protocols() {
            return List.copyOf(stored);
        }

        @Override
        public Protocol save(Protocol protocol) {
            Protocol saved = protocol.id() == null ? protocol.withId(stored.size() + 1L) : protocol;
            stored.removeIf(p -> p.id().equals(saved.id()));
            stored.add(saved);
            return saved;
        }

        @Override
        public void delete(long id) {
            stored.removeIf(p -> p.id() == id);
        }
    }

    private final Protocols repository = new Protocols();
    private final TrackingService service = new TrackingService(repository, null, null,
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private static Protocol protocol(LocalDate start, Question question) {
        return new Protocol(null, "Magnesium", start, null, List.of(), question, null);
    }

    @Test
    void theQuestionIsFixedOnceTheProtocolHasStarted() {
        Protocol started = service.save(protocol(TODAY.minusDays(3), Question.protocol(Symptom.CRAMP_EPISODES)));
        Protocol changed = started.withQuestion(Question.protocol(Symptom.FATIGUE), null);
        assertThatThrownBy(() -> service.save(changed)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .anyMatch(f -> f.code().equals("validation.questionLocked")));
        // The name and the end may still change.
        Protocol renamed = new Protocol(started.id(), "Magnesium, evening", started.start(), TODAY, List.of(),
                started.question(), null);
        assertThat(service.save(renamed).name()).isEqualTo("Magnesium, evening");
    }

    @Test
    void beforeTheStartTheQuestionMayStillChange() {
        Protocol planned = service.save(protocol(TODAY.plusDays(2), Question.protocol(Symptom.CRAMP_EPISODES)));
        Protocol changed = service.save(planned.withQuestion(Question.protocol(Symptom.SLEEP_QUALITY), null));
        assertThat(changed.question().symptom()).isEqualTo(Symptom.SLEEP_QUALITY);
    }

    @Test
    void nightlySymptomsAreReadOnTheNextDaysEntry() {
        assertThat(Question.protocol(Symptom.CRAMP_EPISODES).lagDays()).isEqualTo(1);
        assertThat(Question.protocol(Symptom.SLEEP_QUALITY).lagDays()).isEqualTo(1);
        assertThat(Question.protocol(Symptom.FATIGUE).lagDays()).isZero();
    }

    @Test
    void aBadQuestionOrAnOnOffPlanWithoutOneIsRefused() {
        Question noThreshold = new Question(Symptom.FATIGUE, Exposure.MAGNESIUM, null, null, 0);
        assertThat(ProtocolValidator.validate(protocol(TODAY, noThreshold), TODAY))
                .anyMatch(e -> e.field().equals("protocolQuestion"));
        Question noProduct = new Question(Symptom.FATIGUE, Exposure.PRODUCT, null, 1.0, 0);
        assertThat(ProtocolValidator.validate(protocol(TODAY, noProduct), TODAY))
                .anyMatch(e -> e.code().equals("validation.chooseProduct"));
        Protocol onOffAlone = new Protocol(null, "On/off", TODAY, null, List.of(), null, OnOffPlan.of(7, "1001"));
        assertThat(ProtocolValidator.validate(onOffAlone, TODAY))
                .anyMatch(e -> e.code().equals("validation.onOffNeedsQuestion"));
    }
}
