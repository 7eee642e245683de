package no.redthread.report.internal.html;

/** Escaping of user text (questions, answers, justifications, names) for HTML element content and attributes. */
final class Escape {

    private Escape() {
    }

    /** The text with markup characters escaped, and control characters (not allowed in HTML) made spaces. */
    static String text(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c < 0x20 && c != '\n' || c == 0x7f ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    /** As {@link #text(String)}, with line breaks kept as {@code <br>} (a justification may have several lines). */
    static String lines(String text) {
        return text(text.replace("\r\n", "\n").replace('\r', '\n').strip()).replace("\n", "<br>\n");
    }
}
