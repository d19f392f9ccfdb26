package org.carnet.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.carnet.ui.Messages;
import org.junit.jupiter.api.Test;

/**
 * The summary is a tagged PDF for screen readers (in the manner of PDF/UA): every piece of text is either in the
 * structure tree (through a marked-content id that the page's parent-tree entry maps back to its element) or marked
 * as an artifact; the tree has the title, the section headings, the tables with header cells and the chart as a
 * figure with a text alternative; the catalog says it is marked, in which language, and shows the title.
 */
class SummaryTaggingTest {
    private static final Set<String> TEXT_OPERATORS = Set.of("Tj", "TJ", "'", "\"");

    @Test
    void everyTextOfTheSummaryIsTaggedOrAnArtifactInBothLanguages() throws IOException {
        SummaryPdfTest.messages();
        for (Messages messages : List.of(SummaryPdfTest.english, SummaryPdfTest.french)) {
            for (byte[] pdf : List.of(SummaryPdf.write(SummaryPdfTest.typical(), messages),
                    SummaryPdf.write(SummaryPdfTest.heavy(), messages))) {
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    checkCatalog(document, messages.language().code());
                    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
                    int tagged = 0;
                    for (PDPage page : document.getPages()) {
                        tagged += checkPage(page, root);
                    }
                    assertThat(tagged).as("marked text pieces").isGreaterThan(20);
                    checkTree(root);
                }
            }
        }
    }

    private static void checkCatalog(PDDocument document, String language) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        assertThat(catalog.getMarkInfo()).isNotNull();
        assertThat(catalog.getMarkInfo().isMarked()).isTrue();
        assertThat(catalog.getLanguage()).isEqualTo(language);
        assertThat(catalog.getViewerPreferences()).isNotNull();
        assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
        assertThat(catalog.getStructureTreeRoot()).isNotNull();
        assertThat(catalog.getMetadata()).isNotNull();
        try {
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfuaid:part>1<").contains(document.getDocumentInformation().getTitle());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Walks the page's content: every text operator sits inside an MCID or an artifact. Returns the MCIDs seen. */
    private static int checkPage(PDPage page, PDStructureTreeRoot root) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        Deque<String> marks = new ArrayDeque<>();
        List<COSBase> operands = new ArrayList<>();
        Set<Integer> mcids = new HashSet<>();
        int texts = 0;
        for (Object token : tokens) {
            if (token instanceof Operator operator) {
                String name = operator.getName();
                switch (name) {
                    case "BDC" -> {
                        COSName tag = (COSName) operands.get(0);
                        COSBase properties = operands.get(1);
                        if (properties instanceof COSDictionary dictionary && dictionary.containsKey(COSName.MCID)) {
                            int mcid = dictionary.getInt(COSName.MCID);
                            assertThat(mcids.add(mcid)).as("MCID %d used once on its page", mcid).isTrue();
                            marks.push("mcid");
                        } else {
                            marks.push(tag.getName());
                        }
                    }
                    case "BMC" -> marks.push(((COSName) operands.get(0)).getName());
                    case "EMC" -> {
                        assertThat(marks).as("EMC without BDC/BMC").isNotEmpty();
                        marks.pop();
                    }
                    default -> {
                        if (TEXT_OPERATORS.contains(name)) {
                            texts++;
                            assertThat(marks.contains("mcid") || marks.contains("Artifact"))
                                    .as("text operator %s outside any tag or artifact", name).isTrue();
                        }
                    }
                }
                operands.clear();
            } else if (token instanceof COSBase base) {
                operands.add(base);
            }
        }
        assertThat(marks).as("marked content left open").isEmpty();
        assertThat(texts).isPositive();
        // The page's parent-tree entry maps each MCID to a structure element.
        COSArray elements = parentEntry(root, page.getStructParents());
        assertThat(elements.size()).isEqualTo(mcids.size());
        for (int mcid : mcids) {
            COSBase element = elements.get(mcid);
            COSDictionary dictionary = (COSDictionary) (element instanceof COSObject object ? object.getObject()
                    : element);
            assertThat(dictionary.getCOSName(COSName.TYPE, COSName.getPDFName("StructElem")).getName())
                    .isEqualTo("StructElem");
            assertThat(dictionary.getNameAsString(COSName.S)).isNotBlank();
        }
        return mcids.size();
    }

    private static COSArray parentEntry(PDStructureTreeRoot root, int index) throws IOException {
        Object value = root.getParentTree().getValue(index);
        assertThat(value).as("parent tree entry of page %d", index).isNotNull();
        return (COSArray) ((PDParentTreeValue) value).getCOSObject();
    }

    private static void checkTree(PDStructureTreeRoot root) {
        List<PDStructureElement> all = new ArrayList<>();
        collect(root, all);
        Set<String> types = new HashSet<>();
        for (PDStructureElement element : all) {
            types.add(element.getStructureType());
            if ("Figure".equals(element.getStructureType())) {
                assertThat(element.getAlternateDescription()).as("the chart's text alternative").isNotBlank();
            }
        }
        assertThat(types).contains("Document", "H1", "H2", "P", "Table", "TR", "TH", "TD", "Figure", "L", "LI");
        assertThat(all.stream().filter(e -> "H1".equals(e.getStructureType())).count()).isEqualTo(1);
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }
}
