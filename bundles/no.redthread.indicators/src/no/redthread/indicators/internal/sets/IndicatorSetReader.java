package no.redthread.indicators.internal.sets;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.redthread.indicators.model.DataSource;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.VariableSelection;

/**
 * Reads an indicator set file (format {@value #FORMAT}, described in the bundle's README) into a new
 * {@link IndicatorSet}. Checks what the model cannot: required fields, unique ids, known directions.
 */
public final class IndicatorSetReader {

    static final String FORMAT = "redthread-indicator-set/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final IndicatorsFactory FACTORY = IndicatorsFactory.eINSTANCE;

    private final String origin;

    private IndicatorSetReader(String origin) {
        this.origin = origin;
    }

    /**
     * @throws IllegalArgumentException if the file is not a valid set, naming the file and the indicator
     */
    public static IndicatorSet read(InputStream in, String origin) throws IOException {
        return new IndicatorSetReader(origin).set(MAPPER.readTree(in));
    }

    private IndicatorSet set(JsonNode root) {
        if (!FORMAT.equals(root.path("format").asText())) {
            throw invalid("the format is not " + FORMAT);
        }
        IndicatorSet set = FACTORY.createIndicatorSet();
        set.setId(required(root, "id", "the set"));
        set.setNameNb(text(root, "nameNb"));
        set.setNameEn(text(root, "nameEn"));
        set.setDescriptionNb(text(root, "descriptionNb"));
        set.setDescriptionEn(text(root, "descriptionEn"));
        set.setPublisher(text(root, "publisher"));
        set.setLicence(text(root, "licence"));
        set.setBuiltIn(true);
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : root.path("indicators")) {
            Indicator indicator = indicator(node, "indicator " + index++);
            if (!ids.add(indicator.getId())) {
                throw invalid("indicator " + (index - 1) + ": the id " + indicator.getId() + " is used twice");
            }
            set.getIndicators().add(indicator);
        }
        return set;
    }

    private Indicator indicator(JsonNode node, String where) {
        Indicator indicator = FACTORY.createIndicator();
        indicator.setId(required(node, "id", where));
        where += " (" + indicator.getId() + ")";
        indicator.setCode(text(node, "code"));
        indicator.setNameNb(text(node, "nameNb"));
        indicator.setNameEn(text(node, "nameEn"));
        if (indicator.getNameNb() == null && indicator.getNameEn() == null) {
            throw invalid(where + ": nameNb or nameEn is required");
        }
        indicator.setDescriptionNb(text(node, "descriptionNb"));
        indicator.setDescriptionEn(text(node, "descriptionEn"));
        indicator.setUnit(text(node, "unit"));
        indicator.setCategory(text(node, "category"));
        indicator.setDirection(direction(node, where));
        strings(node.path("themes")).forEach(indicator.getThemeIds()::add);
        strings(node.path("sdgTargets")).forEach(indicator.getSdgTargetCodes()::add);
        for (JsonNode goal : node.path("sdgGoals")) {
            if (!goal.canConvertToInt() || goal.asInt() < 1 || goal.asInt() > 17) {
                throw invalid(where + ": sdgGoals holds " + goal + ", not a goal 1 to 17");
            }
            indicator.getSdgGoals().add(goal.asInt());
        }
        if (node.has("source")) {
            indicator.setSource(source(node.path("source")));
        }
        return indicator;
    }

    private DesiredDirection direction(JsonNode node, String where) {
        String text = required(node, "direction", where);
        DesiredDirection direction = DesiredDirection.get(text);
        if (direction == null) {
            throw invalid(where + ": direction " + text + " is not one of " + DesiredDirection.VALUES);
        }
        return direction;
    }

    private static DataSource source(JsonNode node) {
        DataSource source = FACTORY.createDataSource();
        source.setProvider(text(node, "provider"));
        source.setTableId(text(node, "tableId"));
        source.setTableIdUncertain(node.path("tableIdUncertain").asBoolean(false));
        source.setContentCode(text(node, "contentCode"));
        source.setRegionVariable(text(node, "regionVariable"));
        source.setTimeVariable(text(node, "timeVariable"));
        source.setNote(text(node, "note"));
        source.setUrl(text(node, "url"));
        for (Map.Entry<String, JsonNode> entry : node.path("selections").properties()) {
            VariableSelection selection = FACTORY.createVariableSelection();
            selection.setVariable(entry.getKey());
            strings(entry.getValue()).forEach(selection.getValueCodes()::add);
            source.getSelections().add(selection);
        }
        return source;
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private String required(JsonNode node, String field, String where) {
        String value = text(node, field);
        if (value == null) {
            throw invalid(where + ": " + field + " is required");
        }
        return value;
    }

    private IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException(origin + ": " + problem);
    }
}
