package org.carnet.exchange;

/**
 * Two things about a JSON text that the reader's own errors tell badly: a comma just before a closing bracket (Gson
 * stops at the bracket, often at the very end of the file, which reads as "the file ends too early"), and whether
 * the text really ends inside a string or with brackets still open. Lines and columns count from 1, as Gson's do.
 */
final class JsonSyntax {
    /** A place in the text. */
    record Place(int line, int column) {
        boolean notAfter(int otherLine, int otherColumn) {
            return otherLine <= 0 || line < otherLine || line == otherLine && column <= otherColumn;
        }
    }

    private JsonSyntax() {
    }

    /** The first comma that only blanks separate from a following {@code }} or {@code ]}, outside strings. */
    static Place trailingComma(String text) {
        Scanner scanner = new Scanner(text);
        Place comma = null;
        while (scanner.next()) {
            char c = scanner.current;
            if (scanner.inString) {
                comma = null;
                continue;
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            if ((c == '}' || c == ']') && comma != null) {
                return comma;
            }
            comma = c == ',' ? new Place(scanner.line, scanner.column) : null;
        }
        return null;
    }

    /** True when the text ends inside a string, or with an object or array left open. */
    static boolean endsEarly(String text) {
        Scanner scanner = new Scanner(text);
        int depth = 0;
        while (scanner.next()) {
            if (scanner.inString) {
                continue;
            }
            char c = scanner.current;
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return scanner.inString || depth > 0;
    }

    /** Walks the text a character at a time, knowing whether it is inside a string (quotes included). */
    private static final class Scanner {
        private final String text;
        private int index = -1;
        private int line = 1;
        private int column;
        private char current;
        private boolean inString;
        private boolean escaped;
        private boolean closing;

        Scanner(String text) {
            this.text = text;
        }

        boolean next() {
            if (closing) {
                inString = false;
                closing = false;
            }
            if (index >= 0 && current == '\n') {
                line++;
                column = 0;
            }
            index++;
            if (index >= text.length()) {
                return false;
            }
            current = text.charAt(index);
            column++;
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (current == '\\') {
                    escaped = true;
                } else if (current == '"') {
                    closing = true; // the closing quote still belongs to the string
                }
            } else if (current == '"') {
                inString = true;
            }
            return true;
        }
    }
}
