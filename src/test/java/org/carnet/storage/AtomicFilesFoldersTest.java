package org.carnet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export into folders that do not exist yet: they are made for it, and removed again when it fails. */
class AtomicFilesFoldersTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteRemovesTheFoldersMadeForIt() {
        Path folder = dir.resolve("new").resolve("sub");

        assertThatThrownBy(() -> AtomicFiles.inFolders(folder, () -> {
            assertThat(folder).isDirectory();
            throw new IOException("No space left on device");
        })).hasMessageContaining("No space left");

        assertThat(dir.resolve("new")).doesNotExist();
        assertThat(dir).isDirectory();
    }

    @Test
    void aFolderThatWasThereOrIsNotEmptyStays() throws IOException {
        Path there = Files.createDirectory(dir.resolve("there"));
        Path folder = there.resolve("sub");

        assertThatThrownBy(() -> AtomicFiles.inFolders(folder, () -> {
            Files.writeString(folder.resolve("other.txt"), "someone else's");
            throw new IOException("full");
        })).isInstanceOf(IOException.class);

        assertThat(folder.resolve("other.txt")).exists();
        assertThat(there).isDirectory();
    }

    @Test
    void aWriteThatGoesThroughKeepsItsFolders() throws IOException {
        Path folder = dir.resolve("a").resolve("b");

        String result = AtomicFiles.inFolders(folder, () -> {
            AtomicFiles.write(folder.resolve("x.json"), new byte[] {1});
            return "written";
        });

        assertThat(result).isEqualTo("written");
        assertThat(folder.resolve("x.json")).exists();
    }
}
