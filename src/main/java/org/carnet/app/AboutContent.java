package org.carnet.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carnet.guidance.Fact;
import org.carnet.guidance.SourceDocument;
import org.carnet.intake.FoodTable;
import org.carnet.ui.Messages;

/**
 * The words of Help › About and sources, in reading order, as plain blocks: the dialog draws them, and "Copy all"
 * copies them as text. No JavaFX here, so the content can be checked on its own.
 */
final class AboutContent {
    /** How a block is drawn. */
    enum Kind { DISCLAIMER, TITLE, TEXT, DOCUMENT, FACT, FACT_SECTION, ITEM, NOTE }

    /** One paragraph; {@code id} names it for tests and the screen (null when nothing needs to find it). */
    record Block(Kind kind, String text, String id) {
    }

    /**
     * A library shipped with Carnet: the name people know it by, its licence as its project states it, and the
     * Maven artifacts (of pom.xml and the ones they bring) it stands for.
     */
    record Library(String name, String licence, List<String> artifacts) {
    }

    /** Every library on the app's runtime class path (pom.xml, without the test scope), with its licence. */
    static final List<Library> LIBRARIES = List.of(
            new Library("OpenJFX (JavaFX) 21", "GPL 2 + Classpath Exception",
                    List.of("javafx-controls", "javafx-swing", "javafx-graphics", "javafx-base")),
            new Library("ControlsFX", "BSD 3-Clause", List.of("controlsfx")),
            new Library("AtlantaFX", "MIT", List.of("atlantafx-base")),
            new Library("Ikonli, Material Design 2 icons", "Apache 2.0",
                    List.of("ikonli-javafx", "ikonli-core", "ikonli-materialdesign2-pack")),
            new Library("H2 Database Engine", "MPL 2.0 / EPL 1.0", List.of("h2")),
            new Library("Flyway", "Apache 2.0", List.of("flyway-core")),
            new Library("JFreeChart, JFreeChart-FX", "GNU LGPL", List.of("jfreechart", "org.jfree.chart.fx")),
            new Library("FXGraphics2D", "BSD 3-Clause", List.of("org.jfree.fxgraphics2d")),
            new Library("Apache PDFBox, FontBox", "Apache 2.0", List.of("pdfbox", "pdfbox-io", "fontbox")),
            new Library("Apache Commons CSV, IO, Codec, Logging", "Apache 2.0",
                    List.of("commons-csv", "commons-io", "commons-codec", "commons-logging")),
            new Library("Gson", "Apache 2.0", List.of("gson", "error_prone_annotations")),
            new Library("commonmark-java (the user guide)", "BSD 2-Clause", List.of("commonmark")),
            new Library("Hipparchus (statistics)", "Apache 2.0", List.of("hipparchus-stat", "hipparchus-core")));

    private final Messages messages;
    private final String version;
    private final Path dataDir;

    /** {@code dataDir} may be null: no journal is open yet (the password page). */
    AboutContent(Messages messages, String version, Path dataDir) {
        this.messages = messages;
        this.version = version;
        this.dataDir = dataDir;
    }

    String header() {
        return messages.get("about.header", version);
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(Kind.DISCLAIMER, messages.get("app.disclaimer"), "about-disclaimer"));

        blocks.add(new Block(Kind.TITLE, messages.get("about.data.title"), null));
        if (dataDir != null) {
            blocks.add(new Block(Kind.TEXT, messages.get("about.dataFolder", dataDir), "about-data-folder"));
        }
        blocks.add(new Block(Kind.TEXT, messages.get("about.privacy"), "about-privacy"));

        blocks.add(new Block(Kind.TITLE, messages.get("about.sources"), null));
        blocks.add(new Block(Kind.NOTE, messages.get("about.sources.intro"), null));
        for (SourceDocument document : SourceDocument.values()) {
            blocks.add(new Block(Kind.DOCUMENT, describe(document), "about-document-" + document.name()));
            for (Fact fact : Fact.values()) {
                if (fact.document() == document) {
                    blocks.add(new Block(Kind.FACT, messages.get("fact." + fact.name()), "about-fact-" + fact.name()));
                    blocks.add(new Block(Kind.FACT_SECTION, messages.get("about.fact.section", fact.section()), null));
                }
            }
        }

        blocks.add(new Block(Kind.TITLE, messages.get("about.data"), null));
        blocks.add(new Block(Kind.TEXT, messages.get("about.ciqual", FoodTable.CREDIT), "about-ciqual"));
        blocks.add(new Block(Kind.NOTE, messages.get("about.ciqual.licence"), "about-ciqual-licence"));

        blocks.add(new Block(Kind.TITLE, messages.get("about.fonts.title"), null));
        blocks.add(new Block(Kind.TEXT, messages.get("about.fonts"), "about-fonts"));

        blocks.add(new Block(Kind.TITLE, messages.get("about.libraries.title"), null));
        blocks.add(new Block(Kind.NOTE, messages.get("about.libraries.intro"), null));
        for (Library library : LIBRARIES) {
            blocks.add(new Block(Kind.ITEM, messages.get("about.library", library.name(), library.licence()), null));
        }
        return blocks;
    }

    /** Publisher, title and date of a document, as the sources are named under the advice. */
    String describe(SourceDocument document) {
        String date = document.published() == null
                ? messages.get("about.document.undated") : messages.shortDate(document.published());
        return messages.get("source.document", document.publisher(), document.title(), date);
    }

    /** The whole page as plain text, headings and all, for the clipboard. */
    String plainText() {
        StringBuilder text = new StringBuilder(header()).append('\n');
        for (Block block : blocks()) {
            switch (block.kind()) {
                case TITLE -> text.append('\n').append(block.text()).append('\n');
                case DOCUMENT -> text.append('\n').append(block.text()).append('\n');
                case FACT, ITEM -> text.append("• ").append(block.text()).append('\n');
                case FACT_SECTION -> text.append("  ").append(block.text()).append('\n');
                default -> text.append(block.text()).append('\n');
            }
        }
        return text.toString();
    }
}
