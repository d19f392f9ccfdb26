package org.carnet.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.carnet.core.FieldError;
import org.carnet.core.ValidationException;
import org.carnet.intake.IntakeService;
import org.carnet.intake.Product;
import org.carnet.journal.JournalRepository;

/** Protocols and what the journal says since they started. Synchronous; call it off the FX thread. */
public class TrackingService {
    private final ProtocolRepository protocols;
    private final JournalRepository journal;
    private final IntakeService intake;
    private final Clock clock;

    public TrackingService(ProtocolRepository protocols, JournalRepository journal, IntakeService intake, Clock clock) {
        this.protocols = protocols;
        this.journal = journal;
        this.intake = intake;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Protocol> protocols() {
        return protocols.protocols();
    }

    public List<Product> products() {
        return intake.products();
    }

    /**
     * The current protocol: among those that have started and not ended, the one started last; if none is running,
     * the one that ended or started most recently. Empty when there is none.
     */
    public Optional<Protocol> current(List<Protocol> all) {
        LocalDate today = today();
        Optional<Protocol> running = all.stream()
                .filter(p -> p.activeOn(today))
                .max(Comparator.comparing(Protocol::start));
        if (running.isPresent()) {
            return running;
        }
        return all.stream().filter(p -> !p.start().isAfter(today)).max(Comparator.comparing(Protocol::start));
    }

    public Optional<Protocol> current() {
        return current(protocols());
    }

    public Protocol save(Protocol protocol) {
        List<FieldError> errors = ProtocolValidator.validate(protocol, today());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return protocols.save(protocol);
    }

    public void delete(long id) {
        protocols.delete(id);
    }

    /** The supplements of "my usual", as a plan. */
    public List<PlannedDose> planFromRoutine() {
        return intake.routine().stream()
                .filter(item -> item.productId() != null)
                .map(item -> new PlannedDose(item.productId(), item.units(), item.time()))
                .toList();
    }

    JournalRepository journal() {
        return journal;
    }

    IntakeService intake() {
        return intake;
    }
}
