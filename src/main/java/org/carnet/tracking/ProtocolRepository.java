package org.carnet.tracking;

import java.util.List;

/** Where protocols and their plans are kept. Throws StorageException. */
public interface ProtocolRepository {
    /** All protocols, the most recent start first. */
    List<Protocol> protocols();

    /** Inserts (id null) or replaces a protocol with its whole plan. */
    Protocol save(Protocol protocol);

    void delete(long id);
}
