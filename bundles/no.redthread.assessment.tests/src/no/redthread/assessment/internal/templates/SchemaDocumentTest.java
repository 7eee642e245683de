package no.redthread.assessment.internal.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.redthread.assessment.template.AnswerMeaning;
import no.redthread.assessment.template.PlanLevel;

/** The documented JSON schema and the parser say the same: same fields, same required ones, same enumerations. */
class SchemaDocumentTest {

    private static JsonNode schema;

    @BeforeAll
    static void read() throws IOException {
        URL url = FrameworkUtil.getBundle(TemplateParser.class).getEntry("schema/form-template.schema.json");
        assertNotNull(url, "the schema is not in the bundle");
        try (InputStream in = url.openStream()) {
            schema = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyObjectHasTheFieldsTheParserAllows() {
        assertEquals(TemplateParser.ROOT_FIELDS, fields(schema));
        assertEquals(TemplateParser.SCALE_FIELDS, fields(def("scale")));
        assertEquals(TemplateParser.OPTION_FIELDS, fields(def("option")));
        assertEquals(OutlineParser.DIMENSION_FIELDS, fields(def("dimension")));
        assertEquals(OutlineParser.THEME_FIELDS, fields(def("theme")));
        assertEquals(OutlineParser.RULE_FIELDS, fields(def("rule")));
        assertEquals(OutlineParser.QUESTION_FIELDS, fields(def("question")));
    }

    @Test
    void requiredFieldsAreTheOnesTheParserRequires() {
        assertEquals(Set.of("schemaVersion", "id", "version", "planLevel", "titleNb", "scales", "dimensions"),
                strings(schema.get("required")));
        assertEquals(Set.of("id", "labelNb", "meaning"), strings(def("option").get("required")));
        assertEquals(Set.of("id", "textNb"), strings(def("question").get("required")));
        for (String object : new String[] {"scale", "option", "dimension", "theme", "rule", "question"}) {
            assertTrue(def(object).get("additionalProperties").isBoolean()
                    && !def(object).get("additionalProperties").booleanValue(), object + " must refuse unknown fields");
        }
    }

    @Test
    void enumerationsMatchTheJavaEnums() {
        Set<String> levels = strings(schema.get("properties").get("planLevel").get("enum"));
        assertEquals(keys(PlanLevel.values()), levels);
        Set<String> meanings = strings(def("option").get("properties").get("meaning").get("enum"));
        assertEquals(keys(AnswerMeaning.values()), meanings);
        assertEquals(TemplateParser.SCHEMA_VERSION, schema.get("properties").get("schemaVersion").get("const").intValue());
        assertEquals(JsonFields.ID.pattern(), def("id").get("pattern").textValue().replaceAll("^\\^|\\$$", ""));
    }

    private static JsonNode def(String name) {
        return schema.get("$defs").get(name);
    }

    private static Set<String> fields(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.textValue()));
        return values;
    }

    private static Set<String> keys(Enum<?>[] values) {
        Set<String> keys = new HashSet<>();
        Arrays.stream(values).forEach(value -> keys.add(value instanceof PlanLevel level ? level.key()
                : ((AnswerMeaning) value).key()));
        return keys;
    }
}
