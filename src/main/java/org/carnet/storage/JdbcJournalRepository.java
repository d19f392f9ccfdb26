package org.carnet.storage;

import static org.carnet.storage.Jdbc.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carnet.journal.CheckIn;
import org.carnet.journal.DayCount;
import org.carnet.journal.DayEntry;
import org.carnet.journal.DaySummary;
import org.carnet.journal.Digestion;
import org.carnet.journal.Episode;
import org.carnet.journal.EpisodeKind;
import org.carnet.journal.JournalRepository;
import org.carnet.journal.RedFlag;
import org.carnet.journal.Rhythm;
import org.carnet.journal.Trigger;

/** Check-ins and episodes in H2. */
public final class JdbcJournalRepository implements JournalRepository {
    private static final String CHECK_IN_COLUMNS = "entry_day, cramp_count, cramp_worst_severity, cramps_at_night, "
            + "sleep_quality, sleep_hours, palpitation_count, fatigue, twitching, irritability, digestion, "
            + "chest_pain, fainting, breathlessness, notes, headache, headache_worst_severity, noise_light_sensitivity, "
            + "weight_kg";
    private static final String EPISODE_COLUMNS = "id, occurred_at, kind, duration_minutes, severity, rhythm, "
            + "trigger_cause, chest_pain, fainting, breathlessness";

    /*
     * One row per day that has a check-in or an episode, with the episodes' counts beside the check-in's values,
     * so the journal list is a single query however many years it holds.
     */
    private static final String LIST_DAYS = """
            SELECT d.entry_day, c.entry_day IS NOT NULL AS has_check_in,
                   c.cramp_count, c.cramp_worst_severity, c.sleep_quality, c.sleep_hours, c.palpitation_count,
                   c.fatigue, c.chest_pain, c.fainting, c.breathlessness,
                   c.headache, c.headache_worst_severity, c.weight_kg, COALESCE(e.spasms, 0) AS ep_spasms,
                   COALESCE(e.cramps, 0) AS ep_cramps, COALESCE(e.palpitations, 0) AS ep_palpitations,
                   e.cramp_severity AS ep_cramp_severity, COALESCE(e.total, 0) AS ep_total,
                   COALESCE(e.chest_pain, FALSE) AS ep_chest_pain, COALESCE(e.fainting, FALSE) AS ep_fainting,
                   COALESCE(e.breathlessness, FALSE) AS ep_breathlessness
            FROM (SELECT entry_day FROM check_in UNION SELECT entry_day FROM episode) d
            LEFT JOIN check_in c ON c.entry_day = d.entry_day
            LEFT JOIN (SELECT entry_day,
                              SUM(CASE WHEN kind = 'CRAMP' THEN 1 ELSE 0 END) AS cramps,
                              SUM(CASE WHEN kind = 'PALPITATION' THEN 1 ELSE 0 END) AS palpitations,
                              SUM(CASE WHEN kind = 'SPASM' THEN 1 ELSE 0 END) AS spasms,
                              MAX(CASE WHEN kind = 'CRAMP' THEN severity END) AS cramp_severity,
                              COUNT(*) AS total,
                              BOOL_OR(chest_pain) AS chest_pain, BOOL_OR(fainting) AS fainting,
                              BOOL_OR(breathlessness) AS breathlessness
                       FROM episode GROUP BY entry_day) e ON e.entry_day = d.entry_day
            ORDER BY d.entry_day DESC
            """;

    private final Jdbc jdbc;

    public JdbcJournalRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Optional<CheckIn> findCheckIn(LocalDate day) {
        return jdbc.inTransaction("read the check-in", c -> findCheckIn(c, day));
    }

    private static Optional<CheckIn> findCheckIn(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + CHECK_IN_COLUMNS + " FROM check_in WHERE entry_day = ?")) {
            setDate(s, 1, day);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                CheckIn checkIn = readCheckIn(rs);
                return Optional.of(checkIn.withOwnValues(ownValues(c, day, day).getOrDefault(day, java.util.Map.of())));
            }
        }
    }

    /** The values of the person's own symptoms from {@code from} to {@code to}, by day then symptom id. */
    private static java.util.Map<LocalDate, java.util.Map<Long, Integer>> ownValues(Connection c, LocalDate from,
                                                                                 LocalDate to) throws SQLException {
        java.util.Map<LocalDate, java.util.Map<Long, Integer>> values = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT entry_day, symptom_id, symptom_value "
                + "FROM own_symptom_value WHERE entry_day BETWEEN ? AND ?")) {
            setDate(s, 1, from);
            setDate(s, 2, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.computeIfAbsent(getDate(rs, "entry_day"), d -> new java.util.HashMap<>())
                            .put(rs.getLong("symptom_id"), rs.getInt("symptom_value"));
                }
            }
        }
        return values;
    }

    /** Replaces the day's own-symptom values with the check-in's (same transaction as the check-in). */
    private static void saveOwnValues(Connection c, CheckIn checkIn) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM own_symptom_value WHERE entry_day = ?")) {
            setDate(s, 1, checkIn.day());
            s.executeUpdate();
        }
        if (checkIn.ownValues().isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO own_symptom_value (entry_day, symptom_id, symptom_value) VALUES (?, ?, ?)")) {
            for (java.util.Map.Entry<Long, Integer> value : checkIn.ownValues().entrySet()) {
                setDate(s, 1, checkIn.day());
                s.setLong(2, value.getKey());
                s.setInt(3, value.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public void saveCheckIn(CheckIn checkIn) {
        jdbc.inTransaction("save the check-in", c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO check_in (" + CHECK_IN_COLUMNS
                    + ", updated_at) KEY (entry_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
                setDate(s, 1, checkIn.day());
                setInt(s, 2, checkIn.crampCount());
                setInt(s, 3, checkIn.crampWorstSeverity());
                setBoolean(s, 4, checkIn.crampsAtNight());
                setInt(s, 5, checkIn.sleepQuality());
                setDecimal(s, 6, checkIn.sleepHours());
                setInt(s, 7, checkIn.palpitationCount());
                setInt(s, 8, checkIn.fatigue());
                setInt(s, 9, checkIn.twitching());
                setInt(s, 10, checkIn.irritability());
                setEnum(s, 11, checkIn.digestion());
                setRedFlags(s, 12, checkIn.redFlags());
                setString(s, 15, checkIn.notes());
                setBoolean(s, 16, checkIn.headache());
                setInt(s, 17, checkIn.headacheWorstSeverity());
                setInt(s, 18, checkIn.noiseLightSensitivity());
                setDecimal(s, 19, checkIn.weightKg());
                s.executeUpdate();
            }
            saveOwnValues(c, checkIn);
            return null;
        });
    }

    @Override
    public void deleteDay(LocalDate day) {
        jdbc.inTransaction("delete the day", c -> {
            for (String table : List.of("episode", "own_symptom_value", "check_in")) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE entry_day = ?")) {
                    setDate(s, 1, day);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public List<Episode> findEpisodes(LocalDate day) {
        return jdbc.inTransaction("read the episodes", c -> findEpisodes(c, day));
    }

    private static List<Episode> findEpisodes(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + EPISODE_COLUMNS + " FROM episode WHERE entry_day = ? ORDER BY occurred_at, id")) {
            setDate(s, 1, day);
            List<Episode> episodes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    episodes.add(readEpisode(rs));
                }
            }
            return episodes;
        }
    }

    @Override
    public Episode saveEpisode(Episode episode) {
        return jdbc.inTransaction("save the episode", c -> {
            boolean insert = episode.id() == null;
            String sql = insert
                    ? "INSERT INTO episode (entry_day, occurred_at, kind, duration_minutes, severity, rhythm, trigger_cause, "
                            + "chest_pain, fainting, breathlessness) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE episode SET entry_day = ?, occurred_at = ?, kind = ?, duration_minutes = ?, severity = ?, "
                            + "rhythm = ?, trigger_cause = ?, chest_pain = ?, fainting = ?, breathlessness = ? WHERE id = ?";
            try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                setDate(s, 1, episode.day());
                setTimestamp(s, 2, episode.occurredAt());
                setEnum(s, 3, episode.kind());
                setInt(s, 4, episode.durationMinutes());
                setInt(s, 5, episode.severity());
                setEnum(s, 6, episode.rhythm());
                setEnum(s, 7, episode.trigger());
                setRedFlags(s, 8, episode.redFlags());
                if (!insert) {
                    s.setLong(11, episode.id());
                }
                int changed = s.executeUpdate();
                if (insert) {
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        return episode.withId(keys.getLong(1));
                    }
                }
                if (changed != 1) {
                    throw new SQLException("No episode with id " + episode.id());
                }
                return episode;
            }
        });
    }

    @Override
    public void deleteEpisode(long id) {
        jdbc.inTransaction("delete the episode", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM episode WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<DaySummary> listDays() {
        return jdbc.inTransaction("read the journal", c -> {
            List<DaySummary> days = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(LIST_DAYS); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    days.add(readSummary(rs));
                }
            }
            java.util.Map<LocalDate, java.util.Map<Long, Integer>> own = ownValues(c, LocalDate.of(1, 1, 1),
                    LocalDate.of(9999, 12, 31));
            if (!own.isEmpty()) {
                days.replaceAll(day -> day.withOwnValues(own.getOrDefault(day.day(), java.util.Map.of())));
            }
            return days;
        });
    }

    private static DaySummary readSummary(ResultSet rs) throws SQLException {
        EnumSet<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        addFlag(flags, RedFlag.CHEST_PAIN, rs.getBoolean("chest_pain") || rs.getBoolean("ep_chest_pain"));
        addFlag(flags, RedFlag.FAINTING, rs.getBoolean("fainting") || rs.getBoolean("ep_fainting"));
        addFlag(flags, RedFlag.BREATHLESSNESS, rs.getBoolean("breathlessness") || rs.getBoolean("ep_breathlessness"));
        return new DaySummary(
                getDate(rs, "entry_day"),
                rs.getBoolean("has_check_in"),
                DayEntry.combinedCount(getInt(rs, "cramp_count"), rs.getInt("ep_cramps")),
                DayEntry.worst(getInt(rs, "cramp_worst_severity"), getInt(rs, "ep_cramp_severity")),
                getInt(rs, "sleep_quality"),
                getDecimal(rs, "sleep_hours"),
                DayEntry.combinedCount(getInt(rs, "palpitation_count"), rs.getInt("ep_palpitations")),
                getInt(rs, "fatigue"),
                rs.getInt("ep_total"),
                flags,
                getBoolean(rs, "headache"),
                getInt(rs, "headache_worst_severity"),
                rs.getInt("ep_spasms"),
                getDecimal(rs, "weight_kg"));
    }

    @Override
    public List<DayEntry> findDaysWithRedFlags(LocalDate from, LocalDate to) {
        return jdbc.inTransaction("read the red flags", c -> {
            List<LocalDate> days = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT entry_day FROM check_in WHERE entry_day BETWEEN ? AND ? AND (chest_pain OR fainting OR breathlessness)
                    UNION
                    SELECT entry_day FROM episode WHERE entry_day BETWEEN ? AND ? AND (chest_pain OR fainting OR breathlessness)
                    ORDER BY entry_day DESC""")) {
                setDate(s, 1, from);
                setDate(s, 2, to);
                setDate(s, 3, from);
                setDate(s, 4, to);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        days.add(getDate(rs, "entry_day"));
                    }
                }
            }
            List<DayEntry> entries = new ArrayList<>();
            for (LocalDate day : days) {
                entries.add(new DayEntry(day, findCheckIn(c, day), findEpisodes(c, day)));
            }
            return entries;
        });
    }

    @Override
    public java.util.Map<LocalDate, DayEntry> findDays(LocalDate from, LocalDate to) {
        return jdbc.inTransaction("read the journal", c -> {
            java.util.Map<LocalDate, CheckIn> checkIns = new java.util.HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + CHECK_IN_COLUMNS
                    + " FROM check_in WHERE entry_day BETWEEN ? AND ?")) {
                setDate(s, 1, from);
                setDate(s, 2, to);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        CheckIn checkIn = readCheckIn(rs);
                        checkIns.put(checkIn.day(), checkIn);
                    }
                }
            }
            java.util.Map<LocalDate, List<Episode>> episodes = new java.util.HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + EPISODE_COLUMNS
                    + " FROM episode WHERE entry_day BETWEEN ? AND ? ORDER BY occurred_at, id")) {
                setDate(s, 1, from);
                setDate(s, 2, to);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Episode episode = readEpisode(rs);
                        episodes.computeIfAbsent(episode.day(), d -> new ArrayList<>()).add(episode);
                    }
                }
            }
            java.util.Map<LocalDate, java.util.Map<Long, Integer>> own = ownValues(c, from, to);
            checkIns.replaceAll((day, checkIn) -> checkIn.withOwnValues(own.getOrDefault(day, java.util.Map.of())));
            java.util.Map<LocalDate, DayEntry> days = new java.util.TreeMap<>();
            java.util.Set<LocalDate> all = new java.util.HashSet<>(checkIns.keySet());
            all.addAll(episodes.keySet());
            for (LocalDate day : all) {
                days.put(day, new DayEntry(day, Optional.ofNullable(checkIns.get(day)),
                        episodes.getOrDefault(day, List.of())));
            }
            return days;
        });
    }

    @Override
    public DayCount countDays() {
        return jdbc.inTransaction("count the days", c -> {
            // The days with a check-in (counted from the primary key), plus the days of episodes with none: cheaper
            // than a UNION of both tables, which sorts every day of the journal to drop the duplicates.
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT "
                    + "(SELECT COUNT(*) FROM check_in), (SELECT COUNT(DISTINCT e.entry_day) FROM episode e "
                    + "LEFT JOIN check_in c ON c.entry_day = e.entry_day WHERE c.entry_day IS NULL), "
                    + "(SELECT MAX(entry_day) FROM check_in), (SELECT MAX(entry_day) FROM episode)")) {
                rs.next();
                LocalDate checkIn = rs.getObject(3, LocalDate.class);
                LocalDate episode = rs.getObject(4, LocalDate.class);
                LocalDate latest = checkIn == null ? episode
                        : episode == null || checkIn.isAfter(episode) ? checkIn : episode;
                return new DayCount(rs.getInt(1) + rs.getInt(2), latest);
            }
        });
    }

    @Override
    public java.util.Optional<LocalDate> lastCheckInBefore(LocalDate day) {
        return jdbc.inTransaction("find the last check-in", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT MAX(entry_day) FROM check_in WHERE entry_day < ?")) {
                s.setObject(1, day);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class));
                }
            }
        });
    }

    @Override
    public int countCheckIns() {
        return jdbc.inTransaction("count the check-ins", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM check_in")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static CheckIn readCheckIn(ResultSet rs) throws SQLException {
        return new CheckIn(
                getDate(rs, "entry_day"),
                getInt(rs, "cramp_count"),
                getInt(rs, "cramp_worst_severity"),
                getBoolean(rs, "cramps_at_night"),
                getInt(rs, "sleep_quality"),
                getDecimal(rs, "sleep_hours"),
                getInt(rs, "palpitation_count"),
                getInt(rs, "fatigue"),
                getInt(rs, "twitching"),
                getInt(rs, "irritability"),
                getEnum(rs, "digestion", Digestion.class),
                readRedFlags(rs),
                rs.getString("notes"),
                getBoolean(rs, "headache"),
                getInt(rs, "headache_worst_severity"),
                getInt(rs, "noise_light_sensitivity"),
                getDecimal(rs, "weight_kg"));
    }

    private static Episode readEpisode(ResultSet rs) throws SQLException {
        return new Episode(
                rs.getLong("id"),
                getDateTime(rs, "occurred_at"),
                getEnum(rs, "kind", EpisodeKind.class),
                getInt(rs, "duration_minutes"),
                getInt(rs, "severity"),
                getEnum(rs, "rhythm", Rhythm.class),
                getEnum(rs, "trigger_cause", Trigger.class),
                readRedFlags(rs));
    }

    private static Set<RedFlag> readRedFlags(ResultSet rs) throws SQLException {
        EnumSet<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        addFlag(flags, RedFlag.CHEST_PAIN, rs.getBoolean("chest_pain"));
        addFlag(flags, RedFlag.FAINTING, rs.getBoolean("fainting"));
        addFlag(flags, RedFlag.BREATHLESSNESS, rs.getBoolean("breathlessness"));
        return flags;
    }

    private static void addFlag(Set<RedFlag> flags, RedFlag flag, boolean present) {
        if (present) {
            flags.add(flag);
        }
    }

    /** Writes the three red-flag columns starting at {@code index}. */
    private static void setRedFlags(PreparedStatement s, int index, Set<RedFlag> flags) throws SQLException {
        s.setBoolean(index, flags.contains(RedFlag.CHEST_PAIN));
        s.setBoolean(index + 1, flags.contains(RedFlag.FAINTING));
        s.setBoolean(index + 2, flags.contains(RedFlag.BREATHLESSNESS));
    }
}
