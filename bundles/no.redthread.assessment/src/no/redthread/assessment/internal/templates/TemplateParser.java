package no.redthread.assessment.internal.templates;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import no.redthread.assessment.template.AnswerMeaning;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.AnswerScale;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlanLevel;
import no.redthread.assessment.template.TemplateOrigin;

import no.redthread.core.packs.PackReasons;

/**
 * Reads one template file and checks it against the template schema ({@code schema/form-template.schema.json}):
 * the root fields and the answer scales here, the dimensions and everything under them in {@link OutlineParser}.
 */
final class TemplateParser {

    static final int SCHEMA_VERSION = 1;
    private static final Pattern VERSION = Pattern.compile("\\d{1,6}(\\.\\d{1,6}){0,2}");
    static final Set<String> ROOT_FIELDS = Set.of("$schema", "schemaVersion", "id", "version", "planLevel",
            "titleNb", "descriptionNb", "publisher", "example", "scales", "dimensions");
    static final Set<String> SCALE_FIELDS = Set.of("id", "labelNb", "options");
    static final Set<String> OPTION_FIELDS = Set.of("id", "labelNb", "meaning", "direction",
            "justificationRequired");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private TemplateParser() {
    }

    /** Reads and checks one file; throws with the field at fault if it breaks the schema. */
    static FormTemplate parse(TemplateOrigin origin, InputStream in) throws TemplateException {
        JsonFields root = JsonFields.of(readTree(in), "").allowOnly(ROOT_FIELDS);
        int schemaVersion = root.optionalInt("schemaVersion", -1, 0, Integer.MAX_VALUE);
        if (schemaVersion != SCHEMA_VERSION) {
            throw new TemplateException("schemaVersion", schemaVersion < 0 ? TemplateException.reason("schemaVersion", SCHEMA_VERSION)
                    : PackReasons.schemaVersion(schemaVersion, SCHEMA_VERSION));
        }
        String id = root.requiredId("id");
        String version = root.requiredText("version");
        if (!VERSION.matcher(version).matches()) {
            throw new TemplateException("version", TemplateException.reason("version", version));
        }
        String levelKey = root.requiredText("planLevel");
        PlanLevel level = PlanLevel.fromKey(levelKey).orElseThrow(() -> new TemplateException("planLevel",
                TemplateException.reason("planLevel", levelKey,
                keys(PlanLevel.values()))));
        String title = root.requiredLocalized("titleNb");
        List<AnswerScale> scales = scales(root);
        return new FormTemplate(id, version, level, title, root.optionalLocalized("descriptionNb"),
                root.optionalLocalized("publisher"), root.optionalBoolean("example", false), scales,
                OutlineParser.dimensions(root, scales), origin);
    }

    private static JsonNode readTree(InputStream in) throws TemplateException {
        try {
            JsonNode tree = MAPPER.readTree(in);
            if (tree == null || tree.isMissingNode()) {
                throw new TemplateException("(file)", TemplateException.reason("empty"));
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new TemplateException(fieldAt(e), e.getLocation() == null
                    ? PackReasons.notJson(e.getOriginalMessage())
                    : TemplateException.reason("notJsonAt", e.getOriginalMessage(), e.getLocation().getLineNr(),
                            e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new TemplateException("(file)", PackReasons.unreadable(String.valueOf(e.getMessage())));
        }
    }

    /** The path the parser had reached, e.g. "dimensions[0].themes", or "(file)" at the top. */
    private static String fieldAt(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
            }
        }
        return "(file)";
    }

    private static List<AnswerScale> scales(JsonFields root) throws TemplateException {
        IdRegister scaleIds = new IdRegister("scale");
        List<AnswerScale> scales = new ArrayList<>();
        for (JsonFields scale : root.requiredObjects("scales", 1)) {
            scale.allowOnly(SCALE_FIELDS);
            String id = scaleIds.claim(scale.requiredId("id"), scale.path("id"));
            IdRegister optionIds = new IdRegister("option");
            List<AnswerOption> options = new ArrayList<>();
            for (JsonFields option : scale.requiredObjects("options", 2)) {
                options.add(option(option.allowOnly(OPTION_FIELDS), optionIds));
            }
            scales.add(new AnswerScale(id, scale.optionalLocalized("labelNb"), options));
        }
        return scales;
    }

    private static AnswerOption option(JsonFields option, IdRegister ids) throws TemplateException {
        String id = ids.claim(option.requiredId("id"), option.path("id"));
        String label = option.requiredLocalized("labelNb");
        String meaningKey = option.requiredText("meaning");
        AnswerMeaning meaning = AnswerMeaning.fromKey(meaningKey).orElseThrow(() -> new TemplateException(
                option.path("meaning"), TemplateException.reason("meaning", meaningKey,
                        keys(AnswerMeaning.values()))));
        int direction = option.optionalInt("direction", meaning.defaultDirection(), -1, 1);
        return new AnswerOption(id, label, meaning, direction, option.optionalBoolean("justificationRequired", false));
    }

    private static String keys(PlanLevel[] levels) {
        return String.join(", ", Arrays.stream(levels).map(PlanLevel::key).toList());
    }

    private static String keys(AnswerMeaning[] meanings) {
        return String.join(", ", Arrays.stream(meanings).map(AnswerMeaning::key).toList());
    }
}
