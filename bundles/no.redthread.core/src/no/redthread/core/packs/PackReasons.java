package no.redthread.core.packs;

import java.util.Collection;
import java.util.TreeSet;

import no.redthread.workbench.LocalizedText;

/**
 * The reasons every content pack's validator gives for a refused field, in the UI language (bokmål, nynorsk,
 * English: the default locale, which the workbench sets at start), so that a county's author reads them in the
 * language of the workbench. A module's own reasons come from its own messages files.
 *
 * @since 1.1
 */
public final class PackReasons {

    private static final LocalizedText TEXT = new LocalizedText(PackReasons.class.getPackageName() + ".reasons",
            PackReasons.class);

    private PackReasons() {
    }

    public static String required() {
        return TEXT.get("required");
    }

    public static String unknownField(Collection<String> allowed) {
        return TEXT.get("unknownField", String.join(", ", new TreeSet<>(allowed)));
    }

    public static String notObject() {
        return TEXT.get("notObject");
    }

    public static String notArray() {
        return TEXT.get("notArray");
    }

    public static String notText() {
        return TEXT.get("notText");
    }

    public static String atLeast(int entries) {
        return TEXT.get("atLeast", entries);
    }

    public static String wholeNumber(long lowest, long highest) {
        return TEXT.get("wholeNumber", lowest, highest);
    }

    public static String trueOrFalse() {
        return TEXT.get("trueOrFalse");
    }

    /** The value is not one of the words allowed, which are listed. */
    public static String notOneOf(Object value, Collection<?> words) {
        return TEXT.get("notOneOf", value, words.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""));
    }

    /** The value does not have the form described, e.g. {@link #form(String) form("sdgTarget")}. */
    public static String notForm(Object value, String form) {
        return TEXT.get("notForm", value, form);
    }

    /** A form described in words: id, dimensionId, themeId, sdgTarget, url. */
    public static String form(String name) {
        return TEXT.get("form." + name);
    }

    public static String repeats(Object value) {
        return TEXT.get("repeats", value);
    }

    /** A file whose JSON syntax is broken; {@code detail} is the parser's own description. */
    public static String notJson(String detail) {
        return TEXT.get("notJson", detail);
    }

    public static String unreadable(String detail) {
        return TEXT.get("unreadable", detail);
    }

    public static String schemaVersion(int given, int read) {
        return TEXT.get("schemaVersion", given, read);
    }

    static String notTextOrLanguages() {
        return TEXT.get("notTextOrLanguages", String.join(", ", PackText.LANGUAGES));
    }

    static String notLanguage() {
        return TEXT.get("notLanguage", String.join(", ", PackText.LANGUAGES));
    }

    static String bokmalRequired() {
        return TEXT.get("bokmalRequired");
    }
}
