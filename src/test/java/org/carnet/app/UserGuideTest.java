package org.carnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user guides: each shows the pictures of its own language, every picture exists and is used, the two guides
 * show the same screens, and the README leads to both.
 */
class UserGuideTest {
    private static final Path DOCS = Path.of("docs");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)");

    private static List<String> images(String guide) throws IOException {
        Matcher matcher = IMAGE.matcher(Files.readString(DOCS.resolve(guide)));
        List<String> images = new ArrayList<>();
        while (matcher.find()) {
            images.add(matcher.group(1));
        }
        return images;
    }

    private static Set<String> pictures(String language) throws IOException {
        try (Stream<Path> files = Files.list(DOCS.resolve("images/guide").resolve(language))) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> names(List<String> images) {
        return images.stream().map(i -> i.substring(i.lastIndexOf('/') + 1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void eachGuideShowsEveryPictureOfItsLanguageAndOnlyThose() throws IOException {
        for (String[] guide : new String[][] {{"user-guide.md", "en"}, {"guide-utilisateur.md", "fr"}}) {
            List<String> images = images(guide[0]);
            assertThat(images).as(guide[0]).hasSizeGreaterThan(15)
                    .allSatisfy(image -> assertThat(image).startsWith("images/guide/" + guide[1] + "/"));
            for (String image : images) {
                assertThat(DOCS.resolve(image)).as(guide[0] + " shows " + image).isRegularFile();
            }
            assertThat(names(images)).as(guide[0]).isEqualTo(pictures(guide[1]));
        }
        assertThat(names(images("user-guide.md"))).isEqualTo(names(images("guide-utilisateur.md")));
    }

    @Test
    void thePicturesAreAtMostAThousandPixelsWide() throws IOException {
        for (String language : List.of("en", "fr")) {
            for (String name : pictures(language)) {
                byte[] header = new byte[24];
                try (var in = Files.newInputStream(DOCS.resolve("images/guide").resolve(language).resolve(name))) {
                    assertThat(in.read(header)).isEqualTo(24);
                }
                int width = java.nio.ByteBuffer.wrap(header, 16, 4).getInt();
                assertThat(width).as(language + "/" + name).isBetween(300, 1000);
            }
        }
    }

    @Test
    void theReadmeLeadsToBothGuidesAndEachToTheOther() throws IOException {
        assertThat(Files.readString(Path.of("README.md")))
                .contains("(docs/user-guide.md)").contains("(docs/guide-utilisateur.md)");
        assertThat(Files.readString(DOCS.resolve("user-guide.md"))).contains("(guide-utilisateur.md)");
        assertThat(Files.readString(DOCS.resolve("guide-utilisateur.md"))).contains("(user-guide.md)");
    }
}
