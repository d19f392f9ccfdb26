package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

/**
 * The window icon ships in every size {@link AppIcon} asks for, each a real picture of that size; the installers'
 * icon files (assets/icons, made by build-icons.sh) are there and hold the sizes the systems use.
 */
class AppIconTest {
    private static final Path ASSETS = Path.of("assets", "icons");

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256})
    void eachWindowIconSizeIsAVisibleSquarePictureOfThatSize(int size) throws IOException {
        BufferedImage image;
        try (InputStream in = AppIcon.class.getResourceAsStream("icons/carnet-" + size + ".png")) {
            assertThat(in).as("icons/carnet-%d.png in the app's resources", size).isNotNull();
            image = ImageIO.read(in);
        }
        assertThat(image).as("carnet-%d.png decodes", size).isNotNull();
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(image.getColorModel().hasAlpha()).as("transparent background").isTrue();
        assertThat(opaqueShare(image)).as("share of visible pixels").isBetween(0.3, 0.95);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256})
    void theWindowIconsAreTheOnesBuiltFromTheSvg(int size) throws IOException {
        byte[] asset = Files.readAllBytes(ASSETS.resolve("carnet-" + size + ".png"));
        try (InputStream in = AppIcon.class.getResourceAsStream("icons/carnet-" + size + ".png")) {
            assertThat(in).isNotNull();
            assertThat(Arrays.equals(in.readAllBytes(), asset))
                    .as("resource carnet-%d.png equals assets/icons/carnet-%d.png (run build-icons.sh)", size, size)
                    .isTrue();
        }
    }

    @Test
    void theAppLoadsEverySizeAsAJavaFxImage() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<Image> images = AppIcon.images();
        assertThat(images).extracting(Image::getWidth).containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(images).noneMatch(Image::isError);
    }

    @Test
    void theWindowGetsTheSizeJavaFxGivesTheSystemOnceDecodedOffTheFxThread() throws Exception {
        javafx.stage.Stage stage = FxToolkit.registerPrimaryStage();
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> stage.getIcons().clear()).get();
        AppIcon.setWhenDecoded(stage);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> stage.getIcons().size() == 1);
        assertThat(stage.getIcons()).extracting(Image::getWidth)
                .containsExactly((double) AppIcon.windowSize(System.getProperty("os.name")));
        assertThat(stage.getIcons()).noneMatch(Image::isError);
        assertThat(AppIcon.windowSize("Linux")).isEqualTo(128);
        assertThat(AppIcon.windowSize("Mac OS X")).isEqualTo(128);
        assertThat(AppIcon.windowSize("Windows 11")).isEqualTo(32);
    }

    @Test
    void theLargeIconForTheLinuxInstallerIs512() throws IOException {
        BufferedImage image = ImageIO.read(ASSETS.resolve("carnet-512.png").toFile());
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(512);
    }

    @Test
    void theWindowsIconHoldsSixSizesUpTo256() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ASSETS.resolve("carnet.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).as("reserved").isZero();
        assertThat(ico.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            sizes.add(width == 0 ? 256 : width);
        }
        assertThat(sizes).containsExactly(16, 32, 48, 64, 128, 256);
    }

    @Test
    void theMacIconHoldsTheRetinaSizes() throws IOException {
        byte[] icns = Files.readAllBytes(ASSETS.resolve("carnet.icns"));
        ByteBuffer buffer = ByteBuffer.wrap(icns).order(ByteOrder.BIG_ENDIAN);
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(buffer.getInt(4)).as("declared length").isEqualTo(icns.length);
        List<String> types = new ArrayList<>();
        int offset = 8;
        while (offset + 8 <= icns.length) {
            types.add(new String(icns, offset, 4, StandardCharsets.US_ASCII));
            int length = buffer.getInt(offset + 4);
            assertThat(length).as("entry length").isGreaterThan(8);
            offset += length;
        }
        assertThat(offset).as("entries fill the file").isEqualTo(icns.length);
        // 128 (it32), 256 (ic08) and 512 (ic09) are what Finder and the Dock draw.
        assertThat(types).contains("is32", "il32", "it32", "ic08", "ic09");
    }

    private static double opaqueShare(BufferedImage image) {
        int opaque = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) > 128) {
                    opaque++;
                }
            }
        }
        return opaque / (double) (image.getWidth() * image.getHeight());
    }
}
