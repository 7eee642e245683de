package no.redthread.dilemma.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import no.redthread.core.packs.PackReasons;
import no.redthread.core.packs.PackText;

/** One JSON object of a scenario file and its path, with the schema's checks of field presence, type and form. */
final class Fields {

    private final JsonNode node;
    private final String path;

    private Fields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static Fields of(JsonNode node, String path) throws ScenarioException {
        if (node == null || !node.isObject()) {
            throw new ScenarioException(path.isEmpty() ? "(file)" : path, PackReasons.notObject());
        }
        return new Fields(node, path);
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    Fields allowOnly(Set<String> names) throws ScenarioException {
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext();) {
            String name = fields.next();
            if (!names.contains(name)) {
                throw new ScenarioException(path(name), PackReasons.unknownField(names));
            }
        }
        return this;
    }

    boolean has(String name) {
        return node.hasNonNull(name);
    }

    String text(String name) throws ScenarioException {
        if (!has(name)) {
            throw new ScenarioException(path(name), PackReasons.required());
        }
        return text(path(name), node.get(name));
    }

    String optionalText(String name) throws ScenarioException {
        return has(name) ? text(path(name), node.get(name)) : "";
    }

    /** A required text for people to read: a string, or texts by language of which the UI language's is taken. */
    String localized(String name) throws ScenarioException {
        if (!has(name)) {
            throw new ScenarioException(path(name), PackReasons.required());
        }
        return localized(path(name), node.get(name));
    }

    String optionalLocalized(String name) throws ScenarioException {
        return has(name) ? localized(path(name), node.get(name)) : "";
    }

    /** The texts of an array field for people to read, each a string or texts by language; {@code min} at least. */
    List<String> localizedList(String name, int min) throws ScenarioException {
        JsonNode array = array(name, min);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(localized(path(name) + "[" + i + "]", array.get(i)));
        }
        return values;
    }

    private static String localized(String at, JsonNode value) throws ScenarioException {
        try {
            return PackText.pick(value);
        } catch (PackText.Fault fault) {
            throw new ScenarioException(at + fault.at(), fault.getMessage());
        }
    }

    /** A required text that must match the pattern; {@code form} says in words what it should look like. */
    String matching(String name, Pattern pattern, String form) throws ScenarioException {
        return check(path(name), text(name), pattern, form);
    }

    /** A required text that must be one of the given words. */
    String oneOf(String name, List<String> words) throws ScenarioException {
        String value = text(name);
        if (!words.contains(value)) {
            throw new ScenarioException(path(name), PackReasons.notOneOf(value, words));
        }
        return value;
    }

    /** The strings of an array field, each matching the pattern (null: any text); {@code min} entries at least. */
    List<String> strings(String name, int min, Pattern pattern, String form) throws ScenarioException {
        JsonNode array = array(name, min);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = path(name) + "[" + i + "]";
            String value = check(at, text(at, array.get(i)), pattern, form);
            if (values.contains(value)) {
                throw new ScenarioException(at, PackReasons.repeats(value));
            }
            values.add(value);
        }
        return values;
    }

    int integer(String name, int lo, int hi) throws ScenarioException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new ScenarioException(path(name), PackReasons.required());
        }
        if (!value.isIntegralNumber() || value.longValue() < lo || value.longValue() > hi) {
            throw new ScenarioException(path(name), PackReasons.wholeNumber(lo, hi));
        }
        return value.intValue();
    }

    Fields object(String name) throws ScenarioException {
        if (!has(name)) {
            throw new ScenarioException(path(name), PackReasons.required());
        }
        return of(node.get(name), path(name));
    }

    List<Fields> objects(String name, int min) throws ScenarioException {
        JsonNode array = array(name, min);
        List<Fields> objects = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            objects.add(of(array.get(i), path(name) + "[" + i + "]"));
        }
        return objects;
    }

    private JsonNode array(String name, int min) throws ScenarioException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (min > 0) {
                throw new ScenarioException(path(name), PackReasons.required());
            }
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw new ScenarioException(path(name), PackReasons.notArray());
        }
        if (value.size() < min) {
            throw new ScenarioException(path(name), PackReasons.atLeast(min));
        }
        return value;
    }

    private static String text(String at, JsonNode value) throws ScenarioException {
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new ScenarioException(at, PackReasons.notText());
        }
        return value.textValue().strip();
    }

    private static String check(String at, String value, Pattern pattern, String form) throws ScenarioException {
        if (pattern != null && !pattern.matcher(value).matches()) {
            throw new ScenarioException(at, PackReasons.notForm(value, form));
        }
        return value;
    }
}
