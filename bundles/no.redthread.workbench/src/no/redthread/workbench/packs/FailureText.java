package no.redthread.workbench.packs;

/**
 * The cause a user needs to read first, from a failure given as text (SCR's failure of a component is a printed
 * stack trace that starts with the wrapping InvocationTargetException and ends with the real cause).
 */
public final class FailureText {

    private static final String CAUSED_BY = "Caused by: ";

    private FailureText() {
    }

    /**
     * The innermost cause named in the text: its last "Caused by:" line, else its first line; the exception's type
     * without its package ("IllegalStateException: the index file is missing").
     */
    public static String rootCause(String failure) {
        if (failure == null || failure.isBlank()) {
            return "?";
        }
        String found = failure.lines().findFirst().orElse("").strip();
        for (String line : failure.lines().toList()) {
            if (line.strip().startsWith(CAUSED_BY)) {
                found = line.strip().substring(CAUSED_BY.length());
            }
        }
        return withoutPackage(found);
    }

    private static String withoutPackage(String line) {
        int colon = line.indexOf(": ");
        String type = colon < 0 ? line : line.substring(0, colon);
        if (type.contains(" ") || !type.contains(".")) {
            return line;
        }
        return type.substring(type.lastIndexOf('.') + 1) + line.substring(type.length());
    }
}
