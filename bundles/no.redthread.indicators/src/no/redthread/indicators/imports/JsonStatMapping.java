package no.redthread.indicators.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.redthread.indicators.internal.imports.MappingGuess;
import no.redthread.indicators.model.Indicator;

/**
 * How the cells of a JSON-stat dataset become series: which dimension holds the regions and which the periods,
 * which content category feeds which indicator, and which single category to take of every other dimension.
 * Immutable; the {@code with...} methods return changed copies.
 */
public final class JsonStatMapping {

    /** The key of the indicator that receives all values when the dataset has no content dimension. */
    public static final String ALL_CONTENT = "";

    private final String regionDimension;
    private final String timeDimension;
    private final String contentDimension;
    private final Map<String, Indicator> indicators;
    private final Map<String, String> fixed;

    private JsonStatMapping(String region, String time, String content, Map<String, Indicator> indicators,
            Map<String, String> fixed) {
        this.regionDimension = region;
        this.timeDimension = time;
        this.contentDimension = content;
        this.indicators = Map.copyOf(indicators);
        this.fixed = Map.copyOf(fixed);
    }

    /** A mapping with the given dimensions and no indicators yet; {@code content} may be null. */
    public static JsonStatMapping of(String region, String time, String content) {
        return new JsonStatMapping(region, time, content, Map.of(), Map.of());
    }

    /**
     * Guesses the region, time and content dimensions from the dataset's roles, ids and codes (SSB's
     * {@code Region}, {@code KOKkommuneregion0000}, {@code Tid}, {@code ContentsCode}), and fixes every other
     * dimension to its only category or to a total category ("i alt", "total", "begge kjønn") where it finds one.
     * A caller shows the guess to the user and adds the indicators.
     */
    public static JsonStatMapping guess(JsonStatDataset dataset) {
        MappingGuess guess = new MappingGuess(dataset);
        return new JsonStatMapping(guess.region(), guess.time(), guess.content(), Map.of(), guess.fixedTotals());
    }

    public JsonStatMapping withRegion(String dimension) {
        return new JsonStatMapping(dimension, timeDimension, contentDimension, indicators, fixed);
    }

    public JsonStatMapping withTime(String dimension) {
        return new JsonStatMapping(regionDimension, dimension, contentDimension, indicators, fixed);
    }

    /** Sets the content dimension, or none with null. */
    public JsonStatMapping withContent(String dimension) {
        return new JsonStatMapping(regionDimension, timeDimension, dimension, indicators, fixed);
    }

    /** Sends the values of one content category to an indicator. */
    public JsonStatMapping withIndicator(String contentCode, Indicator indicator) {
        Map<String, Indicator> changed = new HashMap<>(indicators);
        changed.put(contentCode, indicator);
        return new JsonStatMapping(regionDimension, timeDimension, contentDimension, changed, fixed);
    }

    /** Sends all values to one indicator (a dataset without content dimension, or with a single category). */
    public JsonStatMapping withIndicator(Indicator indicator) {
        return withIndicator(ALL_CONTENT, indicator);
    }

    /** Takes only the cells of one category of another dimension, e.g. {@code Kjonn = 0}. */
    public JsonStatMapping withFixed(String dimension, String code) {
        Map<String, String> changed = new HashMap<>(fixed);
        changed.put(dimension, code);
        return new JsonStatMapping(regionDimension, timeDimension, contentDimension, indicators, changed);
    }

    public String regionDimension() {
        return regionDimension;
    }

    public String timeDimension() {
        return timeDimension;
    }

    /** The content dimension, or null. */
    public String contentDimension() {
        return contentDimension;
    }

    /** The indicators by content category code ({@link #ALL_CONTENT} for all). */
    public Map<String, Indicator> indicators() {
        return indicators;
    }

    /** The indicator for a content category: its own, else the one for {@link #ALL_CONTENT}. */
    public Optional<Indicator> indicatorFor(String contentCode) {
        Indicator indicator = indicators.get(contentCode);
        return Optional.ofNullable(indicator != null ? indicator : indicators.get(ALL_CONTENT));
    }

    /** The chosen category of each other dimension. */
    public Map<String, String> fixed() {
        return fixed;
    }

    /** The dimensions of the dataset that still need a category chosen before the import can run. */
    public List<String> unresolved(JsonStatDataset dataset) {
        return dataset.dimensions().stream()
                .filter(d -> d.size() > 1 && !d.id().equals(regionDimension) && !d.id().equals(timeDimension)
                        && !d.id().equals(contentDimension) && !fixed.containsKey(d.id()))
                .map(JsonStatDimension::id).toList();
    }
}
