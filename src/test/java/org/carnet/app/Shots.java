package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the window for people to look at: a scene or a node drawn by JavaFX (headless on Monocle, or under
 * Xvfb), the whole X screen taken by ImageMagick's {@code import} (frames and all, on a real display only), and the
 * windows still open when a test failed (by {@link AppExtension}).
 */
public final class Shots {
    /** Where the pictures go unless a test says otherwise. */
    public static final Path OUT = Path.of("target", "screenshots");

    /** How long the screen is left to draw (a fade, a chart, a window manager's frame) before ImageMagick takes it. */
    private static final long SETTLE_MILLIS = 800;

    private Shots() {
    }

    /** {@code scene} as drawn now. */
    public static BufferedImage of(Scene scene) {
        return drawn(() -> scene.snapshot(null));
    }

    /** {@code node} alone, as drawn now. */
    public static BufferedImage of(Node node) {
        return drawn(() -> node.snapshot(null, null));
    }

    /** The main window, found by its menu bar. */
    public static Scene window(FxRobot robot) {
        return robot.lookup("#menu-bar").query().getScene();
    }

    /** The main window's stage. */
    public static Stage stage(FxRobot robot) {
        return (Stage) window(robot).getWindow();
    }

    /** {@code scene} as drawn now, written to {@code file} (its folders made); returned to be checked. */
    public static BufferedImage keep(Scene scene, Path file) {
        return write(of(scene), file);
    }

    /** {@code node} alone as drawn now, written to {@code file} (its folders made); returned to be checked. */
    public static BufferedImage keep(Node node, Path file) {
        return write(of(node), file);
    }

    /** Writes {@code picture} as a PNG to {@code file}, its folders made. */
    public static BufferedImage write(BufferedImage picture, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(picture, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return picture;
    }

    private static BufferedImage drawn(Supplier<WritableImage> snapshot) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(snapshot::get).get();
            WaitForAsyncUtils.waitForFxEvents();
            return SwingFXUtils.fromFXImage(image, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Puts {@code stage} in the screen's top left corner at {@code width} × {@code height}. */
    public static void place(Stage stage, double width, double height) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The whole X screen, once drawn, to {@code file} (ImageMagick's {@code import}; a real display only). */
    public static void screen(Path file) throws IOException, InterruptedException {
        importScreen(file, List.of());
    }

    /** The top left {@code width} × {@code height} of the X screen, where {@link #place} put the window. */
    public static void screen(Path file, int width, int height) throws IOException, InterruptedException {
        importScreen(file, List.of("-crop", width + "x" + height + "+0+0"));
    }

    private static void importScreen(Path file, List<String> options) throws IOException, InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        List<String> command = new java.util.ArrayList<>(List.of("import", "-window", "root"));
        command.addAll(options);
        command.add(file.toString());
        Process shot = new ProcessBuilder(command).inheritIO().start();
        assertThat(shot.waitFor(30, TimeUnit.SECONDS)).as("import finished").isTrue();
        assertThat(shot.exitValue()).as("import's exit code").isZero();
        assertThat(file).isNotEmptyFile();
    }

    /**
     * Every window still showing, to target/screenshots/failures/{@code name}[-N].png: what the failed test saw.
     * Never throws (the test's own failure is what counts).
     */
    static void keepFailure(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        try {
            List<Window> showing = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                    .filter(Window::isShowing).toList()).get(10, TimeUnit.SECONDS);
            for (int i = 0; i < showing.size(); i++) {
                Scene scene = showing.get(i).getScene();
                if (scene == null) {
                    continue;
                }
                WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
                Path file = OUT.resolve("failures").resolve(safe + (i == 0 ? "" : "-" + i) + ".png");
                write(SwingFXUtils.fromFXImage(image, null), file);
                System.err.println("The window when the test failed: " + file.toAbsolutePath());
            }
        } catch (Exception | Error e) {
            System.err.println("No picture of the failed test's window: " + e);
        }
    }
}
