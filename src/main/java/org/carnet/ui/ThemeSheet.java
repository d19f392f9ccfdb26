package org.carnet.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Both AtlantaFX Primer themes in one stylesheet, the dark one selected by a pseudo-class on each scene's root.
 *
 * <p>Primer light and Primer dark are the same 4,668 lines but for the colour variables of {@code .root} and about
 * forty declarations. Switching JavaFX's user-agent stylesheet from one to the other makes JavaFX match every node
 * against the new sheet's rules again and give each a new style helper, which first resets every property CSS set
 * (its font among them, so every text is measured again) before applying the new sheet. With both in one sheet, the
 * switch is a pseudo-class change on the roots: the nodes keep their matched rules and their style helpers, only
 * the values that differ change (colours), and fonts equal to the ones in place are not set again.
 *
 * <p>The combined sheet is made from AtlantaFX's own two text sheets at build time ({@link #main}), as a JavaFX
 * binary stylesheet (as AtlantaFX ships its own): a declaration that differs only by colours reads a variable
 * {@code -carnet-theme-N} defined on {@code .root} with the light colour and on {@code .root:carnet-dark} with the
 * dark one; one that differs otherwise (the popups' drop shadows) is repeated, for the dark theme, in a rule whose
 * selectors are each preceded by {@code .root:carnet-dark}. AtlantaFX is MIT-licensed (Copyright (c) 2022 mkpaz).
 */
public final class ThemeSheet {
    /** The pseudo-class of a scene's root in the dark theme. */
    public static final String DARK_PSEUDO_CLASS = "carnet-dark";
    /** Where the build puts the binary sheet, as a class-path resource. */
    public static final String RESOURCE = "/org/carnet/ui/primer-themes.bss";

    /**
     * The style classes of controls Carnet never makes, nor do the skins, popups and dialogs of the ones it makes
     * (tables, trees, tabs, charts, sliders, split panes, colour pickers, the HTML editor, AtlantaFX's own controls…):
     * a selector naming one of them is dropped from the sheet (a rule with none left goes too). Every selector whose
     * last part is a common class (.label, .button, .arrow…) is tried on every such node when the window is styled,
     * so fewer of them is less CSS work before the person can type. ThemeSheetTest fails if one of these classes is
     * on a node of a control Carnet uses, or named by its code.
     */
    static final Set<String> UNUSED = Set.of(
            "accordion", "area-legend-symbol", "axis", "axis-label", "axis-minor-tick-mark", "axis-tick-mark",
            "bar-chart", "bar-legend-symbol", "bb-code", "breadcrumbs", "bubble-legend-symbol", "calendar", "card",
            "chart", "chart-alternative-column-fill", "chart-alternative-row-fill", "chart-area-symbol", "chart-bar",
            "chart-bubble", "chart-content", "chart-horizontal-grid-lines", "chart-horizontal-zero-line",
            "chart-legend", "chart-line-symbol", "chart-pie", "chart-pie-label", "chart-pie-label-line",
            "chart-plot-background", "chart-series-area-fill", "chart-series-area-line", "chart-series-line",
            "chart-symbol", "chart-title", "chart-vertical-grid-lines", "chart-vertical-zero-line",
            "check-box-table-cell", "check-box-tree-table-cell", "choice-box", "choice-dialog", "color-bar",
            "color-input-field", "color-palette", "color-palette-region", "color-picker", "color-picker-grid",
            "color-picker-label", "color-rect", "color-rect-border", "color-rect-pane", "color-square",
            "column-drag-header", "column-header", "column-header-background", "column-overlay",
            "column-resize-line", "current-new-color-grid", "custom-color-dialog", "custom-text-field",
            "customcolor-controls-background", "default-color0", "default-color1", "default-color2",
            "default-color3", "default-color4", "default-color5", "default-color6", "default-color7",
            "font-icon-table-cell", "headers-region", "html-editor", "html-editor-align-center",
            "html-editor-align-justify", "html-editor-align-left", "html-editor-align-right",
            "html-editor-background", "html-editor-bold", "html-editor-bullets", "html-editor-copy",
            "html-editor-cut", "html-editor-foreground", "html-editor-hr", "html-editor-indent",
            "html-editor-italic", "html-editor-numbers", "html-editor-outdent", "html-editor-paste",
            "html-editor-strike", "html-editor-underline", "message", "modal-box", "modal-pane",
            "pagination", "pagination-control", "pie-legend-symbol", "popover", "progress-slider",
            "ring-progress-indicator", "show-hide-column-image", "show-hide-columns-button", "slider", "sort-order",
            "sort-order-dot", "sort-order-dots-container", "split-menu-button", "split-pane", "split-pane-divider",
            "stacked-bar-chart", "tab", "tab-close-button", "tab-container", "tab-down-button", "tab-header-area",
            "tab-header-background", "tab-label", "tab-pane", "table-cell", "table-column", "table-row-cell",
            "table-view", "text-field-table-cell", "text-input-dialog", "tile", "tile-base", "toggle-switch",
            "tool-bar", "tool-bar-overflow-button", "tree-cell", "tree-disclosure-node", "tree-table-cell",
            "tree-table-row-cell", "tree-table-view", "tree-view", "web-field", "webcolor-field");

    private static final String LIGHT = "/atlantafx/base/theme/primer-light.css";
    private static final String DARK = "/atlantafx/base/theme/primer-dark.css";

    private ThemeSheet() {
    }

    /**
     * Build step: {@code ThemeSheet DIR [OUT.css]}, DIR the built classes' {@code org/carnet/ui}: writes both themes
     * there as {@code primer-themes.bss} (its text form too, if asked for), and the binary form of each of our own
     * sheets next to it ({@code app.bss} beside {@code app.css}), which JavaFX loads instead of parsing the text
     * (it looks for a .bss beside each .css it is given).
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Path css = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("primer-themes", ".css");
        Files.writeString(css, trimmed(combined(read(LIGHT), read(DARK)), UNUSED), StandardCharsets.UTF_8);
        String name = RESOURCE.substring(RESOURCE.lastIndexOf('/') + 1);
        javafx.css.Stylesheet.convertToBinary(css.toFile(), dir.resolve(name).toFile());
        if (args.length <= 1) {
            Files.delete(css);
        }
        try (var sheets = Files.list(dir)) {
            for (Path own : sheets.filter(p -> p.getFileName().toString().endsWith(".css")).toList()) {
                String file = own.getFileName().toString();
                javafx.css.Stylesheet.convertToBinary(own.toFile(),
                        dir.resolve(file.substring(0, file.length() - 4) + ".bss").toFile());
            }
        }
    }

    static String read(String resource) throws IOException {
        try (InputStream in = ThemeSheet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The two sheets in one. They must have the same lines but for declarations ({@code name: value;} lines) inside
     * rules; anything else is refused, so that a new AtlantaFX version with other differences fails the build.
     */
    static String combined(String light, String dark) {
        String[] a = light.split("\n", -1);
        String[] b = dark.split("\n", -1);
        if (a.length != b.length) {
            throw new IllegalArgumentException("the light and dark sheets differ in length: " + a.length + " / "
                    + b.length + " lines");
        }
        List<String> out = new ArrayList<>(a.length + 200);
        Map<String, String> variables = new LinkedHashMap<>();
        List<String> rootDark = new ArrayList<>();
        List<String> darkRules = new ArrayList<>();
        List<String> selectors = new ArrayList<>();
        boolean inRule = false;
        boolean inComment = false;
        int rootEnd = -1;
        for (int i = 0; i < a.length; i++) {
            String line = a[i];
            if (!inRule) {
                if (!line.equals(b[i])) {
                    throw new IllegalArgumentException("line " + (i + 1) + " differs outside a rule");
                }
                if (inComment || line.startsWith("/*")) {
                    inComment = !line.contains("*/");
                } else if (line.endsWith("{")) {
                    selectors.add(line.substring(0, line.length() - 1).trim());
                    inRule = true;
                } else if (line.endsWith(",")) {
                    selectors.add(line.substring(0, line.length() - 1).trim());
                } else if (!line.isBlank()) {
                    throw new IllegalArgumentException("line " + (i + 1) + " is not a selector: " + line);
                }
                out.add(line);
                continue;
            }
            if (line.trim().equals("}")) {
                if (selectors.equals(List.of(".root")) && rootEnd < 0) {
                    rootEnd = out.size();
                }
                selectors.clear();
                inRule = false;
                out.add(line);
                continue;
            }
            if (line.equals(b[i])) {
                out.add(line);
                continue;
            }
            String[] lightDeclaration = declaration(line, i);
            String[] darkDeclaration = declaration(b[i], i);
            if (!lightDeclaration[0].equals(darkDeclaration[0])) {
                throw new IllegalArgumentException("line " + (i + 1) + " sets another property in the dark sheet");
            }
            if (selectors.equals(List.of(".root")) && rootEnd < 0) {
                out.add(line);
                rootDark.add(b[i]);
                continue;
            }
            List<String> lightValues = topLevel(lightDeclaration[1]);
            List<String> darkValues = topLevel(darkDeclaration[1]);
            boolean colours = lightValues.size() == darkValues.size();
            for (int v = 0; colours && v < lightValues.size(); v++) {
                colours = lightValues.get(v).equals(darkValues.get(v))
                        || colour(lightValues.get(v)) && colour(darkValues.get(v));
            }
            if (colours) {
                List<String> values = new ArrayList<>();
                for (int v = 0; v < lightValues.size(); v++) {
                    String l = lightValues.get(v);
                    String d = darkValues.get(v);
                    values.add(l.equals(d) ? l : variables.computeIfAbsent(l + "\n" + d,
                            k -> "-carnet-theme-" + (variables.size() + 1)));
                }
                out.add(indent(line) + lightDeclaration[0] + ": " + String.join(", ", values) + ";");
            } else {
                out.add(line);
                List<String> prefixed = selectors.stream().map(s -> ".root:" + DARK_PSEUDO_CLASS + " " + s).toList();
                darkRules.add(String.join(",\n", prefixed) + " {\n" + b[i] + "\n}");
            }
        }
        if (rootEnd < 0) {
            throw new IllegalArgumentException("no .root rule");
        }
        List<String> rootLight = new ArrayList<>();
        variables.forEach((pair, name) -> {
            String[] colours = pair.split("\n");
            rootLight.add("  " + name + ": " + colours[0] + ";");
            rootDark.add("  " + name + ": " + colours[1] + ";");
        });
        out.addAll(rootEnd, rootLight);
        StringBuilder sheet = new StringBuilder(String.join("\n", out));
        sheet.append("\n/* Carnet: the dark theme (AtlantaFX Primer dark), on a root with :")
                .append(DARK_PSEUDO_CLASS).append(". */\n");
        sheet.append(".root:").append(DARK_PSEUDO_CLASS).append(" {\n").append(String.join("\n", rootDark))
                .append("\n}\n");
        darkRules.forEach(rule -> sheet.append(rule).append('\n'));
        return sheet.toString();
    }

    /**
     * {@code sheet} without the selectors that name one of {@code classes} ({@code .name}), and without the rules
     * left with no selector; comments and everything else as they were.
     */
    static String trimmed(String sheet, Set<String> classes) {
        StringBuilder out = new StringBuilder(sheet.length());
        int at = 0;
        while (at < sheet.length()) {
            int comment = sheet.indexOf("/*", at);
            int open = sheet.indexOf('{', at);
            if (open < 0) {
                out.append(sheet, at, sheet.length());
                break;
            }
            if (comment >= 0 && comment < open) {
                int end = sheet.indexOf("*/", comment + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("a comment is not closed at " + comment);
                }
                out.append(sheet, at, end + 2);
                at = end + 2;
                continue;
            }
            int close = sheet.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("a rule is not closed at " + open);
            }
            String head = sheet.substring(at, open);
            String lead = head.substring(0, head.length() - head.stripLeading().length());
            List<String> kept = new ArrayList<>();
            for (String selector : head.split(",")) {
                if (!namesAny(selector, classes)) {
                    kept.add(selector.strip());
                }
            }
            if (!kept.isEmpty()) {
                out.append(lead).append(String.join(",\n", kept)).append(' ').append(sheet, open, close + 1);
            }
            at = close + 1;
        }
        return out.toString();
    }

    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_-]*)");

    private static boolean namesAny(String selector, Set<String> classes) {
        Matcher m = STYLE_CLASS.matcher(selector);
        while (m.find()) {
            if (classes.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static String[] declaration(String line, int index) {
        String trimmed = line.trim();
        int colon = trimmed.indexOf(':');
        if (colon < 0 || !trimmed.endsWith(";")) {
            throw new IllegalArgumentException("line " + (index + 1) + " differs and is not a declaration: " + line);
        }
        return new String[] {trimmed.substring(0, colon).trim(), trimmed.substring(colon + 1, trimmed.length() - 1)
                .trim()};
    }

    private static String indent(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    /** The comma-separated values of a declaration, not splitting inside parentheses. */
    static List<String> topLevel(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(value.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(value.substring(start).trim());
        return parts;
    }

    /** A looked-up colour or a colour literal: what a variable of {@code .root} can stand for. */
    static boolean colour(String value) {
        return value.matches("-[a-z][a-z0-9-]*") || value.matches("#[0-9a-fA-F]{3,8}")
                || value.matches("rgba?\\([0-9., ]+\\)");
    }
}
