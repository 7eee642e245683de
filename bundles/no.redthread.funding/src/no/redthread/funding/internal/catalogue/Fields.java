package no.redthread.funding.internal.catalogue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import no.redthread.core.packs.PackReasons;
import no.redthread.core.packs.PackText;

/** One JSON object of a scheme file and its path, with the schema's checks of field presence, type and form. */
final class Fields {

    private final JsonNode node;
    private final String path;

    private Fields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static Fields of(JsonNode node, String path) throws SchemeException {
        if (node == null || !node.isObject()) {
            throw new SchemeException(path.isEmpty() ? "(file)" : path, PackReasons.notObject());
        }
        return new Fields(node, path);
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    Fields allowOnly(Set<String> names) throws SchemeException {
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext();) {
            String name = fields.next();
            if (!names.contains(name)) {
                throw new SchemeException(path(name), PackReasons.unknownField(names));
            }
        }
        return this;
    }

    boolean has(String name) {
        return node.hasNonNull(name);
    }

    String text(String name) throws SchemeException {
        if (!has(name)) {
            throw new SchemeException(path(name), PackReasons.required());
        }
        return text(path(name), node.get(name));
    }

    String optionalText(String name) throws SchemeException {
        return has(name) ? text(path(name), node.get(name)) : "";
    }

    /** A required text for people to read: a string, or texts by language of which the UI language's is taken. */
    String localized(String name) throws SchemeException {
        if (!has(name)) {
            throw new SchemeException(path(name), PackReasons.required());
        }
        try {
            return PackText.pick(node.get(name));
        } catch (PackText.Fault fault) {
            throw new SchemeException(path(name) + fault.at(), fault.getMessage());
        }
    }

    String optionalLocalized(String name) throws SchemeException {
        return has(name) ? localized(name) : "";
    }

    /**
     * The Norwegian field of a pair such as nameNb/nameEn: a string, or texts by language of which nynorsk is taken
     * in a nynorsk UI and bokmål otherwise.
     */
    String norwegian(String name) throws SchemeException {
        if (!has(name)) {
            throw new SchemeException(path(name), PackReasons.required());
        }
        try {
            return PackText.pickNorwegian(node.get(name), Locale.getDefault());
        } catch (PackText.Fault fault) {
            throw new SchemeException(path(name) + fault.at(), fault.getMessage());
        }
    }

    /** The English field of a pair: the field itself, else the "en" text of its Norwegian field's object; "" if neither. */
    String english(String name, String norwegianName) throws SchemeException {
        return has(name) ? text(name) : has(norwegianName) ? PackText.given(node.get(norwegianName), "en").orElse("") : "";
    }

    /** A required text that must match the pattern; {@code form} says in words what it should look like. */
    String matching(String name, Pattern pattern, String form) throws SchemeException {
        return check(path(name), text(name), pattern, form);
    }

    /** The strings of an array field, each matching the pattern; empty when absent unless {@code min} > 0. */
    List<String> strings(String name, int min, Pattern pattern, String form) throws SchemeException {
        JsonNode array = array(name, min);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = path(name) + "[" + i + "]";
            values.add(check(at, text(at, array.get(i)), pattern, form));
        }
        return values;
    }

    /** The whole numbers of an array field, each in [lo, hi]. */
    List<Integer> ints(String name, int lo, int hi) throws SchemeException {
        JsonNode array = array(name, 0);
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(integer(path(name) + "[" + i + "]", array.get(i), lo, hi));
        }
        return values;
    }

    int integer(String name, int lo, int hi) throws SchemeException {
        if (!has(name)) {
            throw new SchemeException(path(name), PackReasons.required());
        }
        return integer(path(name), node.get(name), lo, hi);
    }

    /** An optional whole number of at least zero; -1 when absent. */
    long optionalAmount(String name) throws SchemeException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return -1;
        }
        if (!value.isIntegralNumber() || value.longValue() < 0) {
            throw new SchemeException(path(name), SchemeException.reason("kroner"));
        }
        return value.longValue();
    }

    /** An optional share from 0 to 1; NaN when absent. */
    double optionalShare(String name) throws SchemeException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber() || value.doubleValue() < 0 || value.doubleValue() > 1) {
            throw new SchemeException(path(name), SchemeException.reason("share"));
        }
        return value.doubleValue();
    }

    Fields object(String name) throws SchemeException {
        if (!has(name)) {
            throw new SchemeException(path(name), PackReasons.required());
        }
        return of(node.get(name), path(name));
    }

    List<Fields> objects(String name) throws SchemeException {
        JsonNode array = array(name, 1);
        List<Fields> objects = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            objects.add(of(array.get(i), path(name) + "[" + i + "]"));
        }
        return objects;
    }

    private JsonNode array(String name, int min) throws SchemeException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (min > 0) {
                throw new SchemeException(path(name), PackReasons.required());
            }
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw new SchemeException(path(name), PackReasons.notArray());
        }
        if (value.size() < min) {
            throw new SchemeException(path(name), PackReasons.atLeast(min));
        }
        return value;
    }

    private static String text(String at, JsonNode value) throws SchemeException {
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new SchemeException(at, PackReasons.notText());
        }
        return value.textValue().strip();
    }

    private static String check(String at, String value, Pattern pattern, String form) throws SchemeException {
        if (pattern != null && !pattern.matcher(value).matches()) {
            throw new SchemeException(at, PackReasons.notForm(value, form));
        }
        return value;
    }

    private static int integer(String at, JsonNode value, int lo, int hi) throws SchemeException {
        if (!value.isIntegralNumber() || value.longValue() < lo || value.longValue() > hi) {
            throw new SchemeException(at, PackReasons.wholeNumber(lo, hi));
        }
        return value.intValue();
    }
}
