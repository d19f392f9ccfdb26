package org.carnet.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window icon in the sizes shipped under resources. */
final class AppIcon {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /**
     * Decodes the icon on a thread of its own and gives it to {@code stage} once decoded: the first window and the
     * FX thread do not wait for it (the window manager shows the icon a moment later). Only the size JavaFX hands
     * the system on this one ({@link #windowSize}): of the sizes given, it keeps the nearest to that and scales it,
     * so decoding the others would be work for nothing at start.
     */
    static void setWhenDecoded(Stage stage) {
        Thread decoding = new Thread(() -> {
            List<Image> images = images(windowSize(System.getProperty("os.name", "")));
            Platform.runLater(() -> stage.getIcons().setAll(images));
        }, "carnet-icons");
        decoding.setDaemon(true);
        decoding.start();
    }

    /**
     * The one size of window icon JavaFX gives the system ({@code com.sun.javafx.tk.quantum.WindowStage.setIcons}):
     * 32 on Windows, 128 on Linux and macOS.
     */
    static int windowSize(String osName) {
        return osName.startsWith("Windows") ? 32 : 128;
    }

    /** Every size shipped. */
    static List<Image> images() {
        return images(SIZES);
    }

    private static List<Image> images(int... sizes) {
        List<Image> images = new ArrayList<>();
        for (int size : sizes) {
            InputStream in = AppIcon.class.getResourceAsStream("icons/carnet-" + size + ".png");
            if (in != null) {
                images.add(new Image(in));
            }
        }
        return images;
    }
}
