package org.carnet.journal.ui;

import org.carnet.ui.DataChanges;

/** The window's change signal (see {@link DataChanges}); {@link #changed()} is kept for callers that change
 * everything. */
public final class JournalChanges extends DataChanges {
    /** Every kind of data may have changed. */
    public void changed() {
        publishAll();
    }
}
