package org.carnet.storage;

import java.nio.file.Path;

/**
 * The child of {@link PasswordCrashTest}: changes the password of the closed journal as the app does
 * ({@link Encryption#change}), printing {@code ready} just before and {@code done} once it has finished, until it is
 * killed. Arguments: the data folder, the current password and the new one ({@code -} for none).
 */
public final class PasswordChild {
    private PasswordChild() {
    }

    public static void main(String[] args) {
        java.util.logging.LogManager.getLogManager().reset();
        Path dir = Path.of(args[0]);
        char[] current = args[1].equals("-") ? null : args[1].toCharArray();
        char[] next = args[2].equals("-") ? null : args[2].toCharArray();
        System.out.println("ready");
        System.out.flush();
        Encryption.change(dir, current, next);
        System.out.println("done");
        System.out.flush();
    }
}
