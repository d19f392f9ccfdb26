package org.carnet.intake.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.carnet.core.FieldError;
import org.carnet.ui.DataKind;
import org.carnet.core.NumberInput;
import org.carnet.intake.CustomFood;
import org.carnet.intake.IntakeLimits;
import org.carnet.intake.IntakeService;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.Nutrient;
import org.carnet.intake.Product;
import org.carnet.intake.VitaminDForm;
import org.carnet.intake.VitaminDUnits;
import org.carnet.journal.ui.JournalChanges;
import org.carnet.ui.TaskRunner;

/** The person's supplement products, medications and own foods: entered once, used every day. */
public final class ProductsViewModel {
    /** The unit the vitamin D of a label is typed in. */
    public enum VitaminDUnit { MICROGRAMS, IU }

    /** Which intakes a changed label applies to: from {@code from} on, or every one when null. */
    public record DoseScope(java.time.LocalDate from) {
    }

    private final IntakeService intake;
    private final TaskRunner runner;
    private final JournalChanges changes;

    // Properties: lists
    private final ObservableList<Product> products = FXCollections.observableArrayList();
    private final ObservableList<Medication> medications = FXCollections.observableArrayList();
    private final ObservableList<CustomFood> foods = FXCollections.observableArrayList();
    // Properties: the product form
    private final StringProperty productName = new SimpleStringProperty("");
    private final ObjectProperty<MagnesiumForm> magnesiumForm = new SimpleObjectProperty<>();
    private final Map<String, StringProperty> productAmounts = new java.util.LinkedHashMap<>();
    private final ObjectProperty<VitaminDUnit> vitaminDUnit = new SimpleObjectProperty<>(VitaminDUnit.MICROGRAMS);
    /** The vitamin D form: follows the name (as {@link VitaminDForm#fromName} reads it) until the person picks one. */
    private final ObjectProperty<VitaminDForm> vitaminDForm = new SimpleObjectProperty<>(VitaminDForm.UNKNOWN);
    private boolean vitaminDFormChosen;
    private boolean vitaminDFormFromName;
    // Properties: the medication form
    private final StringProperty medicationName = new SimpleStringProperty("");
    private final ObjectProperty<MedicationClass> medicationClass = new SimpleObjectProperty<>();
    // Properties: the food form
    private final StringProperty foodName = new SimpleStringProperty("");
    private final BooleanProperty foodDrink = new SimpleBooleanProperty();
    private final Map<Nutrient, StringProperty> foodAmounts = new EnumMap<>(Nutrient.class);
    private final ObservableMap<String, FieldError> errors = FXCollections.observableHashMap();
    /** The advice for the product just saved as new (MG_START_HIGH), shown by the save button; empty otherwise. */
    private final ObservableList<org.carnet.guidance.Finding> savedAdvice = FXCollections.observableArrayList();
    // Properties: what is being edited (null: a new one is being added)
    private final ObjectProperty<Product> editedProduct = new SimpleObjectProperty<>();
    private final ObjectProperty<Medication> editedMedication = new SimpleObjectProperty<>();
    /** Asks which intakes a changed label applies to; empty when the person cancels. The view shows a dialog. */
    private java.util.function.Function<Product, java.util.Optional<DoseScope>> doseQuestion =
            p -> java.util.Optional.of(new DoseScope(today()));

    public ProductsViewModel(IntakeService intake, TaskRunner runner, JournalChanges changes) {
        this.intake = intake;
        this.runner = runner;
        this.changes = changes;
        for (String field : List.of("magnesiumMg", "vitaminD", "vitaminK2", "vitaminK1", "calciumMg")) {
            productAmounts.put(field, new SimpleStringProperty(""));
        }
        for (Nutrient nutrient : Nutrient.values()) {
            foodAmounts.put(nutrient, new SimpleStringProperty(""));
        }
        productName.addListener((o, was, now) -> {
            if (!vitaminDFormChosen) {
                formFromName(now);
            }
        });
        vitaminDForm.addListener((o, was, now) -> vitaminDFormChosen |= !vitaminDFormFromName);
    }

    private void formFromName(String name) {
        vitaminDFormFromName = true;
        vitaminDForm.set(VitaminDForm.fromName(name).orElse(VitaminDForm.UNKNOWN));
        vitaminDFormFromName = false;
    }

    /** Back to a form that follows the name (a new product). */
    private void resetVitaminDForm() {
        vitaminDFormChosen = false;
        formFromName(productName.get());
    }

    // Properties

    public ObservableList<Product> products() {
        return products;
    }

    public ObservableList<Medication> medications() {
        return medications;
    }

    public ObservableList<CustomFood> foods() {
        return foods;
    }

    public StringProperty productNameProperty() {
        return productName;
    }

    public ObjectProperty<MagnesiumForm> magnesiumFormProperty() {
        return magnesiumForm;
    }

    /** One of magnesiumMg, vitaminD, vitaminK2, vitaminK1, calciumMg. */
    public StringProperty productAmount(String field) {
        return productAmounts.get(field);
    }

    public ObjectProperty<VitaminDUnit> vitaminDUnitProperty() {
        return vitaminDUnit;
    }

    /**
     * The form of the product's vitamin D. For a new product it is the one the name states (UNKNOWN when it states
     * none) until the person picks one; an edited product shows its own, which a new name leaves alone.
     */
    public ObjectProperty<VitaminDForm> vitaminDFormProperty() {
        return vitaminDForm;
    }

    public StringProperty medicationNameProperty() {
        return medicationName;
    }

    public ObjectProperty<MedicationClass> medicationClassProperty() {
        return medicationClass;
    }

    public StringProperty foodNameProperty() {
        return foodName;
    }

    public BooleanProperty foodDrinkProperty() {
        return foodDrink;
    }

    public StringProperty foodAmount(Nutrient nutrient) {
        return foodAmounts.get(nutrient);
    }

    public ObservableMap<String, FieldError> errors() {
        return errors;
    }

    /** The advice the sources give on the product just saved as new, at once (not only once it is logged). */
    public ObservableList<org.carnet.guidance.Finding> savedAdvice() {
        return savedAdvice;
    }

    public ObjectProperty<Product> editedProductProperty() {
        return editedProduct;
    }

    public ObjectProperty<Medication> editedMedicationProperty() {
        return editedMedication;
    }

    public java.time.LocalDate today() {
        return intake.today();
    }

    public void setDoseQuestion(java.util.function.Function<Product, java.util.Optional<DoseScope>> question) {
        this.doseQuestion = question;
    }

    /** Puts a product in the form to be changed; saving then changes it instead of adding one. */
    public void editProduct(Product product) {
        savedAdvice.clear();
        editedProduct.set(product);
        productName.set(product.name());
        vitaminDFormFromName = true;
        vitaminDForm.set(product.vitaminDForm() == null ? VitaminDForm.fromName(product.name())
                .orElse(VitaminDForm.UNKNOWN) : product.vitaminDForm());
        vitaminDFormFromName = false;
        vitaminDFormChosen = true;
        magnesiumForm.set(product.magnesiumForm());
        vitaminDUnit.set(VitaminDUnit.MICROGRAMS);
        productAmounts.get("magnesiumMg").set(plain(product.magnesiumMg()));
        productAmounts.get("vitaminD").set(plain(product.vitaminDMicrograms()));
        productAmounts.get("vitaminK2").set(plain(product.vitaminK2Micrograms()));
        productAmounts.get("vitaminK1").set(plain(product.vitaminK1Micrograms()));
        productAmounts.get("calciumMg").set(plain(product.calciumMg()));
        errors.clear();
    }

    public void editMedication(Medication medication) {
        editedMedication.set(medication);
        medicationName.set(medication.name());
        medicationClass.set(medication.medicationClass());
        errors.clear();
    }

    public void cancelEdit() {
        savedAdvice.clear();
        editedProduct.set(null);
        editedMedication.set(null);
        productName.set("");
        resetVitaminDForm();
        magnesiumForm.set(null);
        productAmounts.values().forEach(p -> p.set(""));
        medicationName.set("");
        medicationClass.set(null);
        errors.clear();
    }

    /** As the person would type it back: no grouping, a dot or comma accepted by the parser. */
    private static String plain(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    // Commands

    public void load(Consumer<Throwable> onFailure) {
        load(() -> { }, onFailure);
    }

    /** Reads the data anew; {@code done} runs once it is in. */
    public void load(Runnable done, Consumer<Throwable> onFailure) {
        runner.run(() -> new Lists(intake.products(), intake.medications(), intake.customFoods()), lists -> {
            products.setAll(lists.products());
            medications.setAll(lists.medications());
            foods.setAll(lists.foods());
            done.run();
        }, onFailure);
    }

    private record Lists(List<Product> products, List<Medication> medications, List<CustomFood> foods) {
    }

    public boolean saveProduct(Consumer<Throwable> onFailure) {
        savedAdvice.clear();
        List<FieldError> found = new ArrayList<>();
        Double magnesium = amount("magnesiumMg", productAmounts.get("magnesiumMg").get(),
                IntakeLimits.PRODUCT_MAGNESIUM_MG_MAX, found);
        Double vitaminD = vitaminDMicrograms(found);
        Double k2 = amount("vitaminK2", productAmounts.get("vitaminK2").get(), IntakeLimits.PRODUCT_VITAMIN_K_UG_MAX, found);
        Double k1 = amount("vitaminK1", productAmounts.get("vitaminK1").get(), IntakeLimits.PRODUCT_VITAMIN_K_UG_MAX, found);
        Double calcium = amount("calciumMg", productAmounts.get("calciumMg").get(), IntakeLimits.PRODUCT_CALCIUM_MG_MAX,
                found);
        Product edited = editedProduct.get();
        Product product = new Product(edited == null ? null : edited.id(),
                productName.get() == null ? null : productName.get().strip(),
                magnesium == null ? null : magnesiumForm.get(), magnesium, vitaminD, k2, k1, calcium,
                vitaminD == null ? null : vitaminDForm.get());
        if (found.isEmpty()) {
            found.addAll(org.carnet.intake.IntakeValidator.validate(product));
        }
        if (magnesium != null && magnesiumForm.get() == null) {
            found.add(FieldError.of("magnesiumForm", "validation.chooseForm"));
        }
        if (!show(List.of("productName", "magnesiumForm", "magnesiumMg", "vitaminD", "vitaminK2", "vitaminK1",
                "calciumMg", "name"), found)) {
            return false;
        }
        if (edited != null) {
            runner.run(() -> intake.doseChangeTouchesIntakes(product), asks -> {
                java.util.Optional<DoseScope> scope = asks ? doseQuestion.apply(product)
                        : java.util.Optional.of(new DoseScope(null));
                scope.ifPresent(chosen -> runner.run(() -> intake.changeProduct(product, chosen.from()),
                        changed -> productSaved(onFailure, DataKind.INTAKES), onFailure));
            }, onFailure);
            return true;
        }
        runner.run(() -> intake.saveProduct(product), saved -> {
            productSaved(onFailure);
            org.carnet.guidance.AdviceRules.MagnesiumStart.forNewProduct(saved, today()).ifPresent(savedAdvice::add);
        }, onFailure);
        return true;
    }

    private void productSaved(Consumer<Throwable> onFailure, DataKind... more) {
        editedProduct.set(null);
        productName.set("");
        resetVitaminDForm();
        magnesiumForm.set(null);
        productAmounts.values().forEach(p -> p.set(""));
        changes.publish(DataKind.PRODUCTS, more);
        load(onFailure);
    }

    public boolean saveMedication(Consumer<Throwable> onFailure) {
        Medication edited = editedMedication.get();
        Medication medication = new Medication(edited == null ? null : edited.id(),
                medicationName.get() == null ? null : medicationName.get().strip(),
                medicationClass.get());
        List<FieldError> found = new ArrayList<>(org.carnet.intake.IntakeValidator.validate(medication)).stream()
                .map(e -> e.field().equals("name") ? FieldError.of("medicationName", e.code(), e.args().toArray()) : e)
                .toList();
        if (!show(List.of("medicationName", "medicationClass"), found)) {
            return false;
        }
        runner.run(() -> intake.saveMedication(medication), saved -> {
            editedMedication.set(null);
            medicationName.set("");
            medicationClass.set(null);
            changes.publish(DataKind.MEDICATIONS);
            load(onFailure);
        }, onFailure);
        return true;
    }

    public boolean saveFood(Consumer<Throwable> onFailure) {
        List<FieldError> found = new ArrayList<>();
        EnumMap<Nutrient, Double> values = new EnumMap<>(Nutrient.class);
        for (Nutrient nutrient : Nutrient.values()) {
            double max = switch (nutrient) {
                case MAGNESIUM, CALCIUM -> IntakeLimits.FOOD_MINERAL_MG_PER_100G_MAX;
                case VITAMIN_D -> IntakeLimits.FOOD_VITAMIN_D_UG_PER_100G_MAX;
                case VITAMIN_K1, VITAMIN_K2 -> IntakeLimits.FOOD_VITAMIN_K_UG_PER_100G_MAX;
            };
            Double value = amount(foodField(nutrient), foodAmounts.get(nutrient).get(), max, found);
            if (value != null) {
                values.put(nutrient, value);
            }
        }
        CustomFood food = new CustomFood(null, foodName.get() == null ? null : foodName.get().strip(), foodDrink.get(),
                values);
        if (found.isEmpty()) {
            org.carnet.intake.IntakeValidator.validate(food).stream()
                    .filter(e -> e.field().equals("name"))
                    .forEach(e -> found.add(FieldError.of("foodName", e.code(), e.args().toArray())));
        }
        List<String> fields = new ArrayList<>(List.of("foodName"));
        for (Nutrient nutrient : Nutrient.values()) {
            fields.add(foodField(nutrient));
        }
        if (!show(fields, found)) {
            return false;
        }
        runner.run(() -> intake.saveCustomFood(food), saved -> {
            foodName.set("");
            foodDrink.set(false);
            foodAmounts.values().forEach(p -> p.set(""));
            changes.publish(DataKind.FOODS);
            load(onFailure);
        }, onFailure);
        return true;
    }

    public void archiveProduct(Product product, Consumer<Throwable> onFailure) {
        runner.run(() -> {
            intake.archiveProduct(product.id());
            return null;
        }, done -> {
            changes.publish(DataKind.PRODUCTS, DataKind.ROUTINE);
            load(onFailure);
        }, onFailure);
    }

    public void archiveMedication(Medication medication, Consumer<Throwable> onFailure) {
        runner.run(() -> {
            intake.archiveMedication(medication.id());
            return null;
        }, done -> {
            changes.publish(DataKind.MEDICATIONS, DataKind.ROUTINE);
            load(onFailure);
        }, onFailure);
    }

    public static String foodField(Nutrient nutrient) {
        return "food" + nutrient.name();
    }

    private Double vitaminDMicrograms(List<FieldError> found) {
        String text = productAmounts.get("vitaminD").get();
        if (vitaminDUnit.get() == VitaminDUnit.IU) {
            Double iu = amount("vitaminD", text, VitaminDUnits.iuFromMicrograms(IntakeLimits.PRODUCT_VITAMIN_D_UG_MAX),
                    found);
            return iu == null ? null : Math.round(VitaminDUnits.microgramsFromIu(iu) * 100) / 100.0;
        }
        return amount("vitaminD", text, IntakeLimits.PRODUCT_VITAMIN_D_UG_MAX, found);
    }

    private static Double amount(String field, String text, double max, List<FieldError> found) {
        var parsed = NumberInput.decimal(field, text, 0, max, IntakeLimits.AMOUNT_DECIMALS);
        parsed.error().ifPresent(found::add);
        return parsed.orNull();
    }

    private boolean show(List<String> fields, List<FieldError> found) {
        fields.forEach(errors::remove);
        found.forEach(e -> errors.put(e.field().equals("name") ? "productName" : e.field(), e));
        return found.isEmpty();
    }

}
