package org.carnet.core;

import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first (the others wait for it); for the parts few runs need
 * (the app's services, the food table and its search index). Should making it fail, the next {@link #get()} tries
 * again. The maker is let go once the value is made.
 */
public final class Lazy<T> implements Supplier<T> {
    private Supplier<? extends T> maker;
    private volatile T value;

    public Lazy(Supplier<? extends T> maker) {
        if (maker == null) {
            throw new IllegalArgumentException("a Lazy needs a maker");
        }
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
                    if (made == null) {
                        throw new IllegalStateException("the maker of a Lazy gave no value");
                    }
                    value = made;
                    maker = null;
                }
            }
        }
        return made;
    }

    /** True once the value is made (without making it). */
    public boolean isMade() {
        return value != null;
    }
}
