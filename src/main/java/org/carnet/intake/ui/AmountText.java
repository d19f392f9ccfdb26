package org.carnet.intake.ui;

import org.carnet.intake.NutrientAmount;
import org.carnet.ui.Messages;

/** A food table value in words: the number, "traces", "&lt; 0.5", or "unknown" — never a made-up zero. */
final class AmountText {
    private AmountText() {
    }

    static String per100g(NutrientAmount amount, String unit, Messages messages) {
        if (amount instanceof NutrientAmount.Measured measured) {
            return messages.get("intake.amount.measured", measured.value(), unit);
        }
        if (amount instanceof NutrientAmount.Traces) {
            return messages.get("intake.amount.traces");
        }
        if (amount instanceof NutrientAmount.BelowLimit below) {
            return messages.get("intake.amount.below", below.limit(), unit);
        }
        return messages.get("intake.amount.unknown");
    }
}
