package no.redthread.core.packs;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A text of a content pack (a name, a title, a question): either a plain string, or the text in several languages,
 * {@code {"nb": "…", "nn": "…", "en": "…"}}, of which the one in the UI language is shown. Bokmål is required in
 * the object form and is the fallback for a language the object lacks, as bokmål is the workbench's first language.
 * Faults are told in the UI language ({@link PackReasons}).
 *
 * @since 1.1
 */
public final class PackText {

    /** The languages a text may be given in, the first being the fallback. */
    public static final List<String> LANGUAGES = List.of("nb", "nn", "en");

    private PackText() {
    }

    /**
     * The text to show in the given UI language.
     *
     * @param value the JSON value of the field, a string or an object of languages
     * @throws Fault naming what is wrong and where below the field (e.g. {@code ".nn"})
     */
    public static String pick(JsonNode value, Locale language) throws Fault {
        if (value.isTextual()) {
            return nonBlank("", value);
        }
        if (!value.isObject()) {
            throw new Fault("", PackReasons.notTextOrLanguages());
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!LANGUAGES.contains(field.getKey())) {
                throw new Fault("." + field.getKey(), PackReasons.notLanguage());
            }
            nonBlank("." + field.getKey(), field.getValue());
        }
        if (!value.has("nb")) {
            throw new Fault(".nb", PackReasons.bokmalRequired());
        }
        JsonNode chosen = value.get(language(language));
        return (chosen != null ? chosen : value.get("nb")).textValue().strip();
    }

    /** The text to show in the UI language of the workbench (the default locale, set at start). */
    public static String pick(JsonNode value) throws Fault {
        return pick(value, Locale.getDefault());
    }

    /**
     * The Norwegian text to show: nynorsk in a nynorsk UI, else bokmål. For the fields that come in a pair,
     * {@code nameNb} and {@code nameEn}, where the English field holds the English text.
     */
    public static String pickNorwegian(JsonNode value, Locale language) throws Fault {
        return pick(value, language(language).equals("nn") ? language : Locale.of("nb"));
    }

    /** The text given in exactly this language (nb, nn or en): empty for a plain string or a language not given. */
    public static Optional<String> given(JsonNode value, String language) {
        JsonNode text = value.isObject() ? value.get(language) : null;
        return text != null && text.isTextual() && !text.textValue().isBlank() ? Optional.of(text.textValue().strip())
                : Optional.empty();
    }

    /** nb, nn or en for a locale; Norwegian without a written standard ("no") is bokmål. */
    public static String language(Locale locale) {
        String language = locale.getLanguage();
        return LANGUAGES.contains(language) ? language : "nb";
    }

    private static String nonBlank(String at, JsonNode value) throws Fault {
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new Fault(at, PackReasons.notText());
        }
        return value.textValue().strip();
    }

    /** A text that cannot be read: {@code at} is the path below the field ("" for the field itself). */
    public static final class Fault extends Exception {

        private static final long serialVersionUID = 1L;
        private final String at;

        Fault(String at, String reason) {
            super(reason);
            this.at = at;
        }

        /** Where below the field the fault is: "" for the field itself, ".nn" for its nynorsk text. */
        public String at() {
            return at;
        }
    }
}
