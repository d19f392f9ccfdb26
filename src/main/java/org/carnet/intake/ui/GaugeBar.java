package org.carnet.intake.ui;

import javafx.scene.layout.Region;

/**
 * A horizontal bar read in a second: food then supplements as two fills, a band for a reference range, a tick at
 * the reference and a red tick at the upper level. Colours come from the theme through style classes.
 */
final class GaugeBar extends Region {
    private final Region track = part("gauge-track");
    private final Region band = part("gauge-band");
    private final Region food = part("gauge-food");
    private final Region supplements = part("gauge-supplements");
    private final Region target = part("gauge-target");
    private final Region upper = part("gauge-upper");
    private double foodValue;
    private double supplementValue;
    private Double targetValue;
    private Double rangeHigh;
    private Double upperValue;

    GaugeBar() {
        getStyleClass().add("gauge-bar");
        getChildren().addAll(track, band, food, supplements, target, upper);
        setMinHeight(14);
        setPrefHeight(14);
        setPrefWidth(260);
    }

    void set(double fromFood, double fromSupplements, Double reference, Double referenceHigh, Double upperLevel,
             boolean over) {
        this.foodValue = fromFood;
        this.supplementValue = fromSupplements;
        this.targetValue = reference;
        this.rangeHigh = referenceHigh;
        this.upperValue = upperLevel;
        supplements.getStyleClass().remove("over");
        food.getStyleClass().remove("over");
        if (over) {
            supplements.getStyleClass().add("over");
            food.getStyleClass().add("over");
        }
        requestLayout();
    }

    private double scale() {
        double max = foodValue + supplementValue;
        for (Double value : new Double[] {targetValue, rangeHigh, upperValue}) {
            if (value != null) {
                max = Math.max(max, value);
            }
        }
        return max <= 0 ? 1 : max * 1.1;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double scale = scale();
        track.resizeRelocate(0, 0, width, height);
        double foodWidth = width * foodValue / scale;
        double supplementWidth = width * supplementValue / scale;
        food.resizeRelocate(0, 0, foodWidth, height);
        supplements.resizeRelocate(foodWidth, 0, supplementWidth, height);
        place(target, targetValue, scale, width, height);
        place(upper, upperValue, scale, width, height);
        if (targetValue != null && rangeHigh != null) {
            double from = width * targetValue / scale;
            band.setVisible(true);
            band.resizeRelocate(from, 0, width * rangeHigh / scale - from, height);
        } else {
            band.setVisible(false);
        }
    }

    private static void place(Region tick, Double value, double scale, double width, double height) {
        tick.setVisible(value != null);
        if (value != null) {
            tick.resizeRelocate(Math.min(width - 2, width * value / scale - 1), -3, 2, height + 6);
        }
    }

    private static Region part(String styleClass) {
        Region region = new Region();
        region.getStyleClass().add(styleClass);
        region.setManaged(false);
        return region;
    }
}
