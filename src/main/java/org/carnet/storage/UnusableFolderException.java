package org.carnet.storage;

import java.nio.file.Path;
import org.carnet.core.StorageException;

/**
 * The data folder's path cannot be given to the database: H2 reads a {@code ;} in its file name as the start of its
 * settings, so a folder named {@code semi;colon} would be unusable, and one holding {@code ;INIT=…} would run SQL.
 * Such a path is refused before anything is opened or created.
 */
public final class UnusableFolderException extends StorageException {
    /** The characters a path to the journal must not hold. */
    static final String FORBIDDEN = ";";

    private final transient Path folder;

    UnusableFolderException(Path folder) {
        super("The data folder's path holds a character the database cannot take (" + FORBIDDEN + "): " + folder,
                null, Problem.UNUSABLE_PATH);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** @throws UnusableFolderException when {@code folder}'s absolute path holds a character H2 cannot take */
    public static void refuse(Path folder) {
        if (!accepts(folder)) {
            throw new UnusableFolderException(folder);
        }
    }

    /** False when {@code folder}'s absolute path holds a character H2 cannot take: create nothing there. */
    public static boolean accepts(Path folder) {
        String path = folder.toAbsolutePath().toString();
        for (char c : FORBIDDEN.toCharArray()) {
            if (path.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
