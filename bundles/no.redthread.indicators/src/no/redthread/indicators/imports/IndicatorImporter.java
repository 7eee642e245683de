package no.redthread.indicators.imports;

import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.internal.imports.CsvImport;
import no.redthread.indicators.internal.imports.JsonStatImport;

/**
 * Builds imports of statistics into indicators. An import is all or nothing: it is checked and built completely
 * (reading the model, never changing it) and then applied as one command; any fault stops it with a message that
 * names the file and the position, and nothing is imported.
 *
 * <pre>{@code
 * JsonStatDataset data = JsonStatReader.read(file);
 * JsonStatMapping mapping = JsonStatMapping.guess(data).withIndicator("Personer1", population);
 * ImportResult result = IndicatorImporter.fromJsonStat(data, mapping, RegionCodes.of(catalogue));
 * commandStack.execute(result.command());
 * }</pre>
 */
public final class IndicatorImporter {

    private IndicatorImporter() {
    }

    /**
     * Builds the import of a JSON-stat dataset.
     *
     * @throws ImportException if the mapping leaves a dimension open or names a missing one, a time category is not
     *         a period, a cell with a value belongs to an unknown region code, or a series gets two values for one
     *         period; the message gives the value index and the cell's categories
     */
    public static ImportResult fromJsonStat(JsonStatDataset dataset, JsonStatMapping mapping, RegionCodes regions)
            throws ImportException {
        return fromJsonStat(dataset, mapping, regions, ImportMonitor.NONE);
    }

    /**
     * Builds the import of a JSON-stat dataset; the monitor can cancel it while the cells are collected and the
     * series merged, and hears the share of the cells done. A cancelled import throws
     * {@link ImportCancelledException} and leaves no command: the model is unchanged.
     *
     * @since 1.1
     */
    public static ImportResult fromJsonStat(JsonStatDataset dataset, JsonStatMapping mapping, RegionCodes regions,
            ImportMonitor monitor) throws ImportException {
        return JsonStatImport.run(dataset, mapping, regions, ImportOptions.STRICT, monitor);
    }

    /**
     * Builds the import of a JSON-stat dataset with options for regions it cannot place: historic numbers that were
     * only renumbered always go to today's number; with the options, values of regions that no longer exist or are
     * unknown are skipped, and a dataset without region dimension becomes the country's series.
     *
     * @since 1.2
     */
    public static ImportResult fromJsonStat(JsonStatDataset dataset, JsonStatMapping mapping, RegionCodes regions,
            ImportOptions options, ImportMonitor monitor) throws ImportException {
        return JsonStatImport.run(dataset, mapping, regions, options, monitor);
    }

    /**
     * Builds the import of a CSV table.
     *
     * @throws ImportException if a value cell is not a number or standard symbol, its region code is unknown, its
     *         period is not a period, or a series gets two values for one period; the message gives row and column
     */
    public static ImportResult fromCsv(CsvTable table, CsvMapping mapping, RegionCodes regions)
            throws ImportException {
        return fromCsv(table, mapping, regions, ImportMonitor.NONE);
    }

    /**
     * Builds the import of a CSV table; the monitor can cancel it as {@link #fromJsonStat(JsonStatDataset,
     * JsonStatMapping, RegionCodes, ImportMonitor)} can.
     *
     * @since 1.1
     */
    public static ImportResult fromCsv(CsvTable table, CsvMapping mapping, RegionCodes regions, ImportMonitor monitor)
            throws ImportException {
        return CsvImport.run(table, mapping, regions, ImportOptions.STRICT, monitor);
    }

    /**
     * Builds the import of a CSV table with options, as {@link #fromJsonStat(JsonStatDataset, JsonStatMapping,
     * RegionCodes, ImportOptions, ImportMonitor)} does.
     *
     * @since 1.2
     */
    public static ImportResult fromCsv(CsvTable table, CsvMapping mapping, RegionCodes regions, ImportOptions options,
            ImportMonitor monitor) throws ImportException {
        return CsvImport.run(table, mapping, regions, options, monitor);
    }
}
