package org.carnet.intake;

/** A medication the person takes, by name and class. {@code id} is null until stored. */
public record Medication(Long id, String name, MedicationClass medicationClass) {
    public Medication {
        name = name == null ? null : name.strip();
    }

    public Medication withId(long newId) {
        return new Medication(newId, name, medicationClass);
    }
}
