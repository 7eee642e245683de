package no.redthread.indicators.internal.sets;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import no.redthread.core.packs.PackReasons;
import no.redthread.core.packs.PackText;

/** One JSON object of a set file and its path, with the checks of {@code sets/schema.json}: fields, types, forms. */
final class SetFields {

    private final JsonNode node;
    private final String path;

    private SetFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static SetFields of(JsonNode node, String path, Set<String> allowed) throws SetFileException {
        if (node == null || !node.isObject()) {
            throw new SetFileException(path.isEmpty() ? "(file)" : path, PackReasons.notObject());
        }
        SetFields fields = new SetFields(node, path);
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new SetFileException(fields.path(name),
                        PackReasons.unknownField(allowed));
            }
        }
        return fields;
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    JsonNode node(String name) {
        return node.get(name);
    }

    /** A text field, null when absent, null or blank. */
    String text(String name) throws SetFileException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new SetFileException(path(name), PackReasons.notText());
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    /**
     * The Norwegian field of a pair such as nameNb/nameEn, null when absent: a text, or texts by language
     * ({"nb", "nn", "en"}) of which nynorsk is taken in a nynorsk UI and bokmål otherwise.
     */
    String norwegian(String name) throws SetFileException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isTextual()) {
            return text(name);
        }
        try {
            return PackText.pickNorwegian(value, Locale.getDefault());
        } catch (PackText.Fault fault) {
            throw new SetFileException(path(name) + fault.at(), fault.getMessage());
        }
    }

    /** The English field of a pair: the field itself, else the "en" text of its Norwegian field's texts; null if neither. */
    String english(String name, String norwegianName) throws SetFileException {
        String text = text(name);
        JsonNode norwegian = node.get(norwegianName);
        return text != null || norwegian == null ? text : PackText.given(norwegian, "en").orElse(null);
    }

    String required(String name) throws SetFileException {
        String value = text(name);
        if (value == null) {
            throw new SetFileException(path(name), PackReasons.required());
        }
        return value;
    }

    /** An optional text that must match the pattern; {@code form} says in words what it should look like. */
    String matching(String name, Pattern pattern, String form) throws SetFileException {
        String value = text(name);
        if (value != null && !pattern.matcher(value).matches()) {
            throw new SetFileException(path(name), PackReasons.notForm(value, form));
        }
        return value;
    }

    boolean flag(String name) throws SetFileException {
        JsonNode value = node.get(name);
        if (value != null && !value.isNull() && !value.isBoolean()) {
            throw new SetFileException(path(name), PackReasons.trueOrFalse());
        }
        return value != null && value.asBoolean();
    }

    JsonNode array(String name) throws SetFileException {
        return array(path(name), node.get(name));
    }

    static JsonNode array(String at, JsonNode value) throws SetFileException {
        if (value == null || value.isNull()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw new SetFileException(at, PackReasons.notArray());
        }
        return value;
    }

    /** The texts of an array field, each matching the pattern. */
    List<String> strings(String name, Pattern pattern, String form) throws SetFileException {
        return strings(path(name), node.get(name), pattern, form);
    }

    static List<String> strings(String at, JsonNode value, Pattern pattern, String form) throws SetFileException {
        JsonNode array = array(at, value);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isTextual() || !pattern.matcher(item.asText()).matches()) {
                throw new SetFileException(at + "[" + i + "]", PackReasons.notForm(item, form));
            }
            values.add(item.asText());
        }
        return values;
    }
}
