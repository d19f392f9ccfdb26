package org.carnet.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the startup benchmark: an empty JavaFX window, started like Carnet (a plain main class). With
 * {@code --stretch PASSWORD}, it also stretches a journal key once shown (the baseline of an encrypted start) and
 * prints "stretched" with the uptime then.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The minimal application: one empty stage of Carnet's size. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1000, 720));
            java.util.List<String> args = getParameters().getRaw();
            stage.setOnShown(e -> {
                System.out.println("shown " + ManagementFactory.getRuntimeMXBean().getUptime());
                System.out.println("rss " + PeakRss.megabytes());
                if (args.size() == 2 && args.get(0).equals("--stretch")) {
                    org.carnet.storage.KeyStretching.stretch(args.get(1).toCharArray());
                    System.out.println("stretched " + ManagementFactory.getRuntimeMXBean().getUptime());
                }
                System.out.flush();
                Platform.exit();
            });
            stage.show();
        }
    }
}
