package org.carnet.intake.ui;

import java.util.ArrayList;
import java.util.List;
import org.carnet.intake.Product;
import org.carnet.intake.VitaminDForm;
import org.carnet.ui.Messages;

/** A product with what one unit brings: "Magné B (citrate): 100 mg Mg, 25 µg D3"; the D3, D2 or plain D is the product's vitamin D form. */
final class ProductText {
    private ProductText() {
    }

    static String describe(Product product, Messages messages) {
        List<String> parts = new ArrayList<>();
        if (product.magnesiumMg() != null) {
            parts.add(messages.get("product.line.magnesium", product.magnesiumMg()));
        }
        if (product.vitaminDMicrograms() != null) {
            parts.add(messages.get("product.line.vitaminD", product.vitaminDMicrograms(),
                    product.vitaminDForm() == null ? VitaminDForm.UNKNOWN.ordinal() : product.vitaminDForm().ordinal()));
        }
        if (product.vitaminK2Micrograms() != null) {
            parts.add(messages.get("product.line.vitaminK2", product.vitaminK2Micrograms()));
        }
        if (product.vitaminK1Micrograms() != null) {
            parts.add(messages.get("product.line.vitaminK1", product.vitaminK1Micrograms()));
        }
        if (product.calciumMg() != null) {
            parts.add(messages.get("product.line.calcium", product.calciumMg()));
        }
        String form = product.magnesiumForm() == null ? "" : " (" + messages.of("magnesium.form", product.magnesiumForm()) + ")";
        return product.name() + form + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }
}
