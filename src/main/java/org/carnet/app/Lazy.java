package org.carnet.app;

import java.util.function.Supplier;

/** A value made on first use, once, whichever thread asks first; for the parts of {@link Services} few runs need. */
final class Lazy<T> implements Supplier<T> {
    private Supplier<T> maker;
    private volatile T value;

    Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = maker.get();
                    value = made;
                    maker = null;
                }
            }
        }
        return made;
    }
}
