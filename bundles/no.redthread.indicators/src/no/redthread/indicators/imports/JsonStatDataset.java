package no.redthread.indicators.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON-stat 2.0 dataset as read from a file or from PxWebApi v2: its dimensions and its cells in row-major order
 * (the last dimension varies fastest). Missing cells (null, or absent in the sparse form) have the value NaN; a
 * cell may carry a status marker such as {@code ".."} whether or not it has a value.
 */
public final class JsonStatDataset {

    private final String origin;
    private final String label;
    private final String source;
    private final String updated;
    private final List<String> notes;
    private final List<JsonStatDimension> dimensions;
    private final double[] values;
    private final String[] statuses;

    /**
     * For readers and tests. The arrays are taken over, not copied.
     *
     * @param origin the file name or URL the dataset was read from
     * @param statuses the status marker of each cell, or null when no cell has one
     * @throws IllegalArgumentException if the number of cells does not match the dimension sizes
     */
    public JsonStatDataset(String origin, String label, String source, String updated, List<String> notes,
            List<JsonStatDimension> dimensions, double[] values, String[] statuses) {
        long cells = dimensions.stream().mapToLong(JsonStatDimension::size).reduce(1, (a, b) -> a * b);
        if (cells != values.length || statuses != null && statuses.length != values.length) {
            throw new IllegalArgumentException(origin + ": " + values.length + " values for " + cells + " cells");
        }
        this.origin = origin;
        this.label = label;
        this.source = source;
        this.updated = updated;
        this.notes = List.copyOf(notes);
        this.dimensions = List.copyOf(dimensions);
        this.values = values;
        this.statuses = statuses;
    }

    /** The file name or URL the dataset was read from. */
    public String origin() {
        return origin;
    }

    /** The dataset's label (table title), or null. */
    public String label() {
        return label;
    }

    /** The dataset's {@code source} (publisher), or null. */
    public String source() {
        return source;
    }

    /** When the data was last updated (ISO-8601 as the file gives it), or null. */
    public String updated() {
        return updated;
    }

    /** The dataset's notes (footnotes). */
    public List<String> notes() {
        return notes;
    }

    /** The dimensions in the order of {@code id}. */
    public List<JsonStatDimension> dimensions() {
        return dimensions;
    }

    /** The dimension with the given id. */
    public Optional<JsonStatDimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The dimensions that the file's {@code role} gives the role {@code time}, {@code geo} or {@code metric}. */
    public List<JsonStatDimension> dimensionsWithRole(String role) {
        return dimensions.stream().filter(d -> role.equals(d.role())).toList();
    }

    /** The number of cells: the product of the dimension sizes. */
    public int cellCount() {
        return values.length;
    }

    /** The value of a cell by its row-major index; NaN when missing. */
    public double value(int index) {
        return values[index];
    }

    /** The status marker of a cell by its row-major index, or null. */
    public String status(int index) {
        return statuses == null ? null : statuses[index];
    }

    /** True if at least one cell has a status marker. */
    public boolean hasStatuses() {
        return statuses != null;
    }

    /** The row-major index of the cell with the given category code for each dimension id. */
    public int index(Map<String, String> codes) {
        int index = 0;
        for (JsonStatDimension dimension : dimensions) {
            int position = dimension.indexOf(codes.get(dimension.id()));
            if (position < 0) {
                throw new IllegalArgumentException("no category " + codes.get(dimension.id()) + " in " + dimension.id());
            }
            index = index * dimension.size() + position;
        }
        return index;
    }

    /** The value of the cell with the given category code for each dimension id; NaN when missing. */
    public double value(Map<String, String> codes) {
        return values[index(codes)];
    }

    @Override
    public String toString() {
        return "JsonStatDataset[" + origin + ", " + dimensions.stream().map(d -> d.id() + "=" + d.size()).toList()
                + ", " + Arrays.stream(values).filter(v -> !Double.isNaN(v)).count() + " values]";
    }
}
