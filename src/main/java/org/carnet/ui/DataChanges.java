package org.carnet.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * One change signal per kind of data. Whoever writes (a view model, once the service call succeeded) publishes the
 * kinds it changed; every view model that shows data of a kind subscribes to it, so a page follows a change made
 * on another page without a restart. A listener subscribed to several kinds runs once per publication. Used on the
 * FX thread only.
 */
public class DataChanges {
    private record Subscription(Set<DataKind> kinds, Runnable action) {
    }

    private final List<Subscription> subscriptions = new ArrayList<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    /** Runs {@code action} after each publication of one of {@code kinds}. */
    public void subscribe(Runnable action, DataKind first, DataKind... more) {
        subscriptions.add(new Subscription(EnumSet.of(first, more), action));
    }

    /** The data of these kinds was written. */
    public void publish(DataKind first, DataKind... more) {
        publish(EnumSet.of(first, more));
    }

    /** Everything may have changed: an import, a restore, the first-run profile. */
    public void publishAll() {
        publish(EnumSet.allOf(DataKind.class));
    }

    private void publish(Set<DataKind> kinds) {
        revision.set(revision.get() + 1);
        for (Subscription subscription : List.copyOf(subscriptions)) {
            if (subscription.kinds().stream().anyMatch(kinds::contains)) {
                subscription.action().run();
            }
        }
    }

    /** Counts every publication, whatever its kinds. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
