package no.redthread.indicators.internal.imports;

import java.util.Arrays;
import java.util.List;

import no.redthread.indicators.Periods;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.ImportMonitor;
import no.redthread.indicators.imports.ImportOptions;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.imports.JsonStatDataset;
import no.redthread.indicators.imports.JsonStatDimension;
import no.redthread.indicators.imports.JsonStatMapping;
import no.redthread.indicators.internal.Texts;
import no.redthread.indicators.model.Indicator;

/**
 * Turns the cells of a JSON-stat dataset into series, walking the row-major value array once with an odometer of
 * category positions. Cells without value and status are skipped; a value for a region code that is not known
 * stops the import.
 */
public final class JsonStatImport {

    private final JsonStatDataset dataset;
    private final List<JsonStatDimension> dimensions;
    private final int region;
    private final int time;
    private final int content;
    private final int[] fixed;
    private final Indicator[] indicators;
    private final String[] regions;
    /** Per region category, why its values cannot be placed, or null. */
    private final String[] regionProblems;
    private final int[] periodPosition;
    private final SeriesCollector collector;
    private final CancelCheck cancel;

    private JsonStatImport(JsonStatDataset dataset, JsonStatMapping mapping, RegionCodes regionCodes,
            ImportOptions options, CancelCheck cancel) throws ImportException {
        this.cancel = cancel;
        this.dataset = dataset;
        this.dimensions = dataset.dimensions();
        this.region = mapping.regionDimension() == null && options.countryWhenNoRegion() ? -1
                : required(mapping.regionDimension(), "region");
        this.time = required(mapping.timeDimension(), "time");
        this.content = mapping.contentDimension() == null ? -1 : required(mapping.contentDimension(), "content");
        this.fixed = fixedPositions(mapping);
        this.indicators = indicators(mapping);
        List<String> codes = region < 0 ? List.of(RegionCodes.COUNTRY) : dimensions.get(region).codes();
        this.regions = new String[codes.size()];
        this.regionProblems = new String[codes.size()];
        for (int i = 0; i < regions.length; i++) {
            RegionCodes.Resolved resolved = regionCodes.resolve(codes.get(i));
            try {
                regions[i] = RegionPlacement.place(resolved, options);
            } catch (IllegalArgumentException e) {
                regions[i] = resolved.raw();
                regionProblems[i] = e.getMessage();
            }
        }
        String[] periods = periods(dimensions.get(time));
        String[] sorted = periods.clone();
        Arrays.sort(sorted, Periods::compare);
        this.periodPosition = new int[periods.length];
        for (int i = 0; i < periods.length; i++) {
            periodPosition[i] = Arrays.asList(sorted).indexOf(periods[i]);
        }
        this.collector = new SeriesCollector(dataset.origin(), dataset.updated(), sorted);
    }

    public static ImportResult run(JsonStatDataset dataset, JsonStatMapping mapping, RegionCodes regionCodes,
            ImportOptions options, ImportMonitor monitor) throws ImportException {
        CancelCheck cancel = new CancelCheck(monitor, dataset.origin());
        JsonStatImport run = new JsonStatImport(dataset, mapping, regionCodes, options, cancel);
        run.collect();
        return run.collector.build(cancel);
    }

    private void collect() throws ImportException {
        int[] sizes = dimensions.stream().mapToInt(JsonStatDimension::size).toArray();
        int[] at = new int[sizes.length];
        SeriesAccumulator[][] series = new SeriesAccumulator[indicators.length][regions.length];
        int cells = dataset.cellCount();
        for (int cell = 0; cell < cells; cell++, next(at, sizes)) {
            if (cancel.due()) {
                check(cell, cells);
            }
            int contentAt = content < 0 ? 0 : at[content];
            double value = dataset.value(cell);
            String status = dataset.status(cell);
            if (indicators[contentAt] == null || !selected(at) || Double.isNaN(value) && status == null) {
                continue;
            }
            int regionAt = region < 0 ? 0 : at[region];
            if (regionProblems[regionAt] != null) {
                throw fault(cell, at, regionProblems[regionAt]);
            }
            if (regions[regionAt].isEmpty()) {
                collector.skip();
                continue;
            }
            SeriesAccumulator accumulator = series[contentAt][regionAt];
            if (accumulator == null) {
                accumulator = collector.series(indicators[contentAt], regions[regionAt]);
                series[contentAt][regionAt] = accumulator;
            }
            if (!accumulator.set(periodPosition[at[time]], value, status)) {
                throw fault(cell, at, Texts.get("import.secondValueInPeriod", regions[regionAt]));
            }
            collector.count(value);
        }
    }

    /** Out of the cell loop, to keep it small; collecting is most of the work, merging the series the rest. */
    private void check(int cell, int cells) throws ImportException {
        cancel.check(Texts.get("import.position.value", String.valueOf(cell)), 0.9 * cell / cells);
    }

    private boolean selected(int[] at) {
        for (int d = 0; d < fixed.length; d++) {
            if (fixed[d] >= 0 && at[d] != fixed[d]) {
                return false;
            }
        }
        return true;
    }

    private static void next(int[] at, int[] sizes) {
        for (int d = at.length - 1; d >= 0; d--) {
            if (++at[d] < sizes[d]) {
                return;
            }
            at[d] = 0;
        }
    }

    private int required(String id, String role) throws ImportException {
        for (int d = 0; d < dimensions.size(); d++) {
            if (dimensions.get(d).id().equals(id)) {
                return d;
            }
        }
        throw new ImportException(dataset.origin(), "", id == null ? Texts.get("import.noDimension." + role)
                : Texts.get("import.missingDimension." + role, id));
    }

    private int[] fixedPositions(JsonStatMapping mapping) throws ImportException {
        int[] positions = new int[dimensions.size()];
        for (int d = 0; d < positions.length; d++) {
            positions[d] = d == region || d == time || d == content ? -1 : fixedPosition(mapping, dimensions.get(d));
        }
        return positions;
    }

    private int fixedPosition(JsonStatMapping mapping, JsonStatDimension dimension) throws ImportException {
        String code = mapping.fixed().get(dimension.id());
        if (code == null && dimension.size() == 1) {
            return 0;
        }
        int position = code == null ? -1 : dimension.indexOf(code);
        if (position < 0) {
            throw new ImportException(dataset.origin(), Texts.get("import.position.dimension", dimension.id()),
                    code == null ? Texts.get("import.chooseCategory", String.valueOf(dimension.size()))
                    : Texts.get("import.noCategory", code));
        }
        return position;
    }

    private Indicator[] indicators(JsonStatMapping mapping) throws ImportException {
        List<String> codes = content < 0 ? List.of(JsonStatMapping.ALL_CONTENT) : dimensions.get(content).codes();
        Indicator[] result = codes.stream().map(code -> mapping.indicatorFor(code).orElse(null))
                .toArray(Indicator[]::new);
        if (Arrays.stream(result).allMatch(i -> i == null)) {
            throw new ImportException(dataset.origin(), "", Texts.get("import.noIndicatorForContent"));
        }
        return result;
    }

    private String[] periods(JsonStatDimension dimension) throws ImportException {
        String[] periods = dimension.codes().stream().map(String::intern).toArray(String[]::new);
        for (int i = 0; i < periods.length; i++) {
            if (!Periods.isPeriod(periods[i])) {
                throw new ImportException(dataset.origin(), Texts.get("import.position.category", dimension.id(),
                        String.valueOf(i)), Texts.get("import.notPeriod", periods[i]));
            }
        }
        return periods;
    }

    private ImportException fault(int cell, int[] at, String problem) {
        StringBuilder position = new StringBuilder(Texts.get("import.position.value", String.valueOf(cell))).append(" (");
        for (int d = 0; d < at.length; d++) {
            position.append(d == 0 ? "" : ", ").append(dimensions.get(d).id()).append('=')
                    .append(dimensions.get(d).codes().get(at[d]));
        }
        return new ImportException(dataset.origin(), position.append(')').toString(), problem);
    }
}
