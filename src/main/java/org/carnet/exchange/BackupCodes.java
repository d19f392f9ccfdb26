package org.carnet.exchange;

/** Food codes in a backup: a Ciqual code, or "custom:&lt;id&gt;" pointing at a custom food. */
public final class BackupCodes {
    public static final String CUSTOM_PREFIX = "custom:";

    private BackupCodes() {
    }

    /** The custom food id of a "custom:&lt;id&gt;" code, null if the code is not one. */
    public static Long customId(String code) {
        if (code == null || !code.startsWith(CUSTOM_PREFIX)) {
            return null;
        }
        try {
            long id = Long.parseLong(code.substring(CUSTOM_PREFIX.length()));
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The table food codes of the backup's food intakes ("custom:" ones left out), each with its days. */
    public static java.util.Map<String, java.util.SortedSet<java.time.LocalDate>> tableCodes(Backup backup) {
        java.util.Map<String, java.util.SortedSet<java.time.LocalDate>> codes = new java.util.TreeMap<>();
        if (backup.foodIntakes() == null) {
            return codes;
        }
        for (Backup.FoodIntakeRow row : backup.foodIntakes()) {
            if (row != null && row.foodCode() != null && !row.foodCode().startsWith(CUSTOM_PREFIX)) {
                java.util.SortedSet<java.time.LocalDate> days = codes.computeIfAbsent(row.foodCode(),
                        c -> new java.util.TreeSet<>());
                if (row.takenAt() != null) {
                    days.add(row.takenAt().toLocalDate());
                }
            }
        }
        return codes;
    }

    public static String custom(long id) {
        return CUSTOM_PREFIX + id;
    }
}
