package no.redthread.indicators.internal.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import no.redthread.indicators.Periods;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.CsvMapping;
import no.redthread.indicators.imports.CsvTable;
import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.ImportMonitor;
import no.redthread.indicators.imports.ImportOptions;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.internal.Texts;
import no.redthread.indicators.model.Indicator;

/** Turns the value cells of a CSV table into series; any bad cell stops the import with its row and column. */
public final class CsvImport {

    private final CsvTable table;
    private final CsvMapping mapping;
    private final RegionCodes regions;
    private final CellParser cells;
    private final CancelCheck cancel;
    private final ImportOptions options;
    private final Map<String, String> placed = new HashMap<>();

    private CsvImport(CsvTable table, CsvMapping mapping, RegionCodes regions, ImportOptions options,
            CancelCheck cancel) {
        this.cancel = cancel;
        this.options = options;
        this.table = table;
        this.mapping = mapping;
        this.regions = regions;
        this.cells = new CellParser(table.decimalComma());
    }

    public static ImportResult run(CsvTable table, CsvMapping mapping, RegionCodes regions, ImportOptions options,
            ImportMonitor monitor) throws ImportException {
        return new CsvImport(table, mapping, regions, options, new CancelCheck(monitor, table.origin())).collect();
    }

    private ImportResult collect() throws ImportException {
        check();
        String[] periods = periods();
        SeriesCollector collector = new SeriesCollector(table.origin(), null, periods);
        for (int row = 0; row < table.rowCount(); row++) {
            if (cancel.due()) {
                cancel.check(table.position(row, mapping.regionColumn()), 0.9 * row / table.rowCount());
            }
            String region = null;
            for (int column : mapping.valueColumns()) {
                Indicator indicator = mapping.indicatorFor(contentKey(row, column)).orElse(null);
                CellParser.Cell cell = indicator == null ? null : cell(row, column);
                if (cell == null || cell.isEmpty()) {
                    continue;
                }
                region = region != null ? region : region(row);
                if (region.isEmpty()) {
                    collector.skip();
                    continue;
                }
                int position = Arrays.binarySearch(periods, period(row, column), Periods::compare);
                if (!collector.series(indicator, region).set(position, cell.value(), cell.status())) {
                    throw new ImportException(table.origin(), table.position(row, column), Texts.get(
                            "import.secondValue", region, period(row, column), indicator.getId()));
                }
                collector.count(cell.value());
            }
        }
        return collector.build(cancel);
    }

    private void check() throws ImportException {
        int columns = table.header().size();
        if ((mapping.regionColumn() < 0 || mapping.regionColumn() >= columns) && !options.countryWhenNoRegion()) {
            throw new ImportException(table.origin(), "", Texts.get("import.noRegionColumn"));
        }
        if (mapping.valueColumns().isEmpty() || mapping.valueColumns().stream().anyMatch(c -> c < 0 || c >= columns)) {
            throw new ImportException(table.origin(), "", Texts.get("import.noValueColumns"));
        }
        if (mapping.indicators().isEmpty()) {
            throw new ImportException(table.origin(), "", Texts.get("import.noIndicator"));
        }
    }

    private String[] periods() throws ImportException {
        Set<String> periods = new LinkedHashSet<>();
        for (int row = 0; row < table.rowCount(); row++) {
            for (int column : mapping.valueColumns()) {
                periods.add(period(row, column));
            }
            if (mapping.timeColumn() < 0) {
                break;
            }
        }
        String[] sorted = periods.stream().map(String::intern).toArray(String[]::new);
        Arrays.sort(sorted, Periods::compare);
        return sorted;
    }

    private String period(int row, int column) throws ImportException {
        boolean inHeading = mapping.timeColumn() < 0;
        String text = inHeading ? CsvGuess.headingPeriod(table.header().get(column))
                : table.cell(row, mapping.timeColumn()).strip();
        if (text == null || !Periods.isPeriod(text)) {
            String position = inHeading ? Texts.get("import.position.cell", String.valueOf(table.headerLine()),
                    String.valueOf(column + 1)) : table.position(row, mapping.timeColumn());
            throw new ImportException(table.origin(), position, Texts.get("import.notPeriod",
                    inHeading ? table.header().get(column) : text));
        }
        return text;
    }

    private String contentKey(int row, int column) {
        if (mapping.contentColumn() >= 0) {
            return table.cell(row, mapping.contentColumn()).strip();
        }
        String heading = table.header().get(column);
        return mapping.timeColumn() < 0 ? CsvGuess.headingContent(heading) : heading;
    }

    private CellParser.Cell cell(int row, int column) throws ImportException {
        try {
            return cells.parse(table.cell(row, column));
        } catch (NumberFormatException e) {
            throw new ImportException(table.origin(), table.position(row, column), e.getMessage(), e);
        }
    }

    /** Today's code of the row's region; empty when the row is skipped. */
    private String region(int row) throws ImportException {
        if (mapping.regionColumn() < 0) {
            return RegionCodes.COUNTRY;
        }
        String raw = table.cell(row, mapping.regionColumn());
        String code = placed.get(raw);
        if (code == null) {
            try {
                code = RegionPlacement.place(regions.resolve(raw), options);
            } catch (IllegalArgumentException e) {
                throw new ImportException(table.origin(), table.position(row, mapping.regionColumn()), e.getMessage());
            }
            placed.put(raw, code);
        }
        return code;
    }
}
