package org.carnet.ui;

import java.io.File;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The folder every file dialog opens in: the last folder a file was chosen in, kept in the settings across starts;
 * the person's home folder before the first (never the folder the app happened to be started from). Every file
 * dialog of the window asks here ({@link #prepare}) and says what was chosen ({@link #chosen}).
 */
public final class FileFolders {
    private static volatile Supplier<String> read = () -> null;
    private static volatile Consumer<String> write = folder -> { };

    private FileFolders() {
    }

    /** Where the last folder is kept (the window's settings). */
    public static void keepIn(Supplier<String> reader, Consumer<String> writer) {
        read = reader;
        write = writer;
    }

    /** The folder to open in: the last one if it still exists, else the home folder. */
    public static File start() {
        String last = read.get();
        if (last != null && new File(last).isDirectory()) {
            return new File(last);
        }
        File home = new File(System.getProperty("user.home", "."));
        return home.isDirectory() ? home : null;
    }

    public static FileChooser prepare(FileChooser chooser) {
        chooser.setInitialDirectory(start());
        return chooser;
    }

    public static DirectoryChooser prepare(DirectoryChooser chooser) {
        chooser.setInitialDirectory(start());
        return chooser;
    }

    /** Remembers the folder of {@code file} (or {@code file} itself, a folder); returns it, null for a cancel. */
    public static File chosen(File file) {
        if (file != null) {
            File folder = file.isDirectory() ? file : file.getAbsoluteFile().getParentFile();
            if (folder != null) {
                write.accept(folder.getAbsolutePath());
            }
        }
        return file;
    }
}
