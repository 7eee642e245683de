package no.redthread.indicators.internal.imports;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import no.redthread.indicators.Periods;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.JsonStatDataset;
import no.redthread.indicators.imports.JsonStatDimension;

/** Guesses which dimensions of a dataset are region, time and content, and the totals of the others. */
public final class MappingGuess {

    private static final Set<String> TIME_IDS = Set.of("tid", "time", "year", "år", "aar", "periode", "period");
    private static final Set<String> CONTENT_IDS = Set.of("contentscode", "contents", "statistikkvariabel", "concept",
            "metric", "measure");
    private static final Pattern REGION_ID = Pattern.compile("(?i)region|kokkommuneregion\\d*|geo|kommune|fylke");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{2}|\\d{4}|0|EKG\\d{2}|EAKUO");
    private static final Pattern TOTAL_LABEL =
            Pattern.compile("(?i).*\\b(i alt|totalt?|alle|begge kjønn|both sexes|all)\\b.*");
    private static final Set<String> TOTAL_CODES = Set.of("0", "00", "000", "0000", "T", "TOT", "TOTAL", "00-99",
            "999", "A-G");

    private final JsonStatDataset dataset;

    public MappingGuess(JsonStatDataset dataset) {
        this.dataset = dataset;
    }

    public String time() {
        return first(dataset.dimensionsWithRole("time"), d -> TIME_IDS.contains(d.id().toLowerCase()),
                d -> d.codes().stream().allMatch(Periods::isPeriod));
    }

    public String content() {
        return first(dataset.dimensionsWithRole("metric"), d -> CONTENT_IDS.contains(d.id().toLowerCase()),
                d -> false);
    }

    public String region() {
        List<JsonStatDimension> byName = dataset.dimensions().stream()
                .filter(d -> REGION_ID.matcher(d.id()).matches()).toList();
        List<JsonStatDimension> candidates = byName.isEmpty() ? dataset.dimensionsWithRole("geo") : byName;
        return candidates.stream().max(Comparator.comparingDouble(MappingGuess::regionShare))
                .map(JsonStatDimension::id).orElse(null);
    }

    /** Every other dimension's only category, or its total category where one is recognisable. */
    public Map<String, String> fixedTotals() {
        Set<String> mapped = new HashSet<>();
        for (String id : new String[] {region(), time(), content()}) {
            if (id != null) {
                mapped.add(id);
            }
        }
        Map<String, String> fixed = new HashMap<>();
        for (JsonStatDimension dimension : dataset.dimensions()) {
            if (!mapped.contains(dimension.id())) {
                String total = total(dimension);
                if (total != null) {
                    fixed.put(dimension.id(), total);
                }
            }
        }
        return fixed;
    }

    private static String total(JsonStatDimension dimension) {
        if (dimension.size() == 1) {
            return dimension.codes().get(0);
        }
        return dimension.codes().stream().filter(code -> TOTAL_LABEL.matcher(dimension.labelOf(code)).matches())
                .findFirst().orElseGet(() -> dimension.codes().stream()
                        .filter(code -> TOTAL_CODES.contains(code.toUpperCase())).findFirst().orElse(null));
    }

    private static double regionShare(JsonStatDimension dimension) {
        return dimension.codes().stream()
                .filter(code -> REGION_CODE.matcher(RegionCodes.normalise(code)).matches()).count()
                / (double) dimension.size();
    }

    private String first(List<JsonStatDimension> withRole, Predicate<JsonStatDimension> byId,
            Predicate<JsonStatDimension> byCodes) {
        if (!withRole.isEmpty()) {
            return withRole.get(0).id();
        }
        return dataset.dimensions().stream().filter(byId).findFirst()
                .or(() -> dataset.dimensions().stream().filter(byCodes).findFirst())
                .map(JsonStatDimension::id).orElse(null);
    }
}
