package org.mentorlog.base;

import java.text.Normalizer;

/**
 * The one rule for text a person typed, applied where an entity takes it: what is stored is plain
 * text that every database accepts and every screen shows as it reads.
 *
 * <ul>
 *   <li>NUL and the other C0 and C1 control characters go (PostgreSQL refuses NUL outright); a
 *       single-line field turns tabs and line breaks into spaces, a multiline one keeps them;</li>
 *   <li>bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) go, so
 *       that "Awa", RIGHT-TO-LEFT OVERRIDE, "fdp.exe" cannot pass for "Awa exe.pdf";</li>
 *   <li>lone halves of surrogate pairs go (they cannot be written as UTF-8);</li>
 *   <li>the text is normalised to NFC (an "é" typed in two code points is the same as one), then
 *       stripped.</li>
 * </ul>
 *
 * Markup, SQL and formulas stay as typed: they are harmless text, escaped by Vaadin on screen,
 * bound as parameters in SQL and neutralised by {@link #forSpreadsheet} in exports.
 */
public final class PlainText {

    private PlainText() {
    }

    /** A single-line text (names, labels, codes): null stays null. */
    public static String clean(String value) {
        return clean(value, false);
    }

    /** A text that may span lines (notes, comments, purposes): keeps tabs and line breaks. */
    public static String cleanMultiline(String value) {
        return clean(value, true);
    }

    private static String clean(String value, boolean multiline) {
        if (value == null) {
            return null;
        }
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < normalised.length()
                        && Character.isLowSurrogate(normalised.charAt(i + 1))) {
                    out.append(c).append(normalised.charAt(++i));
                }
            } else if (c == '\r') {
                // CR LF and a lone CR are one line break
                if (i + 1 < normalised.length() && normalised.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append(multiline ? '\n' : ' ');
            } else if (c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029') {
                out.append(multiline ? (c == '\t' ? '\t' : '\n') : ' ');
            } else if (!isControl(c) && !isBidiControl(c)) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI). */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * A text cell of a CSV or XLSX file that no spreadsheet will run as a formula: text starting with
     * {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP, CSV injection).
     * Only for text cells: numbers are written as numbers and never pass through here.
     */
    public static String forSpreadsheet(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r' || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
        return formula ? "'" + value : value;
    }
}
