package org.carnet.intake;

/**
 * A supplement product as its label gives it, per unit (tablet, capsule, dose). Null means the product has none of
 * that nutrient. Vitamin D is stored in µg; IU exist only in forms (1 µg = 40 IU). {@code id} is null until stored.
 * {@code vitaminDForm} is null exactly when the product has no vitamin D; given as null for a product with vitamin D,
 * it is read from the name ({@link VitaminDForm#of}).
 */
public record Product(Long id, String name, MagnesiumForm magnesiumForm, Double magnesiumMg,
                      Double vitaminDMicrograms, Double vitaminK2Micrograms, Double vitaminK1Micrograms,
                      Double calciumMg, VitaminDForm vitaminDForm) {
    public Product {
        name = name == null ? null : name.strip();
        vitaminDForm = VitaminDForm.of(vitaminDForm, name, vitaminDMicrograms);
    }

    /** A product whose vitamin D form, if it has vitamin D, is the one its name states. */
    public Product(Long id, String name, MagnesiumForm magnesiumForm, Double magnesiumMg, Double vitaminDMicrograms,
                   Double vitaminK2Micrograms, Double vitaminK1Micrograms, Double calciumMg) {
        this(id, name, magnesiumForm, magnesiumMg, vitaminDMicrograms, vitaminK2Micrograms, vitaminK1Micrograms,
                calciumMg, null);
    }

    public boolean containsMagnesium() {
        return magnesiumMg != null && magnesiumMg > 0;
    }

    /** The amounts per unit, without name or form. */
    public LabelDose dose() {
        return new LabelDose(magnesiumMg, vitaminDMicrograms, vitaminK2Micrograms, vitaminK1Micrograms, calciumMg);
    }

    /** The same product with the amounts it had when an intake was logged (null: as it is now). */
    public Product withDose(LabelDose dose) {
        return dose == null ? this : new Product(id, name, magnesiumForm, dose.magnesiumMg(),
                dose.vitaminDMicrograms(), dose.vitaminK2Micrograms(), dose.vitaminK1Micrograms(), dose.calciumMg(),
                vitaminDForm);
    }

    public Product withId(long newId) {
        return new Product(newId, name, magnesiumForm, magnesiumMg, vitaminDMicrograms, vitaminK2Micrograms,
                vitaminK1Micrograms, calciumMg, vitaminDForm);
    }
}
