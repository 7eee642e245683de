package no.redthread.indicators.internal.sets;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import no.redthread.core.packs.LocatedJson;
import no.redthread.core.packs.PackReasons;
import no.redthread.indicators.model.DataSource;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.VariableSelection;

/**
 * Reads an indicator set file (format {@value #FORMAT}, schema {@code sets/schema.json}) into a new
 * {@link IndicatorSet}, checking what the schema says; a fault names the JSON path of its field, which the caller
 * turns into line and column through {@link LocatedJson#position(String)}.
 */
public final class IndicatorSetReader {

    static final String FORMAT = "redthread-indicator-set/1";

    private static final IndicatorsFactory FACTORY = IndicatorsFactory.eINSTANCE;
    private static final Set<String> SET_FIELDS = Set.of("$schema", "format", "id", "nameNb", "nameEn",
            "descriptionNb", "descriptionEn", "publisher", "licence", "indicators");
    private static final Set<String> INDICATOR_FIELDS = Set.of("id", "code", "nameNb", "nameEn", "descriptionNb",
            "descriptionEn", "unit", "category", "direction", "themes", "sdgTargets", "sdgGoals", "source");
    private static final Set<String> SOURCE_FIELDS = Set.of("provider", "tableId", "tableIdUncertain",
            "contentCode", "regionVariable", "timeVariable", "selections", "note", "url");
    private static final Pattern THEME = Pattern.compile("theme-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TARGET = Pattern.compile("([1-9]|1[0-7])\\.([1-9][0-9]?|[a-z])");
    private static final Pattern URL = Pattern.compile("https?://.+");
    private static final Pattern ANY = Pattern.compile("(?s).*");

    private IndicatorSetReader() {
    }

    /** The set in the file's tree. */
    public static IndicatorSet read(LocatedJson json) throws SetFileException {
        SetFields root = SetFields.of(json.root(), "", SET_FIELDS);
        if (!FORMAT.equals(root.text("format"))) {
            throw new SetFileException("format", SetFileException.reason("format", FORMAT));
        }
        IndicatorSet set = FACTORY.createIndicatorSet();
        set.setId(root.required("id"));
        set.setNameNb(root.norwegian("nameNb"));
        set.setNameEn(root.english("nameEn", "nameNb"));
        set.setDescriptionNb(root.norwegian("descriptionNb"));
        set.setDescriptionEn(root.english("descriptionEn", "descriptionNb"));
        set.setPublisher(root.text("publisher"));
        set.setLicence(root.text("licence"));
        set.setBuiltIn(true);
        if (root.node("indicators") == null) {
            throw new SetFileException("indicators", PackReasons.required());
        }
        JsonNode indicators = root.array("indicators");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicator(SetFields.of(indicators.get(i), "indicators[" + i + "]", INDICATOR_FIELDS));
            if (!ids.add(indicator.getId())) {
                throw new SetFileException("indicators[" + i + "].id", PackReasons.repeats(indicator.getId()));
            }
            set.getIndicators().add(indicator);
        }
        return set;
    }

    private static Indicator indicator(SetFields node) throws SetFileException {
        Indicator indicator = FACTORY.createIndicator();
        indicator.setId(node.required("id"));
        indicator.setCode(node.text("code"));
        indicator.setNameNb(node.norwegian("nameNb"));
        indicator.setNameEn(node.english("nameEn", "nameNb"));
        if (indicator.getNameNb() == null && indicator.getNameEn() == null) {
            throw new SetFileException(node.path("nameNb"), SetFileException.reason("name"));
        }
        indicator.setDescriptionNb(node.norwegian("descriptionNb"));
        indicator.setDescriptionEn(node.english("descriptionEn", "descriptionNb"));
        indicator.setUnit(node.text("unit"));
        indicator.setCategory(node.text("category"));
        String direction = node.required("direction");
        if (DesiredDirection.get(direction) == null) {
            throw new SetFileException(node.path("direction"), PackReasons.notOneOf(direction, DesiredDirection.VALUES));
        }
        indicator.setDirection(DesiredDirection.get(direction));
        indicator.getThemeIds().addAll(node.strings("themes", THEME, PackReasons.form("themeId")));
        indicator.getSdgTargetCodes().addAll(node.strings("sdgTargets", TARGET, PackReasons.form("sdgTarget")));
        JsonNode goals = node.array("sdgGoals");
        for (int i = 0; i < goals.size(); i++) {
            JsonNode goal = goals.get(i);
            if (!goal.isIntegralNumber() || !goal.canConvertToInt() || goal.asInt() < 1 || goal.asInt() > 17) {
                throw new SetFileException(node.path("sdgGoals") + "[" + i + "]", SetFileException.reason("goal", goal));
            }
            indicator.getSdgGoals().add(goal.asInt());
        }
        if (node.node("source") != null) {
            indicator.setSource(source(SetFields.of(node.node("source"), node.path("source"), SOURCE_FIELDS)));
        }
        return indicator;
    }

    private static DataSource source(SetFields node) throws SetFileException {
        DataSource source = FACTORY.createDataSource();
        source.setProvider(node.text("provider"));
        source.setTableId(node.text("tableId"));
        source.setTableIdUncertain(node.flag("tableIdUncertain"));
        source.setContentCode(node.text("contentCode"));
        source.setRegionVariable(node.text("regionVariable"));
        source.setTimeVariable(node.text("timeVariable"));
        source.setNote(node.text("note"));
        source.setUrl(node.matching("url", URL, PackReasons.form("url")));
        JsonNode selections = node.node("selections");
        if (selections != null && !selections.isObject()) {
            throw new SetFileException(node.path("selections"), SetFileException.reason("selections"));
        }
        for (Map.Entry<String, JsonNode> entry : selections == null ? Set.<Map.Entry<String, JsonNode>>of()
                : selections.properties()) {
            VariableSelection selection = FACTORY.createVariableSelection();
            selection.setVariable(entry.getKey());
            selection.getValueCodes().addAll(SetFields.strings(node.path("selections") + "." + entry.getKey(),
                    entry.getValue(), ANY, SetFileException.reason("form.valueCode")));
            source.getSelections().add(selection);
        }
        return source;
    }
}
