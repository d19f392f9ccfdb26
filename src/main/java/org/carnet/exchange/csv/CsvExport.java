package org.carnet.exchange.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.carnet.core.StorageException;
import org.carnet.intake.DayIntakeDetails;
import org.carnet.intake.IntakeService;
import org.carnet.intake.Nutrient;
import org.carnet.intake.NutrientTotal;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DayEntry;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.JournalRepository;
import org.carnet.journal.OwnSymptom;
import org.carnet.journal.OwnSymptomKind;
import org.carnet.labs.LabRepository;

/**
 * The journal as four spreadsheet files: {@code days.csv}, {@code episodes.csv}, {@code intakes.csv} and
 * {@code labs.csv} (the laboratory results, see {@link LabsCsv}). UTF-8 with
 * a byte order mark (without it Excel reads accents as Latin-1), comma-separated, ISO dates, a dot for decimals.
 * A value that was not recorded stays an empty cell, never 0: a day with no food logged has empty food nutrients. Codes (enums) are written as they are stored, in
 * lower case, so the files read the same whatever the app's language. Synchronous: call it off the FX thread.
 */
public final class CsvExport {
    public static final String DAYS_FILE = "days.csv";
    public static final String EPISODES_FILE = "episodes.csv";
    public static final String INTAKES_FILE = "intakes.csv";
    public static final String LABS_FILE = LabsCsv.FILE;
    static final char BOM = '\uFEFF';

    static final String[] DAYS_HEADER = {"date", "cramp_count", "cramp_worst_severity", "cramps_at_night",
        "sleep_quality", "sleep_hours", "palpitation_count", "fatigue", "twitching", "irritability", "digestion",
        "notes", "cramp_episodes", "palpitation_episodes", "red_flags", "magnesium_food_mg",
        "magnesium_supplements_mg", "calcium_food_mg", "calcium_supplements_mg", "vitamin_d_food_ug",
        "vitamin_d_supplements_ug", "vitamin_k2_food_ug", "vitamin_k2_supplements_ug", "headache",
        "headache_worst_severity", "noise_light_sensitivity", "spasm_episodes", "weight_kg"};
    /** The nutrients of days.csv, each as a food column then a supplements column. */
    static final List<Nutrient> DAY_NUTRIENTS = List.of(Nutrient.MAGNESIUM, Nutrient.CALCIUM, Nutrient.VITAMIN_D,
            Nutrient.VITAMIN_K2);
    static final String[] EPISODES_HEADER = {"date", "time", "kind", "duration_minutes", "severity", "rhythm",
        "trigger", "red_flags"};
    static final String[] INTAKES_HEADER = {"date", "time", "type", "name", "amount", "unit"};

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final JournalRepository journal;
    private final IntakeService intake;
    private final boolean frenchFoodNames;
    private final LabRepository labs;
    private java.util.function.Supplier<List<OwnSymptom>> ownSymptoms = List::of;

    /** Food names as Ciqual gives them, in French; no laboratory results (labs.csv has its header only). */
    public CsvExport(JournalRepository journal, IntakeService intake) {
        this(journal, intake, true, null);
    }

    public CsvExport(JournalRepository journal, IntakeService intake, boolean frenchFoodNames) {
        this(journal, intake, frenchFoodNames, null);
    }

    /** {@code labs}: where the laboratory results are read for labs.csv (null: none). */
    public CsvExport(JournalRepository journal, IntakeService intake, boolean frenchFoodNames, LabRepository labs) {
        this.journal = journal;
        this.intake = intake;
        this.frenchFoodNames = frenchFoodNames;
        this.labs = labs;
    }

    /**
     * The person's own symptoms, each a column of days.csv after the built-in ones, headed "own_symptom:" and its
     * name: a number, or true/false for a yes/no, empty when not recorded.
     */
    public CsvExport withOwnSymptoms(java.util.function.Supplier<List<OwnSymptom>> source) {
        this.ownSymptoms = source;
        return this;
    }

    /** The header of a column of an own symptom in days.csv. */
    public static String ownColumn(OwnSymptom symptom) {
        return "own_symptom:" + symptom.name();
    }

    /** What was written: each file and its number of data rows (the header not counted). */
    public record Summary(Path days, int dayRows, Path episodes, int episodeRows, Path intakes, int intakeRows,
                          Path labs, int labRows) {
    }

    /** Writes the three files into {@code outDir} (created if needed, existing files replaced), days inclusive. */
    public Summary export(Path outDir, LocalDate from, LocalDate to) {
        Map<LocalDate, DayEntry> entries = journal.findDays(from, to);
        Map<LocalDate, DayIntakeDetails> intakes = intake.days(from, to);
        TreeSet<LocalDate> days = new TreeSet<>(entries.keySet());
        intakes.forEach((day, details) -> {
            if (!details.isEmpty()) {
                days.add(day);
            }
        });
        Path daysFile = outDir.resolve(DAYS_FILE);
        Path episodesFile = outDir.resolve(EPISODES_FILE);
        Path intakesFile = outDir.resolve(INTAKES_FILE);
        List<OwnSymptom> own = ownSymptoms.get();
        List<String> header = new ArrayList<>(List.of(DAYS_HEADER));
        own.forEach(symptom -> header.add(ownColumn(symptom)));
        Path labsFile = outDir.resolve(LABS_FILE);
        try {
            // The four files are written beside their targets, then put in place together: a failure on one of
            // them (a full disk) leaves the folder as it was, never new days beside old episodes; a folder made
            // for them is removed again.
            return org.carnet.storage.AtomicFiles.inFolders(outDir, () -> {
                try (org.carnet.storage.AtomicFiles.Together files = new org.carnet.storage.AtomicFiles.Together()) {
                    int dayRows = write(files, daysFile, header.toArray(String[]::new),
                            dayRows(days, entries, intakes, own));
                    int episodeRows = write(files, episodesFile, EPISODES_HEADER, episodeRows(days, entries));
                    int intakeRows = write(files, intakesFile, INTAKES_HEADER, intakeRows(days, intakes));
                    int labRows = write(files, labsFile, LabsCsv.HEADER,
                            LabsCsv.rows(labs == null ? List.of() : labs.findAll(), from, to));
                    files.commit();
                    return new Summary(daysFile, dayRows, episodesFile, episodeRows, intakesFile, intakeRows,
                            labsFile, labRows);
                }
            });
        } catch (IOException e) {
            throw new WriteFailure(outDir, e);
        }
    }

    /** A CSV file (or its folder) could not be written: the journal itself is fine. */
    public static final class WriteFailure extends StorageException {
        private final transient Path target;

        WriteFailure(Path target, IOException cause) {
            super("Cannot write the CSV export " + target, cause, org.carnet.storage.StorageFailures.isDiskFull(cause)
                    ? StorageException.Problem.DISK_FULL : StorageException.Problem.FOLDER_UNAVAILABLE);
            this.target = target;
        }

        public Path target() {
            return target;
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private static int write(org.carnet.storage.AtomicFiles.Together files, Path file, String[] header,
                             List<List<String>> rows) {
        try {
            writeFile(files, file, header, rows);
        } catch (IOException e) {
            throw new WriteFailure(file, e);
        }
        return rows.size();
    }

    private static void writeFile(org.carnet.storage.AtomicFiles.Together files, Path file, String[] header,
                                  List<List<String>> rows) throws IOException {
        files.write(file, stream -> {
            Writer out = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
            out.write(BOM);
            CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(header).get());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Values::neutralised).toList());
            }
            printer.flush();
        });
    }

    private static List<List<String>> dayRows(TreeSet<LocalDate> days, Map<LocalDate, DayEntry> entries,
                                              Map<LocalDate, DayIntakeDetails> intakes, List<OwnSymptom> own) {
        List<List<String>> rows = new ArrayList<>();
        for (LocalDate day : days) {
            DayEntry entry = entries.getOrDefault(day, new DayEntry(day, Optional.empty(), List.of()));
            CheckIn c = entry.checkIn().orElse(CheckIn.empty(day));
            List<String> row = new ArrayList<>(List.of(day.toString(),
                    number(c.crampCount()), number(c.crampWorstSeverity()), bool(c.crampsAtNight()),
                    number(c.sleepQuality()), number(c.sleepHours()), number(c.palpitationCount()),
                    number(c.fatigue()), number(c.twitching()), number(c.irritability()), code(c.digestion()),
                    text(c.notes()),
                    count(entry.episodeCount(EpisodeKind.CRAMP)),
                    count(entry.episodeCount(EpisodeKind.PALPITATION)),
                    Values.codes(entry.redFlags())));
            DayIntakeDetails details = intakes.get(day);
            for (Nutrient nutrient : DAY_NUTRIENTS) {
                row.add(fromFood(details, nutrient));
                row.add(fromSupplements(details, nutrient));
            }
            row.addAll(List.of(bool(c.headache()), number(c.headacheWorstSeverity()),
                    number(c.noiseLightSensitivity()), count(entry.episodeCount(EpisodeKind.SPASM)),
                    number(c.weightKg())));
            for (OwnSymptom symptom : own) {
                Integer value = c.ownValue(symptom.id());
                row.add(symptom.kind() == OwnSymptomKind.YES_NO ? bool(value == null ? null : value == 1)
                        : number(value));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * What the day's food brought, empty when it is unknown: no food logged, or no food logged with a value for the
     * nutrient in the table. Unknown is never 0.
     */
    private static String fromFood(DayIntakeDetails details, Nutrient nutrient) {
        if (details == null || details.foods().isEmpty()) {
            return "";
        }
        NutrientTotal total = details.totals().of(nutrient);
        return total.foodsWithoutValue() >= details.foods().size() ? "" : Values.decimal(total.fromFood());
    }

    /** What the day's supplements brought; empty when no supplement was logged that day, 0 when none had any. */
    private static String fromSupplements(DayIntakeDetails details, Nutrient nutrient) {
        if (details == null || details.supplements().isEmpty()) {
            return "";
        }
        return Values.decimal(details.totals().of(nutrient).fromSupplements());
    }

    private static List<List<String>> episodeRows(TreeSet<LocalDate> days, Map<LocalDate, DayEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        for (LocalDate day : days) {
            DayEntry entry = entries.get(day);
            if (entry == null) {
                continue;
            }
            for (Episode e : entry.episodes()) {
                rows.add(List.of(e.day().toString(), TIME.format(e.occurredAt()), code(e.kind()),
                        number(e.durationMinutes()), number(e.severity()), code(e.rhythm()), code(e.trigger()),
                        Values.codes(e.redFlags())));
            }
        }
        return rows;
    }

    private List<List<String>> intakeRows(TreeSet<LocalDate> days, Map<LocalDate, DayIntakeDetails> intakes) {
        record Line(LocalDateTime at, int order, List<String> cells) {
        }
        List<List<String>> rows = new ArrayList<>();
        for (LocalDate day : days) {
            DayIntakeDetails details = intakes.get(day);
            if (details == null) {
                continue;
            }
            List<Line> lines = new ArrayList<>();
            for (DayIntakeDetails.FoodLine f : details.foods()) {
                lines.add(new Line(f.intake().takenAt(), 0, intakeCells(f.intake().takenAt(), "food",
                        f.food().name(frenchFoodNames), Values.decimal(f.intake().grams()),
                        f.food().drink() ? "ml" : "g")));
            }
            for (DayIntakeDetails.SupplementLine s : details.supplements()) {
                lines.add(new Line(s.intake().takenAt(), 1, intakeCells(s.intake().takenAt(), "supplement",
                        s.product() == null ? "" : s.product().name(), Values.decimal(s.intake().units()), "unit")));
            }
            for (DayIntakeDetails.MedicationLine m : details.medications()) {
                lines.add(new Line(m.intake().takenAt(), 2, intakeCells(m.intake().takenAt(), "medication",
                        m.medication() == null ? "" : m.medication().name(), "", "")));
            }
            lines.sort(Comparator.comparing(Line::at).thenComparing(Line::order));
            lines.forEach(line -> rows.add(line.cells()));
        }
        return rows;
    }

    private static List<String> intakeCells(LocalDateTime at, String type, String name, String amount, String unit) {
        return List.of(at.toLocalDate().toString(), TIME.format(at), type, text(name), amount, unit);
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String number(Double value) {
        return value == null ? "" : Values.decimal(value);
    }

    private static String count(long value) {
        return Long.toString(value);
    }

    private static String bool(Boolean value) {
        return value == null ? "" : value.toString();
    }

    private static String code(Enum<?> value) {
        return Values.code(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
