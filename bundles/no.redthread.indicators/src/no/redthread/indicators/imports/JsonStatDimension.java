package no.redthread.indicators.imports;

import java.util.List;
import java.util.Map;

/**
 * One dimension of a JSON-stat dataset.
 *
 * @param id the dimension id, e.g. {@code Region}, {@code ContentsCode} or {@code Tid}
 * @param label the dimension's label, e.g. {@code region}; the id if the file gives none
 * @param role {@code time}, {@code geo} or {@code metric} if the file's {@code role} names the dimension; else null
 * @param codes the category codes in the order of the {@code value} array
 * @param labels the category labels by code (a code without label maps to itself)
 */
public record JsonStatDimension(String id, String label, String role, List<String> codes, Map<String, String> labels) {

    public JsonStatDimension {
        codes = List.copyOf(codes);
        labels = Map.copyOf(labels);
    }

    /** The number of categories. */
    public int size() {
        return codes.size();
    }

    /** The position of a category code, or -1. */
    public int indexOf(String code) {
        return codes.indexOf(code);
    }

    /** The label of a category code. */
    public String labelOf(String code) {
        return labels.getOrDefault(code, code);
    }
}
