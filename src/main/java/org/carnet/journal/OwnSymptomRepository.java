package org.carnet.journal;

import java.util.List;

/**
 * Where the person's own symptoms are defined. Their daily values travel with the check-in ({@link
 * CheckIn#ownValues()}). Implementations throw {@link org.carnet.core.StorageException}.
 */
public interface OwnSymptomRepository {
    /** Every own symptom, retired ones included, in the order they were added. */
    List<OwnSymptom> ownSymptoms();

    /** Inserts a new symptom (id null) or updates one; returns it with its id. */
    OwnSymptom saveOwnSymptom(OwnSymptom symptom);

    /** How many days have a value for the symptom. */
    int countOwnValues(long symptomId);
}
