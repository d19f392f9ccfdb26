package org.carnet.intake;

/**
 * A supplement product as its label gives it, per unit (tablet, capsule, dose). Null means the product has none of
 * that nutrient. Vitamin D is stored in µg; IU exist only in forms (1 µg = 40 IU). {@code id} is null until stored.
 */
public record Product(Long id, String name, MagnesiumForm magnesiumForm, Double magnesiumMg,
                      Double vitaminDMicrograms, Double vitaminK2Micrograms, Double vitaminK1Micrograms,
                      Double calciumMg) {
    public Product {
        name = name == null ? null : name.strip();
    }

    /** The form of vitamin D its name states (D3, D2), empty when it has no vitamin D or its name says neither. */
    public java.util.Optional<VitaminDForm> vitaminDForm() {
        return vitaminDMicrograms == null || vitaminDMicrograms <= 0 ? java.util.Optional.empty()
                : VitaminDForm.fromName(name);
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
                dose.vitaminDMicrograms(), dose.vitaminK2Micrograms(), dose.vitaminK1Micrograms(), dose.calciumMg());
    }

    public Product withId(long newId) {
        return new Product(newId, name, magnesiumForm, magnesiumMg, vitaminDMicrograms, vitaminK2Micrograms,
                vitaminK1Micrograms, calciumMg);
    }
}
