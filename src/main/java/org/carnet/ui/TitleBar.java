package org.carnet.ui;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A page's or a card's title (a label, a choice) with its tools (buttons, a date) at the right, on one line while
 * they fit; when the width runs out the tools go under the title, and on to further lines if they must, instead of
 * squeezing the title or themselves. None of them is ever cut, and the bar never asks for more than its widest part.
 */
public final class TitleBar extends Region {
    private static final double GAP = 8;
    private static final double ROW_GAP = 6;
    private final Node title;
    private final List<Node> tools;

    public TitleBar(Node title, Node... tools) {
        this.title = title;
        this.tools = List.of(tools);
        getChildren().add(title);
        getChildren().addAll(tools);
        getStyleClass().add("title-bar");
    }

    /** Its height depends on its width: one line or more. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double toolsWidth() {
        double width = 0;
        for (Node tool : tools) {
            width += tool.prefWidth(-1);
        }
        return width + GAP * Math.max(0, tools.size() - 1);
    }

    private boolean oneLine(double width) {
        return width < 0 || title.prefWidth(-1) + GAP + toolsWidth() <= width - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = title.prefWidth(-1);
        for (Node tool : tools) {
            widest = Math.max(widest, tool.prefWidth(-1));
        }
        return snappedLeftInset() + widest + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + title.prefWidth(-1) + GAP + toolsWidth() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + place(width, false) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        place(getWidth(), true);
    }

    /** Lays the parts out in {@code width} (or only measures them); returns the height they take. */
    private double place(double width, boolean lay) {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double room = width < 0 ? Double.MAX_VALUE : width - left - snappedRightInset();
        double titleWidth = Math.min(title.prefWidth(-1), room);
        double titleHeight = title.prefHeight(titleWidth);
        if (oneLine(width)) {
            double height = titleHeight;
            for (Node tool : tools) {
                height = Math.max(height, tool.prefHeight(-1));
            }
            if (lay) {
                layoutInArea(title, left, top, titleWidth, height, 0, HPos.LEFT, VPos.CENTER);
                double x = left + room - toolsWidth();
                for (Node tool : tools) {
                    double w = tool.prefWidth(-1);
                    layoutInArea(tool, x, top, w, height, 0, HPos.LEFT, VPos.CENTER);
                    x += w + GAP;
                }
            }
            return height;
        }
        if (lay) {
            layoutInArea(title, left, top, titleWidth, titleHeight, 0, HPos.LEFT, VPos.CENTER);
        }
        double y = titleHeight + ROW_GAP;
        double x = 0;
        double rowHeight = 0;
        for (Node tool : tools) {
            double w = Math.min(tool.prefWidth(-1), room);
            double h = tool.prefHeight(w);
            if (x > 0 && x + w > room) {
                y += rowHeight + ROW_GAP;
                x = 0;
                rowHeight = 0;
            }
            if (lay) {
                layoutInArea(tool, left + x, top + y, w, h, 0, HPos.LEFT, VPos.CENTER);
            }
            x += w + GAP;
            rowHeight = Math.max(rowHeight, h);
        }
        return y + rowHeight;
    }
}
