package org.carnet.app;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.carnet.ui.WholeText;

/**
 * What a person would see as broken in a laid-out scene, in words: a labelled control whose text is cut (an
 * ellipsis, or text wider than the control) with no tooltip of its own to read it whole (the tooltip {@link WholeText}
 * gives is enough only in the rows of lists, tables and choices); a control that runs past the right
 * edge of the window where nothing scrolls sideways; two siblings of a layout pane drawn over each other; the menu
 * bar, the red-flag banner or a dialog's buttons outside the window. Call it on the FX thread after a layout pass.
 */
final class LayoutCheck {
    /** Less than this many pixels of overlap or overflow is rounding, not a defect. */
    private static final double SLACK = 1.5;

    private final Map<Node, Bounds> drawn = new IdentityHashMap<>();
    private final List<String> defects = new ArrayList<>();
    private final String screen;
    private final Scene scene;

    private LayoutCheck(Scene scene, String screen) {
        this.scene = scene;
        this.screen = screen;
    }

    /** The defects of {@code scene}, each line naming {@code screen} and the node. */
    static List<String> defects(Scene scene, String screen) {
        LayoutCheck check = new LayoutCheck(scene, screen);
        check.walk(scene.getRoot());
        for (String id : List.of("#menu-bar", "#red-flag-banner", "#demo-banner")) {
            Node node = scene.getRoot().lookup(id);
            if (node != null && shown(node)) {
                check.insideWindow(node, id);
            }
        }
        if (scene.getRoot() instanceof DialogPane pane) {
            for (ButtonType type : pane.getButtonTypes()) {
                Node button = pane.lookupButton(type);
                if (button != null && shown(button)) {
                    check.insideWindow(button, "button " + type.getText());
                }
            }
        }
        return check.defects;
    }

    private void walk(Node node) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            cutText(labeled);
        }
        if (node instanceof Control control) {
            pastTheRightEdge(control);
        }
        if (node instanceof ScrollPane scroll) {
            sideways(scroll);
        }
        if (node instanceof org.jfree.chart.fx.ChartViewer viewer && shown(viewer)) {
            chart(viewer);
        }
        if (node instanceof Parent parent) {
            if (lays(parent)) {
                overlaps(parent);
            }
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child);
            }
        }
    }

    private void cutText(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                || labeled.getWidth() <= 0) {
            return;
        }
        if (labeled.getTooltip() != null && labeled.getTooltip() != labeled.getProperties().get(WholeText.TOOLTIP)
                || org.carnet.ui.Tooltips.isPending(labeled)) {
            return;
        }
        // The net that explains any cut text with a tooltip is enough in the rows of a list, a table or a choice;
        // elsewhere (labels, buttons, dialogs) the text must fit or wrap.
        if (insideACell(labeled) && WholeText.isInstalled(scene)) {
            return;
        }
        Text text = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> t != labeled.getGraphic() && t.getClass().getSimpleName().equals("LabeledText")).findFirst().orElse(null);
        if (text == null || !text.isVisible()) {
            return;
        }
        String shown = text.getText();
        String expected = labeled.isMnemonicParsing() ? full.replaceFirst("_(?=.)", "") : full;
        if (!shown.equals(expected) && !shown.equals(full)) {
            defects.add(screen + ": text cut to \"" + shown + "\" (is \"" + full + "\") in " + name(labeled));
            return;
        }
        double room = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset();
        if (labeled.isWrapText() && labeled.getGraphic() == null) {
            // Wrapped text keeps its words whole: one wider than the control is broken across two lines.
            for (String word : expected.split("\\s+")) {
                Text measure = new Text(word);
                measure.setFont(text.getFont());
                if (measure.getLayoutBounds().getWidth() > room + SLACK) {
                    defects.add(screen + ": the word \"" + word + "\" broken across lines (" + Math.round(
                            measure.getLayoutBounds().getWidth()) + " px in " + Math.round(room) + " px): " + name(labeled));
                    return;
                }
            }
            return;
        }
        if (labeled.getGraphic() == null && text.getLayoutBounds().getWidth() > room + SLACK) {
            defects.add(screen + ": text \"" + full + "\" wider (" + Math.round(text.getLayoutBounds().getWidth())
                    + " px) than its control (" + Math.round(room) + " px): " + name(labeled));
        }
    }

    private static boolean insideACell(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up instanceof IndexedCell) {
                return true;
            }
        }
        return false;
    }

    /** A control partly beyond the window's right edge is cut there, unless a scroll pane scrolls it sideways. */
    private void pastTheRightEdge(Control control) {
        Bounds bounds = control.localToScene(control.getLayoutBounds());
        if (bounds.getMaxX() > scene.getWidth() + SLACK && bounds.getMinX() < scene.getWidth()
                && !scrollsSideways(control) && !(control instanceof ScrollBar)) {
            defects.add(screen + ": " + name(control) + " runs past the window's right edge (" + Math.round(bounds.getMaxX())
                    + " > " + Math.round(scene.getWidth()) + ")");
        }
    }

    /**
     * A page or a dialog that scrolls sideways hides half its form behind a second scroll bar (the check-in at the
     * default window size cut its right-hand column to "Palpitatio"): forms fit the width, wrapping or stacking.
     */
    private void sideways(ScrollPane scroll) {
        // A table's own scroller ("table-scroll") scrolls it sideways under the page, as a table may.
        if (!shown(scroll) || scroll.getStyleClass().contains("table-scroll")) {
            return;
        }
        // Its own bars only (the skin's children), not those of a text area or a table inside it.
        for (Node bar : scroll.getChildrenUnmodifiable()) {
            if (bar instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.HORIZONTAL
                    && scrollBar.isVisible()) {
                defects.add(screen + ": " + name(scroll) + " scrolls sideways (content "
                        + Math.round(scroll.getContent().getLayoutBounds().getWidth()) + " px in "
                        + Math.round(scroll.getViewportBounds().getWidth()) + " px)");
                return;
            }
        }
    }

    private static boolean scrollsSideways(Node node) {
        for (Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane) {
                for (Node bar : up.lookupAll(".scroll-bar")) {
                    if (bar instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.HORIZONTAL
                            && scrollBar.isVisible()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A chart draws its legend and its labels on a canvas, out of reach of the nodes' checks: drawn here at the
     * viewer's size, its legend items must not cover the plot, each other or run past the chart, and the labels of
     * its bands and lines (as {@link org.jfree.chart.plot.XYPlot} places them: at the top-left of a band, at the
     * bottom beside a line) must not cover each other or run past the plot.
     */
    private void chart(org.jfree.chart.fx.ChartViewer viewer) {
        double width = viewer.getWidth();
        double height = viewer.getHeight();
        org.jfree.chart.JFreeChart chart = viewer.getChart();
        if (chart == null || width < 10 || height < 10) {
            return;
        }
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo(
                new org.jfree.chart.entity.StandardEntityCollection());
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage((int) width, (int) height,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        java.awt.geom.Rectangle2D all = new java.awt.geom.Rectangle2D.Double(0, 0, width, height);
        chart.draw(g, all, info);
        java.awt.geom.Rectangle2D data = info.getPlotInfo().getDataArea();
        String where = screen + ": chart " + name(viewer);
        List<java.awt.geom.Rectangle2D> items = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof org.jfree.chart.entity.LegendItemEntity item) {
                items.add(item.getArea().getBounds2D());
                names.add("legend item \"" + item.getSeriesKey() + "\"");
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (overlap(items.get(i), data)) {
                defects.add(where + ": " + names.get(i) + " covers the plot");
            }
            if (!inside(items.get(i), all)) {
                defects.add(where + ": " + names.get(i) + " runs past the chart");
            }
        }
        int legendItems = items.size();
        if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot plot) {
            for (org.jfree.chart.ui.Layer layer : org.jfree.chart.ui.Layer.values()) {
                java.util.Collection<?> markers = plot.getDomainMarkers(layer);
                if (markers == null) {
                    continue;
                }
                for (Object each : markers) {
                    org.jfree.chart.plot.Marker marker = (org.jfree.chart.plot.Marker) each;
                    if (marker.getLabel() == null || marker.getLabel().isBlank()) {
                        continue;
                    }
                    java.awt.FontMetrics metrics = g.getFontMetrics(marker.getLabelFont());
                    double w = metrics.stringWidth(marker.getLabel());
                    double h = metrics.getAscent() + metrics.getDescent();
                    org.jfree.chart.ui.RectangleInsets offset = marker.getLabelOffset();
                    double x;
                    double y;
                    if (marker instanceof org.jfree.chart.plot.IntervalMarker band) {
                        x = Math.max(data.getMinX(), plot.getDomainAxis().valueToJava2D(band.getStartValue(), data,
                                plot.getDomainAxisEdge())) + offset.getLeft();
                        y = data.getMinY() + offset.getTop();
                    } else {
                        x = plot.getDomainAxis().valueToJava2D(((org.jfree.chart.plot.ValueMarker) marker).getValue(),
                                data, plot.getDomainAxisEdge()) + offset.getLeft();
                        y = data.getMaxY() - offset.getBottom() - h;
                    }
                    items.add(new java.awt.geom.Rectangle2D.Double(x, y, w, h));
                    names.add("label \"" + marker.getLabel() + "\"");
                    if (!inside(items.get(items.size() - 1), data)) {
                        defects.add(where + ": label \"" + marker.getLabel() + "\" runs past the plot ("
                                + Math.round(x + w) + " > " + Math.round(data.getMaxX()) + ")");
                    }
                }
            }
        }
        g.dispose();
        for (int i = 0; i < items.size(); i++) {
            for (int j = Math.max(i + 1, legendItems); j < items.size(); j++) {
                if (overlap(items.get(i), items.get(j))) {
                    defects.add(where + ": " + names.get(i) + " and " + names.get(j) + " overlap");
                }
            }
            if (i < legendItems) {
                for (int j = i + 1; j < legendItems; j++) {
                    if (overlap(items.get(i), items.get(j))) {
                        defects.add(where + ": " + names.get(i) + " and " + names.get(j) + " overlap");
                    }
                }
            }
        }
        charts++;
    }

    /** How many charts the checks drew, over every scene: the sweep prints it. */
    static int charts;

    private static boolean overlap(java.awt.geom.Rectangle2D a, java.awt.geom.Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width > SLACK && height > SLACK;
    }

    private static boolean inside(java.awt.geom.Rectangle2D inner, java.awt.geom.Rectangle2D outer) {
        return inner.getMinX() >= outer.getMinX() - SLACK && inner.getMaxX() <= outer.getMaxX() + SLACK
                && inner.getMinY() >= outer.getMinY() - SLACK && inner.getMaxY() <= outer.getMaxY() + SLACK;
    }

    /** The panes that place their children side by side or one under another (not on top of each other). */
    private static boolean lays(Parent parent) {
        return parent instanceof HBox || parent instanceof VBox || parent instanceof GridPane
                || parent instanceof FlowPane || parent instanceof TilePane || parent instanceof BorderPane;
    }

    private void overlaps(Parent parent) {
        List<Node> children = parent.getChildrenUnmodifiable().stream()
                .filter(n -> n.isVisible() && n.isManaged()).toList();
        for (int i = 0; i < children.size(); i++) {
            Bounds a = drawnBounds(children.get(i));
            if (a == null) {
                continue;
            }
            for (int j = i + 1; j < children.size(); j++) {
                Bounds b = drawnBounds(children.get(j));
                if (b == null) {
                    continue;
                }
                double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (width > SLACK && height > SLACK) {
                    defects.add(screen + ": " + name(children.get(i)) + " and " + name(children.get(j))
                            + " overlap by " + Math.round(width) + "×" + Math.round(height) + " px");
                }
            }
        }
    }

    /**
     * Where {@code node} draws, in scene coordinates: a control or a shape its own box; a pane its box and what its
     * children draw, cut by its clip (shadows and other effects left out). Null when it draws nothing.
     */
    private Bounds drawnBounds(Node node) {
        if (drawn.containsKey(node)) {
            return drawn.get(node);
        }
        Bounds result = node.localToScene(node.getLayoutBounds());
        if (node instanceof Parent parent && !(node instanceof Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child.isVisible()) {
                    result = union(result, drawnBounds(child));
                }
            }
            if (node.getClip() != null && result != null) {
                result = intersection(result, node.localToScene(node.getClip().getBoundsInParent()));
            }
        }
        if (result != null && (result.getWidth() <= 0 || result.getHeight() <= 0)) {
            result = null;
        }
        drawn.put(node, result);
        return result;
    }

    private static Bounds union(Bounds a, Bounds b) {
        if (a == null || a.getWidth() <= 0 || a.getHeight() <= 0) {
            return b;
        }
        if (b == null) {
            return a;
        }
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private void insideWindow(Node node, String what) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getMinY() < -SLACK || bounds.getMaxY() > scene.getHeight() + SLACK || bounds.getMinX() < -SLACK
                || bounds.getMaxX() > scene.getWidth() + SLACK) {
            defects.add(screen + ": " + what + " outside the window (" + describe(bounds) + " in "
                    + Math.round(scene.getWidth()) + "×" + Math.round(scene.getHeight()) + ")");
        }
    }

    /** True when {@code node} and every parent are visible. */
    static boolean shown(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Bounds b) {
        return Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " " + Math.round(b.getWidth()) + "×"
                + Math.round(b.getHeight());
    }

    /** The node as a reader of the report finds it: its id or class, its text, and its nearest id above. */
    static String name(Node node) {
        StringBuilder name = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            name.append('#').append(node.getId());
        } else if (!node.getStyleClass().isEmpty()) {
            name.append('.').append(String.join(".", node.getStyleClass()));
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String text = labeled.getText();
            name.append(" \"").append(text.length() > 40 ? text.substring(0, 40) + "…" : text).append('"');
        }
        for (Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                name.append(" in #").append(up.getId());
                break;
            }
        }
        return name.toString();
    }
}
