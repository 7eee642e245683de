package no.redthread.indicators.download;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.redthread.indicators.model.DataSource;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.VariableSelection;

/**
 * A data request to PxWebApi v2: a table and the value codes to select per variable. Codes may be PxWebApi
 * expressions such as {@code *}, {@code top(5)} or {@code from(2015)}.
 *
 * @param tableId the table id, e.g. {@code 07459}
 * @param valueCodes the selected codes per variable, in request order
 * @param language the language of labels, {@code no} or {@code en}
 */
public record PxWebQuery(String tableId, Map<String, List<String>> valueCodes, String language) {

    public PxWebQuery {
        if (tableId == null || !tableId.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("not a table id: " + tableId);
        }
        valueCodes = Collections.unmodifiableMap(new LinkedHashMap<>(valueCodes));
    }

    /** A request for a table with no selection yet (PxWebApi then returns the table's default selection). */
    public static PxWebQuery table(String tableId) {
        return new PxWebQuery(tableId, Map.of(), "no");
    }

    /**
     * The request for an indicator's source table: its content code, its fixed selections, the given regions and
     * the given time selection (e.g. {@code top(10)}).
     *
     * @throws IllegalArgumentException if the indicator has no source table
     */
    public static PxWebQuery forIndicator(Indicator indicator, Collection<String> regions, String time) {
        DataSource source = indicator.getSource();
        if (source == null || source.getTableId() == null) {
            throw new IllegalArgumentException(indicator.getId() + " has no source table");
        }
        PxWebQuery query = table(source.getTableId());
        for (VariableSelection selection : source.getSelections()) {
            query = query.select(selection.getVariable(), selection.getValueCodes());
        }
        if (source.getContentCode() != null) {
            query = query.select("ContentsCode", List.of(source.getContentCode()));
        }
        String region = source.getRegionVariable() == null ? "Region" : source.getRegionVariable();
        String tid = source.getTimeVariable() == null ? "Tid" : source.getTimeVariable();
        return query.select(region, List.copyOf(regions)).select(tid, List.of(time));
    }

    /** This request with the codes of one variable set (replacing earlier ones). */
    public PxWebQuery select(String variable, List<String> codes) {
        Map<String, List<String>> changed = new LinkedHashMap<>(valueCodes);
        changed.put(variable, List.copyOf(codes));
        return new PxWebQuery(tableId, changed, language);
    }

    /** The number of cells the request asks for, or -1 if a selection is an expression whose size is unknown. */
    public long cellEstimate() {
        long cells = 1;
        for (List<String> codes : valueCodes.values()) {
            if (codes.stream().anyMatch(code -> code.contains("*") || code.contains("("))) {
                return -1;
            }
            cells *= codes.size();
        }
        return cells;
    }

    /** The data URL under a PxWebApi v2 base such as {@code https://data.ssb.no/api/pxwebapi/v2/}. */
    public URI uri(URI base) {
        String query = valueCodes.entrySet().stream()
                .map(e -> "valueCodes%5B" + encode(e.getKey()) + "%5D=" + e.getValue().stream()
                        .map(PxWebQuery::encode).collect(Collectors.joining(",")))
                .collect(Collectors.joining("&"));
        String path = "tables/" + tableId + "/data?lang=" + encode(language) + "&outputFormat=json-stat2"
                + (query.isEmpty() ? "" : "&" + query);
        return base.resolve(path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
