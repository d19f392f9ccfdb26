package org.carnet.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a person's journal lives: the per-user data folder of their system, unless they chose another one with
 * {@code --data-dir} or {@code CARNET_DATA_DIR}.
 */
public final class DataLocation {
    public static final String ENV_VARIABLE = "CARNET_DATA_DIR";

    private DataLocation() {
    }

    /**
     * @param explicit the folder given on the command line, or null
     * @param env      the process environment
     * @param osName   the value of {@code os.name}
     * @param home     the user's home folder
     */
    public static Path resolve(String explicit, Map<String, String> env, String osName, Path home) {
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("Carnet");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library/Application Support/Carnet");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("carnet");
    }

    public static Path resolveForThisProcess(String explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }
}
