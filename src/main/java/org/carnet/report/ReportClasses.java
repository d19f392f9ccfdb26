package org.carnet.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes a report loads from H2's first class on (H2's open of the journal, the report's data, the analysis,
 * the guidance rules, PDFBox), listed in {@code report-classes.txt} in the order a report first loads them (written
 * by bench/report-classes.sh). {@link #link} loads and links (verifies) them on a second core, ahead of the command
 * line's first thread: with the JVM's defaults every class read from a jar is parsed and verified the first time it
 * is used, and the first thread would otherwise do it between its own steps. Nothing is initialised (no static
 * initialiser runs on this thread), so the order of initialisation stays the first thread's. A listed class that no
 * longer exists is skipped; a class missing from the list is simply loaded when it is first used, as before.
 */
public final class ReportClasses {
    static final String LIST = "report-classes.txt";

    private ReportClasses() {
    }

    /** The listed class names, in order (comments and blank lines left out). */
    static List<String> names() throws IOException {
        List<String> names = new ArrayList<>(700);
        try (InputStream in = ReportClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * Loads and links every listed class without initialising it; returns how many were found. A class that cannot
     * be loaded is passed over (the code that uses it meets the failure itself, as it would have).
     */
    public static int link() {
        try {
            return link(names(), ReportClasses.class.getClassLoader());
        } catch (IOException e) {
            return 0;
        }
    }

    static int link(List<String> names, ClassLoader loader) {
        int found = 0;
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                // Reflection links the class (HotSpot verifies it here) but runs no static initialiser.
                type.getDeclaredConstructors();
                found++;
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // not there any more, or not loadable here: its first use decides
            }
        }
        return found;
    }
}
