package org.carnet.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A Markdown text (the user guide) drawn with JavaFX text nodes: headings, paragraphs, lists, emphasis, code. Links
 * inside the text ("#the-password") scroll to their heading; links elsewhere are shown as text, never opened (no
 * network); pictures are named by their description.
 */
public final class MarkdownView {
    private final ScrollPane scroll;
    private final VBox page = new VBox(8);
    private final Map<String, Node> anchors = new HashMap<>();
    private final List<Heading> headings = new ArrayList<>();

    public MarkdownView(String markdown) {
        page.getStyleClass().add("markdown");
        org.commonmark.node.Node document = Parser.builder().build().parse(markdown);
        for (org.commonmark.node.Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            page.getChildren().add(block(block, 0));
        }
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
    }

    public ScrollPane node() {
        return scroll;
    }

    /** The headings' texts, in order. */
    public List<String> headingTexts() {
        return headings.stream().map(MarkdownView::plain).toList();
    }

    /** Scrolls so that the heading whose anchor is {@code anchor} ("the-password") is at the top. */
    public void scrollTo(String anchor) {
        Node target = anchors.get(anchor);
        if (target == null) {
            return;
        }
        double contentHeight = page.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            scroll.setVvalue(Math.min(1, target.getBoundsInParent().getMinY() / (contentHeight - viewport)));
        }
    }

    private Node block(org.commonmark.node.Node block, int depth) {
        if (block instanceof Heading heading) {
            headings.add(heading);
            TextFlow flow = inline(heading, "heading-" + Math.min(heading.getLevel(), 3));
            anchors.put(anchor(plain(heading)), flow);
            return flow;
        }
        if (block instanceof Paragraph) {
            return inline(block, null);
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            VBox list = new VBox(4);
            int number = block instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
            for (org.commonmark.node.Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                String mark = block instanceof OrderedList ? (number++) + "." : "•";
                list.getChildren().add(listItem((ListItem) item, mark, depth));
            }
            return list;
        }
        if (block instanceof FencedCodeBlock fenced) {
            return code(fenced.getLiteral());
        }
        if (block instanceof IndentedCodeBlock indented) {
            return code(indented.getLiteral());
        }
        if (block instanceof BlockQuote) {
            VBox quote = new VBox(6);
            quote.getStyleClass().add("markdown-quote");
            for (org.commonmark.node.Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                quote.getChildren().add(block(child, depth));
            }
            return quote;
        }
        if (block instanceof ThematicBreak) {
            return new Separator();
        }
        // Anything else (an HTML block, a table written with pipes): its text as it is.
        return inline(block, null);
    }

    private Node listItem(ListItem item, String mark, int depth) {
        Text bullet = new Text(mark + " ");
        bullet.getStyleClass().add("markdown-text");
        VBox body = new VBox(4);
        for (org.commonmark.node.Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            body.getChildren().add(block(child, depth + 1));
        }
        HBox.setHgrow(body, Priority.ALWAYS);
        TextFlow marker = new TextFlow(bullet);
        // "10." stays whole beside its item instead of being drawn under the item's first words.
        marker.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(2, marker, body);
        row.setPadding(new javafx.geometry.Insets(0, 0, 0, 4 + depth * 16));
        return row;
    }

    private static Node code(String literal) {
        Label label = new Label(literal.stripTrailing());
        label.getStyleClass().add("markdown-code-block");
        label.setWrapText(true);
        return label;
    }

    private TextFlow inline(org.commonmark.node.Node parent, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("markdown-paragraph");
        if (styleClass != null) {
            flow.getStyleClass().add(styleClass);
        }
        addInline(flow, parent, List.of());
        return flow;
    }

    private void addInline(TextFlow flow, org.commonmark.node.Node parent, List<String> styles) {
        for (org.commonmark.node.Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Text text) {
                flow.getChildren().add(text(text.getLiteral(), styles));
            } else if (node instanceof Code code) {
                flow.getChildren().add(text(code.getLiteral(), with(styles, "markdown-code")));
            } else if (node instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", styles));
            } else if (node instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", styles));
            } else if (node instanceof StrongEmphasis) {
                addInline(flow, node, with(styles, "markdown-strong"));
            } else if (node instanceof Emphasis) {
                addInline(flow, node, with(styles, "markdown-emphasis"));
            } else if (node instanceof Image image) {
                String description = plain(image);
                flow.getChildren().add(text("[" + (description.isBlank() ? image.getDestination() : description) + "]",
                        with(styles, "markdown-emphasis")));
            } else if (node instanceof Link link && link.getDestination().startsWith("#")) {
                Hyperlink go = new Hyperlink(plain(link));
                go.getStyleClass().add("markdown-link");
                go.setOnAction(e -> scrollTo(link.getDestination().substring(1)));
                flow.getChildren().add(go);
            } else {
                addInline(flow, node, styles);
            }
        }
    }

    private static List<String> with(List<String> styles, String more) {
        List<String> all = new ArrayList<>(styles);
        all.add(more);
        return all;
    }

    private static Text text(String literal, List<String> styles) {
        Text text = new Text(literal);
        text.getStyleClass().add("markdown-text");
        text.getStyleClass().addAll(styles);
        return text;
    }

    /** The text of a node and its children, without marks. */
    static String plain(org.commonmark.node.Node node) {
        StringBuilder text = new StringBuilder();
        for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text literal) {
                text.append(literal.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else {
                text.append(plain(child));
            }
        }
        return text.toString();
    }

    /** The anchor a heading gets on GitHub: lower case, spaces to dashes, punctuation dropped. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).strip().replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
