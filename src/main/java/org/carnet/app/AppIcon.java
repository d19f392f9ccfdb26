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
     * Decodes the icons on a thread of their own and gives them to {@code stage} once decoded: the first window
     * and the FX thread do not wait for six pictures (the window manager shows the icon a moment later).
     */
    static void setWhenDecoded(Stage stage) {
        Thread decoding = new Thread(() -> {
            List<Image> images = images();
            Platform.runLater(() -> stage.getIcons().setAll(images));
        }, "carnet-icons");
        decoding.setDaemon(true);
        decoding.start();
    }

    static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            InputStream in = AppIcon.class.getResourceAsStream("icons/carnet-" + size + ".png");
            if (in != null) {
                images.add(new Image(in));
            }
        }
        return images;
    }
}
