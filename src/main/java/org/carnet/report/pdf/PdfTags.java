package org.carnet.report.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The summary's tags for screen readers (a tagged PDF in the manner of PDF/UA): a structure tree (Document, headings,
 * paragraphs, lists, tables, a figure with its text alternative), every piece of text inside marked content that
 * the tree points to, and what is only decoration (rules, shading, the page footer) marked as an artifact.
 *
 * <p>The layout's blocks draw through the static helpers here; they do nothing when no tagging is under way (a
 * block measured or drawn outside {@link #run}), so the layout stays usable without it.
 */
final class PdfTags {
    private static final ThreadLocal<PdfTags> CURRENT = new ThreadLocal<>();
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

    /** Something drawn, that may throw. */
    interface Drawing {
        void draw() throws IOException;
    }

    private final PDDocument document;
    private final PDStructureTreeRoot root;
    private final PDStructureElement top;
    private final Deque<PDStructureElement> open = new ArrayDeque<>();
    private final Map<Integer, COSObjectable> parentTree = new HashMap<>();
    private PDPage page;
    private PDPageContentStream stream;
    private COSArray pageElements;
    private int artifactDepth;
    /** The table or list the last block joined, with the key that identifies it (a table's columns). */
    private PDStructureElement group;
    private Object groupKey;
    private COSDictionary groupParent;

    private PdfTags(PDDocument document, String language, String title) {
        this.document = document;
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        root = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setLanguage(language);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        top = new PDStructureElement("Document", root);
        top.setTitle(title);
        top.setLanguage(language);
        root.appendKid(top);
        open.push(top);
        metadata(title, language);
    }

    /** Runs {@code body} with tagging on for {@code document}, then writes the tree's parent index. */
    static void run(PDDocument document, String language, String title, Drawing body) throws IOException {
        PdfTags tags = new PdfTags(document, language, title);
        CURRENT.set(tags);
        try {
            body.draw();
        } finally {
            CURRENT.remove();
        }
        tags.finish();
    }

    /** Marks the page about to be drawn into {@code stream}. */
    static void page(PDPage page, PDPageContentStream stream) {
        PdfTags tags = CURRENT.get();
        if (tags == null) {
            return;
        }
        tags.endGroup();
        tags.page = page;
        tags.stream = stream;
        tags.pageElements = new COSArray();
        int index = tags.parentTree.size();
        page.setStructParents(index);
        tags.parentTree.put(index, new PDParentTreeValue(tags.pageElements));
        // Reading order follows the structure.
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    /** Draws text as content of the element being drawn (a paragraph when none is open). */
    static void text(Drawing drawing) throws IOException {
        PdfTags tags = CURRENT.get();
        if (tags == null || tags.artifactDepth > 0) {
            drawing.draw();
            return;
        }
        if (tags.open.peek() == tags.top) {
            element("P", drawing);
            return;
        }
        tags.marked(tags.open.peek(), drawing);
    }

    /** Draws {@code drawing} as a new structure element of {@code type} under the one open. */
    static void element(String type, Drawing drawing) throws IOException {
        PdfTags tags = CURRENT.get();
        if (tags == null || tags.artifactDepth > 0) {
            drawing.draw();
            return;
        }
        PDStructureElement parent = tags.open.peek();
        if (parent == tags.top) {
            tags.endGroup();
        }
        tags.drawIn(new PDStructureElement(type, parent), parent, drawing);
    }

    /**
     * Draws {@code drawing} as an element of {@code type} inside a group of {@code groupType} (a row in its table, an
     * item in its list): consecutive blocks with the same key share the group.
     */
    static void grouped(String groupType, Object key, String type, Drawing drawing) throws IOException {
        PdfTags tags = CURRENT.get();
        if (tags == null || tags.artifactDepth > 0) {
            drawing.draw();
            return;
        }
        PDStructureElement parent = tags.open.peek();
        if (tags.group == null || !key.equals(tags.groupKey) || tags.groupParent != parent.getCOSObject()) {
            tags.group = new PDStructureElement(groupType, parent);
            tags.groupKey = key;
            tags.groupParent = parent.getCOSObject();
            parent.appendKid(tags.group);
        }
        PDStructureElement saved = tags.group;
        Object savedKey = tags.groupKey;
        COSDictionary savedParent = tags.groupParent;
        tags.drawIn(new PDStructureElement(type, saved), saved, drawing);
        tags.group = saved;
        tags.groupKey = savedKey;
        tags.groupParent = savedParent;
    }

    /** A figure: its drawing is one piece of marked content, described by {@code alternative}. */
    static void figure(String alternative, Drawing drawing) throws IOException {
        PdfTags tags = CURRENT.get();
        if (tags == null || tags.artifactDepth > 0) {
            drawing.draw();
            return;
        }
        PDStructureElement parent = tags.open.peek();
        tags.endGroup();
        PDStructureElement figure = new PDStructureElement("Figure", parent);
        figure.setAlternateDescription(alternative);
        parent.appendKid(figure);
        tags.marked(figure, drawing);
    }

    /** Decoration (rules, shading, the page footer): marked as an artifact, left out of the structure. */
    static void artifact(PDPageContentStream stream, Drawing drawing) throws IOException {
        PdfTags tags = CURRENT.get();
        if (tags == null) {
            drawing.draw();
            return;
        }
        stream.beginMarkedContent(ARTIFACT);
        tags.artifactDepth++;
        try {
            drawing.draw();
        } finally {
            tags.artifactDepth--;
            stream.endMarkedContent();
        }
    }

    private void drawIn(PDStructureElement element, PDStructureElement parent, Drawing drawing) throws IOException {
        parent.appendKid(element);
        open.push(element);
        PDStructureElement outerGroup = group;
        Object outerKey = groupKey;
        group = null;
        groupKey = null;
        try {
            drawing.draw();
        } finally {
            open.pop();
            group = outerGroup;
            groupKey = outerKey;
        }
    }

    private void marked(PDStructureElement element, Drawing drawing) throws IOException {
        int mcid = pageElements.size();
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        try {
            drawing.draw();
        } finally {
            stream.endMarkedContent();
        }
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
        pageElements.add(element);
    }

    private void endGroup() {
        group = null;
        groupKey = null;
    }

    private void finish() {
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parentTree.size());
    }

    /** XMP metadata naming the title and the PDF/UA part the tags follow. */
    private void metadata(String title, String language) {
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"" + escape(language) + "\">" + escape(title)
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(document);
        try {
            metadata.importXMPMetadata(xml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        document.getDocumentCatalog().setMetadata(metadata);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
