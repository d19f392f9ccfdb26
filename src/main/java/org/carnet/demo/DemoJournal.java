package org.carnet.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.carnet.intake.Food;
import org.carnet.intake.FoodIntake;
import org.carnet.intake.IntakeService;
import org.carnet.intake.MagnesiumForm;
import org.carnet.intake.Medication;
import org.carnet.intake.MedicationClass;
import org.carnet.intake.MedicationIntake;
import org.carnet.intake.Product;
import org.carnet.intake.SupplementIntake;
import org.carnet.journal.CheckIn;
import org.carnet.journal.Digestion;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.JournalService;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;
import org.carnet.labs.LabResult;
import org.carnet.labs.LabService;
import org.carnet.labs.LabTest;
import org.carnet.labs.LabUnit;
import org.carnet.profile.Profile;
import org.carnet.profile.ProfileService;
import org.carnet.tracking.PlannedDose;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.TrackingService;
import org.carnet.tracking.TrackingThresholds;

/**
 * Fills an empty journal with seven weeks of a fictional person's entries, so that a newcomer sees at once what
 * Carnet makes of a journal: the tracking chart and table, a guidance finding, the summary for the doctor.
 *
 * <p>The story: "Demo", born 1975, takes levothyroxine every morning and has had night cramps, twitching, fatigue and
 * poor sleep. Five weeks ago they started magnesium bisglycinate (150 mg in the evening) with vitamin D3 and K2 at
 * lunch. Two weeks of baseline come before, with a palpitation episode; the symptoms ease over the first three weeks
 * and keep improving, without vanishing. The plan is logged on about 6 days in 7 (two days without the app, two
 * forgotten evening doses, and today, left empty for the newcomer to try a check-in). One day the levothyroxine was
 * taken late and the magnesium at lunch, about three hours later, which the spacing rule (MG_SPACING) reports as a
 * caution. No warning sign is ever logged. Laboratory results over the months before and since: one, vitamin D a
 * month before the start, is below the laboratory's range.
 *
 * <p>Deterministic: every value comes from two {@link Random}s with fixed seeds (meals and times, symptoms), drawn in
 * a fixed order, and no value depends on the date; dates are counted back from {@code LocalDate.now(clock)}, so two
 * demos made the same day are identical. It only ever writes through the services, with their validation, and only
 * into an empty journal: the demo is meant for a journal of its own, never mixed with real entries. It makes some
 * 650 small writes (a few seconds): call it off the FX thread. A failure half-way (a full disk) leaves part of the
 * demo behind, in that demo journal only.
 */
public final class DemoJournal {
    /** The seed of the meals, amounts and times of the demo. */
    public static final long SEED = 0x0CA12E7L;
    /**
     * The seed of the symptoms ({@link DemoSymptoms}). The model makes the improvement; the seed only picks one of
     * its draws, chosen for a baseline steady over its two weeks, so that the chart reads at a glance.
     */
    public static final long SYMPTOMS_SEED = 22462;
    /** The seed of the headaches' severity and of the weekly weight (added with backup version 3). */
    public static final long SIGNS_SEED = 0x516E5L;
    /** The demo person's weight, weighed every 7 days: steady within a few hundred grams. */
    static final double DEMO_WEIGHT_KG = 68.4;
    /**
     * The protocol days with a headache: a few, never the 4 in 30 days that Carnet reads as "frequent migraines",
     * since the demo logs no sign that calls for a professional.
     */
    static final Set<Integer> HEADACHE_DAYS = Set.of(-9, 5, 24);
    /** Today is this day of the demo protocol (day 1 = its start): weeks 1–3 are done, weeks 4–8 under way. */
    public static final int TODAY_PROTOCOL_DAY = 35;
    /** The profile's name: plainly not a person. */
    public static final String PROFILE_NAME = "Demo";
    public static final int BIRTH_YEAR = 1975;

    public static final String MAGNESIUM = "Magnesium bisglycinate 150 mg";
    public static final String VITAMIN_D3 = "Vitamin D3 25 µg";
    public static final String VITAMIN_K2 = "Vitamin K2 MK-7 75 µg";
    public static final String LEVOTHYROXINE = "Levothyroxine 75 µg";
    public static final String PROTOCOL = "Magnesium + D3 + K2";

    /** The names the demo gives its products, medication and protocol: data, written once in the app's language. */
    public record Names(String magnesium, String vitaminD3, String vitaminK2, String levothyroxine, String protocol) {
        public static final Names ENGLISH = new Names(MAGNESIUM, VITAMIN_D3, VITAMIN_K2, LEVOTHYROXINE, PROTOCOL);
        public static final Names FRENCH = new Names("Magnésium bisglycinate 150 mg", "Vitamine D3 25 µg",
                "Vitamine K2 MK-7 75 µg", "Lévothyroxine 75 µg", "Magnésium + D3 + K2");
    }

    /** Protocol days with nothing logged at all (a day away, a busy day): one in the baseline, two since. */
    static final Set<Integer> DAYS_WITHOUT_ENTRIES = Set.of(-6, 16, 26);
    /** Protocol days when the evening magnesium was forgotten. */
    static final Set<Integer> MAGNESIUM_FORGOTTEN = Set.of(9, 23);
    /** The protocol day when levothyroxine came late (09:30) and the magnesium at lunch: about 3 h apart. */
    static final int LATE_MORNING_DAY = 20;
    /** Protocol days with a palpitation: one in the baseline, one in week 2; none in the last weeks. */
    static final Set<Integer> PALPITATION_DAYS = Set.of(-9, 9);

    private static final LocalTime LUNCH = LocalTime.of(12, 30);

    /** A laboratory result of the demo, on a protocol day (day 1 = its start), as printed on the report. */
    record Result(int day, LabTest test, double value, LabUnit unit, Double rangeLow, Double rangeHigh) {
    }

    /**
     * The demo's laboratory results: a check-up four months before the start, the tests that led to the protocol a
     * month before it (25(OH) vitamin D below the laboratory's range, the only result outside its range), and serum
     * magnesium again in week 4. Potassium is within its range: no sign calls for a professional. Three tests, so
     * that the summary's results block (the latest of each) keeps it on one page in both languages.
     */
    static final List<Result> RESULTS = List.of(
            new Result(-120, LabTest.SERUM_MAGNESIUM, 0.79, LabUnit.MMOL_L, 0.65, 1.05),
            new Result(-30, LabTest.SERUM_MAGNESIUM, 0.74, LabUnit.MMOL_L, 0.65, 1.05),
            new Result(-30, LabTest.POTASSIUM, 4.2, LabUnit.MMOL_L, 3.5, 5.1),
            new Result(-30, LabTest.VITAMIN_D_25OH, 18, LabUnit.NG_ML, 30.0, 100.0),
            new Result(28, LabTest.SERUM_MAGNESIUM, 0.84, LabUnit.MMOL_L, 0.65, 1.05));

    private DemoJournal() {
    }

    /**
     * What was written: the first and last day with entries, the days with a check-in, the episodes, the intakes of
     * each kind, and the id of the protocol.
     */
    public record Summary(LocalDate firstDay, LocalDate lastDay, int days, int episodes, int foodIntakes,
                          int supplementIntakes, int medicationIntakes, long protocolId) {
        public int intakes() {
            return foodIntakes + supplementIntakes + medicationIntakes;
        }
    }

    /**
     * Fills the journal behind these services (which must share {@code clock}) with the demo.
     *
     * @throws IllegalStateException when the journal is not empty (a day, an intake, a product, a medication, a
     *         protocol, a custom food, a routine, a favourite, a laboratory result or a profile): nothing is written then; or when a food
     *         of the demo is missing from the food table, before anything is written
     */
    public static Summary fill(JournalService journal, IntakeService intake, TrackingService tracking,
                               ProfileService profiles, LabService labs, Clock clock) {
        return fill(journal, intake, tracking, profiles, labs, clock, Names.ENGLISH);
    }

    /**
     * As {@link #fill(JournalService, IntakeService, TrackingService, ProfileService, LabService, Clock)}, with these
     * names.
     */
    public static Summary fill(JournalService journal, IntakeService intake, TrackingService tracking,
                               ProfileService profiles, LabService labs, Clock clock, Names names) {
        LocalDate today = LocalDate.now(clock);
        requireEmpty(journal, intake, tracking, profiles, labs, today);
        Foods foods = Foods.resolve(intake);
        return new Writer(journal, intake, tracking, profiles, labs, today, foods, names).write();
    }

    private static void requireEmpty(JournalService journal, IntakeService intake, TrackingService tracking,
                                     ProfileService profiles, LabService labs, LocalDate today) {
        List<String> found = new ArrayList<>();
        if (!labs.all().isEmpty()) {
            found.add("laboratory results");
        }
        if (!journal.listDays().isEmpty()) {
            found.add("days");
        }
        if (!intake.products().isEmpty()) {
            found.add("products");
        }
        if (!intake.medications().isEmpty()) {
            found.add("medications");
        }
        if (!intake.customFoods().isEmpty()) {
            found.add("custom foods");
        }
        if (!intake.routine().isEmpty()) {
            found.add("a usual routine");
        }
        if (!intake.favouriteFoods().isEmpty()) {
            found.add("favourite foods");
        }
        if (!tracking.protocols().isEmpty()) {
            found.add("protocols");
        }
        if (!profiles.load().equals(Profile.empty())) {
            found.add("a profile");
        }
        if (found.isEmpty() && !intake.days(LocalDate.of(1900, 1, 1), today).isEmpty()) {
            found.add("intakes");
        }
        if (!found.isEmpty()) {
            throw new IllegalStateException("The demo only fills an empty journal; this one holds "
                    + String.join(", ", found));
        }
    }

    /** The foods of the demo, looked up in the table the way a person would, by typing part of the name. */
    private record Foods(Food bread, Food oats, Food milk, Food coffee, Food lentils, Food rice, Food pasta,
                         Food chickpeas, Food spinach, Food greenBeans, Food carrot, Food salad, Food yoghurt,
                         Food almonds, Food banana, Food apple, Food eggs, Food sardines, Food tofu, Food chicken,
                         Food potatoes, Food darkChocolate, Food water) {

        static Foods resolve(IntakeService intake) {
            return new Foods(
                    find(intake, "pain complet", "Pain complet ou intégral (à la farine T150)"),
                    find(intake, "flocons avoine", "Flocons d'avoine"),
                    find(intake, "lait demi-écrémé", "Lait demi-écrémé, UHT"),
                    find(intake, "café non instantané", "Café, non instantané, sans sucres ajoutés, prêt à boire"),
                    find(intake, "lentille verte cuite", "Lentille verte, bouillie/cuite à l'eau"),
                    find(intake, "riz complet cuit", "Riz complet, cuit, sans sel ajouté"),
                    find(intake, "pâtes cuites", "Pâtes sèches, standard, cuites, sans sel ajouté"),
                    find(intake, "pois chiche cuit", "Pois chiche, bouilli/cuit à l'eau"),
                    find(intake, "épinard cuit", "Épinard, cuit"),
                    find(intake, "haricot vert cuit", "Haricot vert, cuit"),
                    find(intake, "carotte crue", "Carotte, crue"),
                    find(intake, "salade verte", "Salade verte, crue, sans assaisonnement"),
                    find(intake, "yaourt nature", "Yaourt ou lait fermenté, nature"),
                    find(intake, "amande", "Amande, avec peau, sans sel ajouté"),
                    find(intake, "banane", "Banane, chair sans peau, crue"),
                    find(intake, "pomme crue", "Pomme, chair et peau, crue"),
                    find(intake, "oeuf dur", "Oeuf dur"),
                    find(intake, "sardine huile", "Sardine, à l'huile, appertisée, égouttée"),
                    find(intake, "tofu", "Tofu nature, préemballé"),
                    find(intake, "poulet filet", "Poulet, filet sans peau grillé/poêlé"),
                    find(intake, "pomme de terre cuite", "Pomme de terre, bouillie/cuite à l'eau"),
                    find(intake, "chocolat noir", "Chocolat noir 70 % de cacao environ, de dégustation, tablette"),
                    find(intake, "eau minérale plate", "Eau minérale, embouteilée, plate (aliment moyen)"));
        }

        private static Food find(IntakeService intake, String query, String nameFr) {
            return intake.searchFoods(query, 200).stream()
                    .filter(food -> food.nameFr().equals(nameFr))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "Demo food not in the food table: \"" + nameFr + "\" (searched \"" + query + "\")"));
        }
    }

    /** Writes the demo in a fixed order, counting what it writes. */
    private static final class Writer {
        private final JournalService journal;
        private final IntakeService intake;
        private final TrackingService tracking;
        private final ProfileService profiles;
        private final LabService labs;
        private final LocalDate today;
        private final Foods foods;
        private final Names names;
        /** Meals, times and amounts. */
        private final Random random = new Random(SEED);
        /** How the person felt, every day of the demo: drawn apart, so that changing a meal never changes it. */
        private final Map<Integer, DemoSymptoms.Day> symptoms = DemoSymptoms.draw(SYMPTOMS_SEED,
                1 - TrackingThresholds.BASELINE_CALENDAR_DAYS, TODAY_PROTOCOL_DAY - 1);
        /** Headache and weight: a third stream, so that adding them changed no other value. */
        private final Random signs = new Random(SIGNS_SEED);
        private int days;
        private int episodes;
        private int foodIntakes;
        private int supplementIntakes;
        private int medicationIntakes;

        Writer(JournalService journal, IntakeService intake, TrackingService tracking, ProfileService profiles,
               LabService labs, LocalDate today, Foods foods, Names names) {
            this.labs = labs;
            this.names = names;
            this.journal = journal;
            this.intake = intake;
            this.tracking = tracking;
            this.profiles = profiles;
            this.today = today;
            this.foods = foods;
        }

        Summary write() {
            profiles.save(new Profile(PROFILE_NAME, BIRTH_YEAR, Set.of()));
            Product magnesium = intake.saveProduct(
                    new Product(null, names.magnesium(), MagnesiumForm.BISGLYCINATE, 150.0, null, null, null, null));
            Product vitaminD = intake.saveProduct(new Product(null, names.vitaminD3(), null, null, 25.0, null, null, null));
            Product vitaminK2 = intake.saveProduct(new Product(null, names.vitaminK2(), null, null, null, 75.0, null, null));
            Medication levothyroxine = intake.saveMedication(
                    new Medication(null, names.levothyroxine(), MedicationClass.LEVOTHYROXINE));

            LocalDate start = today.minusDays(TODAY_PROTOCOL_DAY - 1L);
            Protocol protocol = tracking.save(new Protocol(null, names.protocol(), start, null, List.of(
                    new PlannedDose(vitaminD.id(), 1, LocalTime.of(12, 45)),
                    new PlannedDose(vitaminK2.id(), 1, LocalTime.of(12, 45)),
                    new PlannedDose(magnesium.id(), 1, LocalTime.of(21, 30))),
                    // Declared at the start: night cramps against the days before, read on the next morning's entry.
                    org.carnet.tracking.Question.protocol(org.carnet.tracking.Symptom.CRAMP_EPISODES), null));

            int firstDay = 1 - TrackingThresholds.BASELINE_CALENDAR_DAYS;
            LocalDate first = null;
            LocalDate last = null;
            // Today is left empty: the newcomer's own first check-in.
            for (int day = firstDay; day < TODAY_PROTOCOL_DAY; day++) {
                LocalDate date = start.plusDays(day - 1L);
                if (DAYS_WITHOUT_ENTRIES.contains(day)) {
                    continue;
                }
                writeDay(day, date, levothyroxine, magnesium, vitaminD, vitaminK2);
                first = first == null ? date : first;
                last = date;
            }
            // "My usual" is yesterday's routine; almonds are a favourite.
            intake.saveRoutineFrom(last);
            intake.setFavourite(foods.almonds().code(), true);
            RESULTS.forEach(r -> labs.save(new LabResult(null, r.test(), start.plusDays(r.day() - 1L), r.value(),
                    r.unit(), r.rangeLow(), r.rangeHigh())));
            return new Summary(first, last, days, episodes, foodIntakes, supplementIntakes, medicationIntakes,
                    protocol.id());
        }

        /** One day: the morning medication, meals, supplements from the start, the episodes and the check-in. */
        private void writeDay(int day, LocalDate date, Medication levothyroxine, Product magnesium, Product vitaminD,
                              Product vitaminK2) {
            boolean lateMorning = day == LATE_MORNING_DAY;

            // Levothyroxine on an empty stomach, breakfast about 45 minutes later.
            LocalTime levoTime = lateMorning ? LocalTime.of(9, 30) : pick(LocalTime.of(6, 45), LocalTime.of(7, 0),
                    LocalTime.of(7, 15));
            medication(date.atTime(levoTime), levothyroxine);
            LocalDateTime breakfast = date.atTime(levoTime.plusMinutes(45));
            if (random.nextBoolean()) {
                food(breakfast, foods.bread(), grams(50, 70, 10));
            } else {
                food(breakfast, foods.oats(), grams(30, 50, 10));
                food(breakfast, foods.milk(), grams(150, 200, 50));
            }
            food(breakfast, foods.coffee(), 150);

            LocalDateTime lunch = date.atTime(LUNCH);
            food(lunch, pick(foods.lentils(), foods.rice(), foods.pasta(), foods.chickpeas()), grams(120, 180, 10));
            food(lunch, pick(foods.spinach(), foods.greenBeans(), foods.carrot(), foods.salad()), grams(100, 150, 10));
            food(lunch, foods.yoghurt(), 125);
            food(lunch, foods.water(), grams(500, 1000, 250));

            // A magnesium-rich snack more often once the person started paying attention to it.
            LocalDateTime snack = date.atTime(16, 30);
            if (random.nextDouble() < (day < 1 ? 0.3 : 0.6)) {
                food(snack, foods.almonds(), grams(15, 25, 5));
            }
            if (random.nextDouble() < 0.5) {
                food(snack, pick(foods.banana(), foods.apple()), grams(120, 150, 10));
            }

            LocalDateTime dinner = date.atTime(pick(LocalTime.of(19, 30), LocalTime.of(19, 45), LocalTime.of(20, 0)));
            food(dinner, pick(foods.eggs(), foods.sardines(), foods.tofu(), foods.chicken()), grams(90, 120, 10));
            food(dinner, foods.potatoes(), grams(150, 200, 50));
            if (random.nextDouble() < 0.4) {
                food(dinner, foods.darkChocolate(), grams(10, 20, 5));
            }

            if (day >= 1) {
                LocalTime lunchDose = pick(LocalTime.of(12, 45), LocalTime.of(13, 0));
                supplement(date.atTime(lunchDose), vitaminD);
                supplement(date.atTime(lunchDose), vitaminK2);
                if (lateMorning) {
                    // Taken with the others at lunch: 3 h after the late levothyroxine.
                    supplement(date.atTime(lunchDose.minusMinutes(15)), magnesium);
                } else if (!MAGNESIUM_FORGOTTEN.contains(day)) {
                    supplement(date.atTime(pick(LocalTime.of(21, 0), LocalTime.of(21, 30), LocalTime.of(22, 0))),
                            magnesium);
                }
            }

            DemoSymptoms.Day felt = symptoms.get(day);
            int worst = 0;
            for (DemoSymptoms.Cramp cramp : felt.cramps()) {
                worst = Math.max(worst, cramp.severity());
                episode(new Episode(null, date.atTime(cramp.time()), EpisodeKind.CRAMP, cramp.durationMinutes(),
                        cramp.severity(), null, null, Set.of()));
            }
            int cramps = felt.cramps().size();
            int palpitations = 0;
            if (PALPITATION_DAYS.contains(day)) {
                palpitations = 1;
                boolean baseline = day < 1;
                LocalDateTime at = date.atTime(baseline ? LocalTime.of(22, 40) : LocalTime.of(21, 50));
                episode(new Episode(null, at, EpisodeKind.PALPITATION, baseline ? 4 : 2, baseline ? 3 : 2,
                        Rhythm.REGULAR, baseline ? Trigger.CAFFEINE : Trigger.STRESS, Set.of()));
            }
            boolean headache = HEADACHE_DAYS.contains(day);
            int headacheWorst = 3 + signs.nextInt(3);
            double weight = Math.round((DEMO_WEIGHT_KG + 0.2 * signs.nextGaussian()) * 10) / 10.0;
            journal.save(new CheckIn(date, cramps, worst, cramps > 0 ? Boolean.TRUE : null, felt.sleepQuality(),
                    felt.sleepHours(), palpitations, felt.fatigue(), felt.twitching(), felt.irritability(),
                    Digestion.NORMAL, Set.of(), null).withSigns(headache, headache ? headacheWorst : null,
                    // No sensitivity to noise or light: one more symptom row and the summary takes two pages.
                    null, Math.floorMod(day, 7) == 0 ? weight : null));
            days++;
        }

        private void medication(LocalDateTime at, Medication medication) {
            intake.logMedication(new MedicationIntake(null, at, medication.id()));
            medicationIntakes++;
        }

        private void supplement(LocalDateTime at, Product product) {
            intake.logSupplement(new SupplementIntake(null, at, product.id(), 1));
            supplementIntakes++;
        }

        private void food(LocalDateTime at, Food food, double grams) {
            intake.logFood(new FoodIntake(null, at, food.code(), grams));
            foodIntakes++;
        }

        private void episode(Episode episode) {
            journal.logEpisode(episode);
            episodes++;
        }

        /** A multiple of {@code step} from {@code min} to {@code max}. */
        private double grams(int min, int max, int step) {
            return min + step * random.nextInt((max - min) / step + 1);
        }

        @SafeVarargs
        private <T> T pick(T... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
