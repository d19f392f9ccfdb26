package org.carnet.journal.ui;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** Tells the screens that the journal was written, so the home screen and the list reload once. */
public final class JournalChanges {
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public void changed() {
        revision.set(revision.get() + 1);
    }
}
