package no.redthread.assessment.internal.templates;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import no.redthread.core.packs.PackReasons;
import no.redthread.core.packs.PackText;

/**
 * One JSON object of a template file and its path in the file, with the checks of the template schema: required
 * and optional fields of the right type, ids of the right form, and no unknown fields.
 */
final class JsonFields {

    /** Ids: lower-case letters and digits in groups joined by single hyphens or dots, e.g. "sd-housing-1". */
    static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The object at the given path; fails if the node is not an object. */
    static JsonFields of(JsonNode node, String path) throws TemplateException {
        if (node == null || !node.isObject()) {
            throw new TemplateException(path.isEmpty() ? "(file)" : path, PackReasons.notObject());
        }
        return new JsonFields(node, path);
    }

    /** The path of a field of this object, e.g. "dimensions[0].id". */
    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Fails on the first field that is not one of the given names. */
    JsonFields allowOnly(Set<String> names) throws TemplateException {
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext();) {
            String name = fields.next();
            if (!names.contains(name)) {
                throw new TemplateException(path(name), PackReasons.unknownField(names));
            }
        }
        return this;
    }

    String requiredText(String name) throws TemplateException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new TemplateException(path(name), PackReasons.required());
        }
        return text(name, value);
    }

    /** The text of an optional field; empty if absent. */
    String optionalText(String name) throws TemplateException {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? "" : text(name, value);
    }

    /** A required text for people to read: a string, or texts by language of which the UI language's is taken. */
    String requiredLocalized(String name) throws TemplateException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new TemplateException(path(name), PackReasons.required());
        }
        return localized(name, value);
    }

    /** An optional text for people to read; empty if absent. */
    String optionalLocalized(String name) throws TemplateException {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? "" : localized(name, value);
    }

    private String localized(String name, JsonNode value) throws TemplateException {
        try {
            return PackText.pick(value);
        } catch (PackText.Fault fault) {
            throw new TemplateException(path(name) + fault.at(), fault.getMessage());
        }
    }

    private String text(String name, JsonNode value) throws TemplateException {
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new TemplateException(path(name), PackReasons.notText());
        }
        return value.textValue().strip();
    }

    String requiredId(String name) throws TemplateException {
        String id = requiredText(name);
        if (!ID.matcher(id).matches()) {
            throw new TemplateException(path(name), TemplateException.reason("id", id));
        }
        return id;
    }


    boolean optionalBoolean(String name, boolean absent) throws TemplateException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw new TemplateException(path(name), PackReasons.trueOrFalse());
        }
        return value.booleanValue();
    }

    /** An integer field that must lie in [min, max]; {@code absent} if the field is missing. */
    int optionalInt(String name, int absent, int min, int max) throws TemplateException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isIntegralNumber() || value.intValue() < min || value.intValue() > max) {
            throw new TemplateException(path(name), PackReasons.wholeNumber(min, max));
        }
        return value.intValue();
    }

    /** The objects of a required array field with at least {@code min} elements. */
    List<JsonFields> requiredObjects(String name, int min) throws TemplateException {
        JsonNode array = array(name, true);
        if (array.size() < min) {
            throw new TemplateException(path(name), PackReasons.atLeast(min));
        }
        List<JsonFields> objects = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            objects.add(of(array.get(i), path(name) + "[" + i + "]"));
        }
        return objects;
    }

    /** The strings of an optional array field; empty if absent. */
    List<String> optionalStrings(String name) throws TemplateException {
        JsonNode array = array(name, false);
        List<String> strings = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isTextual() || element.textValue().isBlank()) {
                throw new TemplateException(path(name) + "[" + i + "]", PackReasons.notText());
            }
            strings.add(element.textValue().strip());
        }
        return strings;
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    private JsonNode array(String name, boolean required) throws TemplateException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new TemplateException(path(name), PackReasons.required());
            }
            return null;
        }
        if (!value.isArray()) {
            throw new TemplateException(path(name), PackReasons.notArray());
        }
        return value;
    }
}
