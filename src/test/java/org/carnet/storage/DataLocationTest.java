package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataLocationTest {
    /** An absolute folder on whatever system runs the tests. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getRoot().resolve("carnet-test-root");
    private static final Path HOME = ROOT.resolve("home/ada");
    private static final String LINUX = "Linux";

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        Path xdg = ROOT.resolve("xdg/data");

        Path resolved = DataLocation.resolve(null, Map.of("XDG_DATA_HOME", xdg.toString()), LINUX, HOME);

        assertThat(resolved).isEqualTo(xdg.resolve("carnet"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        Path resolved = DataLocation.resolve(null, Map.of(), LINUX, HOME);

        assertThat(resolved).isEqualTo(HOME.resolve(".local").resolve("share").resolve("carnet"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative/data", "./data", "~/.data", "", "   "})
    void aRelativeOrBlankXdgDataHomeIsIgnored(String xdg) {
        Path resolved = DataLocation.resolve(null, Map.of("XDG_DATA_HOME", xdg), LINUX, HOME);

        assertThat(resolved).isEqualTo(HOME.resolve(".local/share/carnet"));
    }

    @Test
    void otherUnixSystemsFollowTheXdgRules() {
        assertThat(DataLocation.resolve(null, Map.of(), "FreeBSD", HOME)).isEqualTo(HOME.resolve(".local/share/carnet"));
    }

    @Test
    void windowsUsesAppDataCarnet() {
        String appData = "C:\\Users\\ada\\AppData\\Roaming";

        Path resolved = DataLocation.resolve(null, Map.of("APPDATA", appData), "Windows 11", HOME);

        assertThat(resolved.getFileName()).hasToString("Carnet");
        assertThat(resolved.getParent()).isEqualTo(Path.of(appData));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderOfHome() {
        Path resolved = DataLocation.resolve(null, Map.of(), "Windows 10", HOME);

        assertThat(resolved).isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Carnet"));
    }

    @Test
    void windowsIgnoresXdgDataHome() {
        Path resolved = DataLocation.resolve(null,
                Map.of("APPDATA", ROOT.resolve("roaming").toString(), "XDG_DATA_HOME", ROOT.resolve("xdg").toString()),
                "Windows 11", HOME);

        assertThat(resolved).isEqualTo(ROOT.resolve("roaming").resolve("Carnet"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mac OS X", "macOS", "MAC OS X"})
    void macUsesApplicationSupport(String osName) {
        Path resolved = DataLocation.resolve(null, Map.of("XDG_DATA_HOME", ROOT.resolve("xdg").toString()), osName,
                HOME);

        assertThat(resolved).isEqualTo(HOME.resolve("Library").resolve("Application Support").resolve("Carnet"));
    }

    @Test
    void anExplicitFolderOverridesTheEnvironment() {
        Path explicit = ROOT.resolve("chosen");
        Map<String, String> env = Map.of(DataLocation.ENV_VARIABLE, ROOT.resolve("from-env").toString(),
                "XDG_DATA_HOME", ROOT.resolve("xdg").toString(), "APPDATA", ROOT.resolve("roaming").toString());

        assertThat(DataLocation.resolve(explicit.toString(), env, LINUX, HOME)).isEqualTo(explicit);
        assertThat(DataLocation.resolve(explicit.toString(), env, "Windows 11", HOME)).isEqualTo(explicit);
        assertThat(DataLocation.resolve(explicit.toString(), env, "Mac OS X", HOME)).isEqualTo(explicit);
    }

    @Test
    void anExplicitRelativeFolderBecomesAbsoluteAndNormalised() {
        Path resolved = DataLocation.resolve("journal/../my-journal", Map.of(), LINUX, HOME);

        assertThat(resolved).isAbsolute().isEqualTo(Path.of("my-journal").toAbsolutePath());
    }

    @Test
    void carnetDataDirOverridesTheDefault() {
        Path fromEnv = ROOT.resolve("from-env");
        Map<String, String> env = Map.of(DataLocation.ENV_VARIABLE, fromEnv.toString(),
                "XDG_DATA_HOME", ROOT.resolve("xdg").toString(), "APPDATA", ROOT.resolve("roaming").toString());

        assertThat(DataLocation.resolve(null, env, LINUX, HOME)).isEqualTo(fromEnv);
        assertThat(DataLocation.resolve(null, env, "Windows 11", HOME)).isEqualTo(fromEnv);
        assertThat(DataLocation.resolve(null, env, "Mac OS X", HOME)).isEqualTo(fromEnv);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aBlankExplicitFolderOrEnvironmentVariableMeansTheDefault(String blank) {
        Path resolved = DataLocation.resolve(blank, Map.of(DataLocation.ENV_VARIABLE, blank), LINUX, HOME);

        assertThat(resolved).isEqualTo(HOME.resolve(".local/share/carnet"));
    }

    @Test
    void theProcessLocationHonoursAnExplicitFolder() {
        Path explicit = ROOT.resolve("explicit-for-process");

        assertThat(DataLocation.resolveForThisProcess(explicit.toString())).isEqualTo(explicit);
    }
}
