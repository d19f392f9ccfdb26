package org.carnet.tracking.ui;

import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.carnet.tracking.Effect;

/**
 * One row of a forest plot: the band of ±30 % around no change (shaded), the 0 line, the range as a bar and the
 * estimate as a dot, on a scale that holds all three. Lower is to the left for every symptom; the band and 0 say
 * where "no change" is. Styled from app.css (forest-*), so it follows the theme.
 */
final class ForestPlot extends Pane {
    static final double WIDTH = 260;
    static final double HEIGHT = 26;

    private final Rectangle band = new Rectangle();
    private final Line zero = new Line();
    private final Line range = new Line();
    private final Circle dot = new Circle(5);

    ForestPlot(Effect effect) {
        getStyleClass().add("forest-plot");
        band.getStyleClass().add("forest-band");
        zero.getStyleClass().add("forest-zero");
        range.getStyleClass().add("forest-range");
        dot.getStyleClass().add("forest-dot");
        dot.getStyleClass().add("forest-" + effect.verdict().name().toLowerCase(java.util.Locale.ROOT));
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        double reach = 1.15 * Math.max(effect.band(), Math.max(Math.abs(effect.low()), Math.abs(effect.high())));
        double mid = HEIGHT / 2;
        band.setX(x(-effect.band(), reach));
        band.setWidth(x(effect.band(), reach) - x(-effect.band(), reach));
        band.setY(3);
        band.setHeight(HEIGHT - 6);
        zero.setStartX(x(0, reach));
        zero.setEndX(x(0, reach));
        zero.setStartY(1);
        zero.setEndY(HEIGHT - 1);
        range.setStartX(x(effect.low(), reach));
        range.setEndX(x(effect.high(), reach));
        range.setStartY(mid);
        range.setEndY(mid);
        dot.setCenterX(x(effect.estimate(), reach));
        dot.setCenterY(mid);
        getChildren().addAll(band, zero, range, dot);
    }

    /** Where a value falls, 0 in the middle, ±{@code reach} at the edges. */
    static double x(double value, double reach) {
        return WIDTH / 2 + value / reach * (WIDTH / 2 - 6);
    }
}
