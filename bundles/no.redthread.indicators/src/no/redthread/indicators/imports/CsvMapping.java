package no.redthread.indicators.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.redthread.indicators.internal.imports.CsvGuess;
import no.redthread.indicators.model.Indicator;

/**
 * How the cells of a CSV table become series. Columns are 0-based. The region column holds region codes (with or
 * without a name after them). Periods come from the time column (long layout) or, when there is none, from the
 * headings of the value columns (wide layout, e.g. {@code "Personer 2024"}). Each value cell belongs to a content
 * key: the content column's cell, else the value column's heading (without its period in the wide layout); the
 * indicator for that key receives it. Immutable; the {@code with...} methods return changed copies.
 */
public final class CsvMapping {

    /** The key of the indicator that receives every value whose content key has no indicator of its own. */
    public static final String ALL_CONTENT = "";

    private final int regionColumn;
    private final int timeColumn;
    private final int contentColumn;
    private final List<Integer> valueColumns;
    private final Map<String, Indicator> indicators;

    private CsvMapping(int region, int time, int content, List<Integer> values, Map<String, Indicator> indicators) {
        this.regionColumn = region;
        this.timeColumn = time;
        this.contentColumn = content;
        this.valueColumns = List.copyOf(values);
        this.indicators = Map.copyOf(indicators);
    }

    /**
     * A mapping with the given columns and no indicators yet.
     *
     * @param time the time column, or -1 when periods are in the value columns' headings
     * @param content the content column, or -1
     */
    public static CsvMapping of(int region, int time, int content, List<Integer> values) {
        return new CsvMapping(region, time, content, values, Map.of());
    }

    /**
     * Guesses the columns from headings ({@code region}, {@code kommune}, {@code år}, {@code statistikkvariabel}
     * ...) and cells (region codes, periods, numbers). Columns it cannot place are left out (-1).
     */
    public static CsvMapping guess(CsvTable table) {
        CsvGuess guess = new CsvGuess(table);
        return of(guess.region(), guess.time(), guess.content(), guess.values());
    }

    public CsvMapping withRegionColumn(int column) {
        return new CsvMapping(column, timeColumn, contentColumn, valueColumns, indicators);
    }

    public CsvMapping withTimeColumn(int column) {
        return new CsvMapping(regionColumn, column, contentColumn, valueColumns, indicators);
    }

    public CsvMapping withContentColumn(int column) {
        return new CsvMapping(regionColumn, timeColumn, column, valueColumns, indicators);
    }

    public CsvMapping withValueColumns(List<Integer> columns) {
        return new CsvMapping(regionColumn, timeColumn, contentColumn, columns, indicators);
    }

    /** Sends the values with the given content key to an indicator. */
    public CsvMapping withIndicator(String contentKey, Indicator indicator) {
        Map<String, Indicator> changed = new HashMap<>(indicators);
        changed.put(contentKey, indicator);
        return new CsvMapping(regionColumn, timeColumn, contentColumn, valueColumns, changed);
    }

    /** Sends every value to one indicator. */
    public CsvMapping withIndicator(Indicator indicator) {
        return withIndicator(ALL_CONTENT, indicator);
    }

    public int regionColumn() {
        return regionColumn;
    }

    /** The time column, or -1 for periods in the headings. */
    public int timeColumn() {
        return timeColumn;
    }

    /** The content column, or -1. */
    public int contentColumn() {
        return contentColumn;
    }

    public List<Integer> valueColumns() {
        return valueColumns;
    }

    public Map<String, Indicator> indicators() {
        return indicators;
    }

    /** The indicator for a content key: its own, else the one for {@link #ALL_CONTENT}. */
    public Optional<Indicator> indicatorFor(String contentKey) {
        Indicator indicator = indicators.get(contentKey);
        return Optional.ofNullable(indicator != null ? indicator : indicators.get(ALL_CONTENT));
    }
}
