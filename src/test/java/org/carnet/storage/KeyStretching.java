package org.carnet.storage;

/** For the startup benchmark's baseline: the journal key's stretching alone, as opening an encrypted journal does. */
public final class KeyStretching {
    private KeyStretching() {
    }

    /** Stretches {@code password} into the file key and returns its length (so the work cannot be skipped). */
    public static int stretch(char[] password) {
        return FileKey.of(password).chars().length;
    }
}
