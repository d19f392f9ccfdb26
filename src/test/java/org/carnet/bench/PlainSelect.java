package org.carnet.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The baseline of the command-line rows: a plain Java program that opens the journal's H2 file (same URL options as
 * the app) and runs one SELECT. Only H2 and this class on its class path.
 */
public final class PlainSelect {
    private PlainSelect() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + Path.of(args[0]).resolve("carnet").toAbsolutePath()
                + ";AUTO_SERVER=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        try (Connection c = DriverManager.getConnection(url, "carnet", "");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM check_in")) {
            rows.next();
            System.out.println("check-ins: " + rows.getInt(1));
        }
    }
}
