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

    public static String custom(long id) {
        return CUSTOM_PREFIX + id;
    }
}
