package org.carnet.bench;

import java.nio.file.Path;
import org.carnet.storage.Encryption;

/** Gives the closed journal in a folder a password: {@code SetPassword DIR PASSWORD} (bench/run.sh startup-trace). */
public final class SetPassword {
    private SetPassword() {
    }

    public static void main(String[] args) {
        Encryption.change(Path.of(args[0]), null, args[1].toCharArray());
    }
}
