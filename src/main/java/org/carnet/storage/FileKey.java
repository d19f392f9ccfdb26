package org.carnet.storage;

import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key H2's AES cipher receives for a person's password. H2 refuses file passwords with spaces and stretches them
 * only lightly; this stretches the password with PBKDF2 (HMAC-SHA-256) and hands H2 the result in hexadecimal, so
 * any password works (spaces, accents) and each guess costs an attacker far more. H2 then salts it per file.
 */
final class FileKey {
    private final char[] hex;

    private FileKey(char[] hex) {
        this.hex = hex;
    }

    /** The key for {@code password}, or null when there is none. Slow on purpose (about 0.1 s): derive it once. */
    static FileKey of(char[] password) {
        return password == null || password.length == 0 ? null : new FileKey(derive(password));
    }

    /**
     * Runs the stretching's code on a throw-away password with few rounds, so that the JIT has compiled it by the
     * time a journal's password is stretched (the launcher calls it while the window asks for the password).
     */
    static void warmUp() {
        Arrays.fill(stretch("warm-up".toCharArray(), WARM_UP_ITERATIONS), (byte) 0);
    }

    /** How many times a key has been stretched in this process (tests: an open stretches once). */
    static int derivations() {
        return DERIVATIONS.get();
    }

    private static final java.util.concurrent.atomic.AtomicInteger DERIVATIONS =
            new java.util.concurrent.atomic.AtomicInteger();
    /** Enough calls of the hash for the JIT to compile it, a small part of a real stretching's time. */
    private static final int WARM_UP_ITERATIONS = 4_000;

    /** A copy of the key's characters, for H2. */
    char[] chars() {
        return hex.clone();
    }

    /** Changing these makes every existing protected journal unreadable: never change them. */
    private static final byte[] SALT = "carnet-journal-file-key-v1".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final int ITERATIONS = 120_000;
    private static final int BITS = 256;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static char[] derive(char[] password) {
        DERIVATIONS.incrementAndGet();
        byte[] key = stretch(password, ITERATIONS);
        char[] hex = new char[key.length * 2];
        for (int i = 0; i < key.length; i++) {
            hex[2 * i] = HEX[(key[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[key[i] & 0xf];
        }
        Arrays.fill(key, (byte) 0);
        return hex;
    }

    private static byte[] stretch(char[] password, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, SALT, iterations, BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
