package no.redthread.assessment.internal.templates;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import no.redthread.core.packs.PackFile;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.TemplateProblem;

/**
 * Small templates for the tests, read through the real parser. {@link #SMALL} has two dimensions, three themes and
 * six questions on two scales:
 *
 * <pre>
 * dim-a  theme-a1  rule-a1-1  q-a1-1, q-a1-2     (scale ivaretatt)
 *                  rule-a1-2  q-a1-3
 *        theme-a2  rule-a2-1  q-a2-1
 * dim-b  theme-b1  rule-b1-1  q-b1-1, q-b1-2     (scale virkning)
 * </pre>
 */
public final class TestTemplates {

    /** The standard scale, as in the built-in worksheets. */
    public static final String IVARETATT = """
            { "id": "ivaretatt", "options": [
              { "id": "ivaretatt", "labelNb": "Ivaretatt", "meaning": "fulfilled" },
              { "id": "delvis-ivaretatt", "labelNb": "Delvis ivaretatt", "meaning": "partly", "justificationRequired": true },
              { "id": "ikke-ivaretatt", "labelNb": "Ikke ivaretatt", "meaning": "not-fulfilled", "justificationRequired": true },
              { "id": "ikke-relevant", "labelNb": "Ikke relevant", "meaning": "not-relevant", "justificationRequired": true },
              { "id": "ikke-vurdert", "labelNb": "Ikke vurdert", "meaning": "not-assessed" } ] }""";

    /** The effect scale of the saksbehandling worksheet. */
    public static final String VIRKNING = """
            { "id": "virkning", "options": [
              { "id": "positiv-virkning", "labelNb": "Positiv virkning", "meaning": "fulfilled", "justificationRequired": true },
              { "id": "ingen-vesentlig-virkning", "labelNb": "Ingen vesentlig virkning", "meaning": "neutral" },
              { "id": "usikker-virkning", "labelNb": "Usikker virkning", "meaning": "partly", "justificationRequired": true },
              { "id": "negativ-virkning", "labelNb": "Negativ virkning", "meaning": "not-fulfilled", "justificationRequired": true },
              { "id": "ikke-relevant", "labelNb": "Ikke relevant", "meaning": "not-relevant" },
              { "id": "ikke-vurdert", "labelNb": "Ikke vurdert", "meaning": "not-assessed" } ] }""";

    /** The dimensions of {@link #SMALL}. */
    public static final String SMALL_DIMENSIONS = """
            [ { "id": "dim-a", "nameNb": "Dimensjon A", "themes": [
                { "id": "theme-a1", "nameNb": "Tema A1", "rules": [
                  { "id": "rule-a1-1", "questions": [
                    { "id": "q-a1-1", "textNb": "Spørsmål A1-1?" },
                    { "id": "q-a1-2", "textNb": "Spørsmål A1-2?" } ] },
                  { "id": "rule-a1-2", "questions": [ { "id": "q-a1-3", "textNb": "Spørsmål A1-3?" } ] } ] },
                { "id": "theme-a2", "nameNb": "Tema A2", "rules": [
                  { "id": "rule-a2-1", "questions": [ { "id": "q-a2-1", "textNb": "Spørsmål A2-1?" } ] } ] } ] },
              { "id": "dim-b", "nameNb": "Dimensjon B", "themes": [
                { "id": "theme-b1", "nameNb": "Tema B1", "rules": [
                  { "id": "rule-b1-1", "questions": [
                    { "id": "q-b1-1", "textNb": "Spørsmål B1-1?", "scale": "virkning" },
                    { "id": "q-b1-2", "textNb": "Spørsmål B1-2?", "scale": "virkning" } ] } ] } ] } ]""";

    public static final String SMALL = template("small", "1.0.0", "samfunnsdel", SMALL_DIMENSIONS);

    private TestTemplates() {
    }

    /** A template file with both scales and the given dimensions. */
    public static String template(String id, String version, String planLevel, String dimensions) {
        return """
                { "schemaVersion": 1, "id": "%s", "version": "%s", "planLevel": "%s", "titleNb": "Test %s",
                  "scales": [ %s, %s ],
                  "dimensions": %s }""".formatted(id, version, planLevel, id, IVARETATT, VIRKNING, dimensions);
    }

    /** Replaces the one match of a regular expression; fails unless there is exactly one. */
    public static String edit(String text, String regex, String replacement) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(regex).matcher(text);
        if (!matcher.find() || matcher.find()) {
            throw new AssertionError("not exactly once in the test file: " + regex);
        }
        return matcher.replaceFirst(java.util.regex.Matcher.quoteReplacement(replacement));
    }

    /** Parses a file that must be valid. */
    public static FormTemplate parse(String json) {
        List<FormTemplate> templates = files("test.bundle", "templates/test.json", json).templates();
        if (templates.size() != 1) {
            throw new AssertionError("not parsed: " + problem(json));
        }
        return templates.get(0);
    }

    /** The problem of a file that must be refused, or null if it is valid. */
    public static TemplateProblem problem(String json) {
        List<TemplateProblem> problems = files("test.bundle", "templates/test.json", json).problems();
        return problems.isEmpty() ? null : problems.get(0);
    }

    static TemplateFiles files(String bundle, String path, String json) {
        return TemplateFiles.read(bundle, List.of(source(path, json)));
    }

    static PackFile source(String path, String json) {
        return new PackFile() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public java.io.InputStream open() {
                return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
