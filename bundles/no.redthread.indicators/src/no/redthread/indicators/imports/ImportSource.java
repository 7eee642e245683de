package no.redthread.indicators.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.redthread.indicators.Numbers;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.internal.Texts;
import no.redthread.indicators.model.Indicator;

/**
 * A file read for import: JSON-stat 2.0 or CSV (detected from the content), its variables for the
 * preview and mapping, the {@link #check check} of a chosen mapping, and the import built from it. Reading,
 * checking and building never change the model. The import wizard and the console command
 * {@code redthread:import-indicators} both go through this class, so they check alike and say the same.
 *
 * @since 1.2
 */
public final class ImportSource {

    /** The formats the wizard reads. */
    public enum Kind { JSON_STAT, CSV }

    /** One variable (JSON-stat dimension or CSV column) with its first values, for the preview. */
    public record Variable(String key, String label, List<String> firstValues) {
    }

    private final Path file;
    private final JsonStatDataset dataset;
    private final CsvTable table;

    private ImportSource(Path file, JsonStatDataset dataset, CsvTable table) {
        this.file = file;
        this.dataset = dataset;
        this.table = table;
    }

    /** Reads a file, detecting the format from its first non-blank character ({@code {} is JSON-stat). */
    public static ImportSource read(Path file) throws ImportException {
        return read(file, ImportMonitor.NONE);
    }

    /**
     * Reads a file; the monitor can cancel the read while the values are read
     * ({@link no.redthread.indicators.imports.ImportCancelledException}).
     */
    public static ImportSource read(Path file, ImportMonitor monitor) throws ImportException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file.toString(), "", Texts.get("import.notFound"), e);
        } catch (IOException e) {
            throw new ImportException(file.toString(), "", Texts.get("import.unreadable",
                    e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
        if (detect(file, content) == Kind.JSON_STAT) {
            return new ImportSource(file, JsonStatReader.read(file, monitor), null);
        }
        return new ImportSource(file, null, CsvReader.read(content, file.getFileName().toString(), monitor));
    }

    static Kind detect(Path file, byte[] content) {
        for (int i = 0; i < content.length; i++) {
            int b = content[i] & 0xff;
            if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
                continue;
            }
            return b == '{' || b == '[' ? Kind.JSON_STAT : Kind.CSV;
        }
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? Kind.JSON_STAT : Kind.CSV;
    }

    public Path file() {
        return file;
    }

    public Kind kind() {
        return dataset != null ? Kind.JSON_STAT : Kind.CSV;
    }

    public JsonStatDataset dataset() {
        return dataset;
    }

    public CsvTable table() {
        return table;
    }

    /** The dimensions (JSON-stat) or columns (CSV, key = column index) with up to five values each. */
    public List<Variable> variables() {
        List<Variable> variables = new ArrayList<>();
        if (dataset != null) {
            for (JsonStatDimension dimension : dataset.dimensions()) {
                List<String> first = dimension.codes().stream().limit(5)
                        .map(code -> code.equals(dimension.labelOf(code)) ? code : code + " " + dimension.labelOf(code))
                        .toList();
                variables.add(new Variable(dimension.id(), dimension.label() == null ? dimension.id() : dimension.label(), first));
            }
        } else {
            for (int column = 0; column < table.header().size(); column++) {
                List<String> first = new ArrayList<>();
                for (int row = 0; row < Math.min(5, table.rowCount()); row++) {
                    first.add(table.cell(row, column));
                }
                variables.add(new Variable(Integer.toString(column), table.header().get(column), first));
            }
        }
        return variables;
    }

    /** The first few data values, for the preview. */
    public List<String> firstValues() {
        List<String> values = new ArrayList<>();
        if (dataset != null) {
            for (int i = 0; i < Math.min(8, dataset.cellCount()); i++) {
                double value = dataset.value(i);
                values.add(Double.isNaN(value) ? String.valueOf(dataset.status(i)) : Numbers.format(value));
            }
        }
        return values;
    }

    /** The guessed mapping: region, time and content variable keys (null when there is none). */
    public String[] guess() {
        if (dataset != null) {
            JsonStatMapping mapping = JsonStatMapping.guess(dataset);
            return new String[] { mapping.regionDimension(), mapping.timeDimension(), mapping.contentDimension() };
        }
        CsvMapping mapping = CsvMapping.guess(table);
        return new String[] { key(mapping.regionColumn()), key(mapping.timeColumn()), key(mapping.contentColumn()) };
    }

    private static String key(int column) {
        return column < 0 ? null : Integer.toString(column);
    }

    /** The content codes of a content variable (for JSON-stat, the dimension's categories). */
    public List<String> contentCodes(String contentKey) {
        if (contentKey == null) {
            return List.of();
        }
        if (dataset != null) {
            return dataset.dimension(contentKey).map(JsonStatDimension::codes).orElse(List.of());
        }
        int column = Integer.parseInt(contentKey);
        return table.rows().stream().map(row -> column < row.size() ? row.get(column) : "").distinct().limit(200).toList();
    }

    /**
     * Builds the import of one content code (or all content when {@code contentCode} is null) into
     * the indicator. Dimensions that are neither region, time nor content are fixed to their first
     * category. Any fault throws {@link ImportException} with file and position.
     */
    public ImportResult build(String region, String time, String content, String contentCode, Indicator indicator,
            RegionCodes regions) throws ImportException {
        return build(region, time, content, contentCode, indicator, regions, ImportMonitor.NONE);
    }

    /** Builds the import as above; the monitor can cancel it while it runs, and then nothing is built. */
    public ImportResult build(String region, String time, String content, String contentCode, Indicator indicator,
            RegionCodes regions, ImportMonitor monitor) throws ImportException {
        String[] guessed = guess();
        return build(new ImportChoice(region != null ? region : guessed[0], time, content != null ? content : guessed[2],
                contentCode, ImportOptions.STRICT), indicator, regions, monitor);
    }

    /** Checks a choice of mapping and options without changing anything: regions, problems, the values it finds. */
    public ImportCheck check(ImportChoice choice, RegionCodes regions) {
        return ImportCheck.of(this, choice, regions);
    }

    /** The region variable's categories or cells, each once, as the file writes them. */
    public List<String> regionCodes(String regionKey) {
        if (regionKey == null) {
            return List.of();
        }
        if (dataset != null) {
            return dataset.dimension(regionKey).map(d -> d.codes().stream()
                    .map(code -> d.labelOf(code) == null || d.labelOf(code).equals(code) ? code : code + " " + d.labelOf(code))
                    .toList()).orElse(List.of());
        }
        int column = Integer.parseInt(regionKey);
        return table.rows().stream().map(row -> column < row.size() ? row.get(column).strip() : "").distinct().toList();
    }

    /** The label of a content code (a JSON-stat category's label, or the CSV cell or heading itself). */
    public String contentLabel(String contentKey, String contentCode) {
        if (dataset != null && contentKey != null && contentCode != null) {
            String label = dataset.dimension(contentKey).map(d -> d.labelOf(contentCode)).orElse(null);
            return label == null || label.isBlank() ? contentCode : label;
        }
        if (contentCode != null) {
            return contentCode;
        }
        return dataset != null ? (dataset.label() == null ? file.getFileName().toString() : dataset.label())
                : table.header().get(table.header().size() - 1);
    }

    /**
     * Builds the import of a choice into the indicator (all content when the choice has no content code); the
     * monitor can cancel it while it runs, and then nothing is built.
     */
    public ImportResult build(ImportChoice choice, Indicator indicator, RegionCodes regions, ImportMonitor monitor)
            throws ImportException {
        String region = choice.region();
        String time = choice.time();
        String content = choice.content();
        String contentCode = choice.contentCode();
        if (dataset != null) {
            JsonStatMapping mapping = JsonStatMapping.guess(dataset).withRegion(region).withContent(content);
            if (time != null) {
                mapping = mapping.withTime(time);
            }
            mapping = contentCode == null ? mapping.withIndicator(indicator) : mapping.withIndicator(contentCode, indicator);
            for (String dimension : mapping.unresolved(dataset)) {
                mapping = mapping.withFixed(dimension, dataset.dimension(dimension).orElseThrow().codes().get(0));
            }
            return IndicatorImporter.fromJsonStat(dataset, mapping, regions, choice.options(), monitor);
        }
        CsvMapping mapping = CsvMapping.guess(table).withRegionColumn(column(region))
                .withContentColumn(column(content));
        if (time != null) {
            mapping = mapping.withTimeColumn(Integer.parseInt(time));
        }
        mapping = contentCode == null ? mapping.withIndicator(indicator) : mapping.withIndicator(contentCode, indicator);
        return IndicatorImporter.fromCsv(table, mapping, regions, choice.options(), monitor);
    }

    private static int column(String key) {
        return key == null ? -1 : Integer.parseInt(key);
    }

    /** The message of a failed import: problem, file and position. */
    public static String describe(ImportException e) {
        StringBuilder text = new StringBuilder(e.problem() == null ? String.valueOf(e.getMessage()) : e.problem());
        if (e.source() != null && !e.source().isEmpty()) {
            text.append("\n").append(e.source());
        }
        if (e.position() != null && !e.position().isEmpty()) {
            text.append(": ").append(e.position());
        }
        return text.toString();
    }
}
