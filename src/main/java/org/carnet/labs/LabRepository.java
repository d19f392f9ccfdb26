package org.carnet.labs;

import java.util.List;

/** Where laboratory results are kept (implemented in storage). */
public interface LabRepository {
    /** Inserts (id null) or updates the result; returns it with its id. */
    LabResult save(LabResult result);

    void delete(long id);

    /** Every result, newest first. */
    List<LabResult> findAll();
}
