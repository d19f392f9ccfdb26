package org.carnet.intake.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.carnet.guidance.References;
import org.carnet.guidance.References.Reference;
import org.carnet.intake.DailyTotals;
import org.carnet.intake.NutrientTotal;
import org.carnet.ui.Messages;

/** The day's totals against their references, one gauge per line, each with the numbers and its source. */
final class NutrientGauges extends VBox {
    private final Messages messages;

    NutrientGauges(Messages messages) {
        this.messages = messages;
        setSpacing(12);
        setId("intake-gauges");
        getStyleClass().add("nutrient-gauges");
    }

    void show(DailyTotals totals) {
        getChildren().clear();
        for (Reference reference : References.DAILY_BARS) {
            getChildren().add(line(reference, totals.of(reference.nutrient())));
        }
    }

    private VBox line(Reference reference, NutrientTotal total) {
        String nutrient = reference.nutrient().name().toLowerCase(java.util.Locale.ROOT);
        String key = reference.supplementsOnly() ? "intake.gauge.supplementMagnesium" : "intake.gauge." + nutrient;
        String unit = reference.nutrient().unit();
        double food = reference.supplementsOnly() ? 0 : total.fromFood();
        double supplements = total.fromSupplements();
        double value = food + supplements;
        boolean over = reference.upper() != null && value > reference.upper();

        Label name = new Label(messages.get(key));
        name.getStyleClass().add("gauge-name");
        Label amount = new Label(messages.get("intake.gauge.amount", value, unit));
        amount.setId("gauge-" + nutrient.replace('_', '-') + (reference.supplementsOnly() ? "-supplements" : ""));
        amount.getStyleClass().add(over ? "gauge-amount-over" : "gauge-amount");
        HBox top = new HBox(8, name, amount);
        top.setAlignment(Pos.BASELINE_LEFT);

        GaugeBar bar = new GaugeBar();
        bar.set(food, supplements, reference.target(), reference.rangeHigh(), reference.upper(), over);
        bar.setMaxWidth(Double.MAX_VALUE);

        VBox box = new VBox(4, top, bar);
        if (!reference.supplementsOnly() && (food > 0 || supplements > 0)) {
            box.getChildren().add(hint(messages.get("intake.gauge.split", food, supplements, unit)));
        }
        String references = referenceText(reference, unit);
        if (!references.isEmpty()) {
            Label refs = hint(references);
            box.getChildren().add(refs);
        }
        if (!reference.supplementsOnly() && total.incomplete()) {
            Label missing = hint(messages.get("intake.gauge.unknown", total.foodsWithoutValue()));
            missing.getStyleClass().add("gauge-unknown");
            box.getChildren().add(missing);
        }
        String sources = sources(reference);
        Tooltip.install(box, new Tooltip(sources));
        Label source = hint(sources);
        source.getStyleClass().add("source-line");
        box.getChildren().add(source);
        return box;
    }

    private String referenceText(Reference reference, String unit) {
        StringBuilder text = new StringBuilder();
        if (reference.target() != null && reference.rangeHigh() != null) {
            text.append(messages.get("intake.gauge.range", reference.target(), reference.rangeHigh(), unit));
        } else if (reference.target() != null) {
            text.append(messages.get("intake.gauge.reference", reference.target(), unit));
        }
        if (reference.upper() != null) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(messages.get(reference.supplementsOnly() ? "intake.gauge.ceiling" : "intake.gauge.upper",
                    reference.upper(), unit));
        }
        if (text.isEmpty()) {
            text.append(messages.get("intake.gauge.noReference"));
        }
        return text.toString();
    }

    private String sources(Reference reference) {
        StringBuilder text = new StringBuilder();
        if (reference.targetFact() != null) {
            text.append(messages.source(reference.targetFact()));
        }
        if (reference.upperFact() != null && reference.upperFact() != reference.targetFact()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(messages.source(reference.upperFact()));
        }
        return text.toString();
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }
}
