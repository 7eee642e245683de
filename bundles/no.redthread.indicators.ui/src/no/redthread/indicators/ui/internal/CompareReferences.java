package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.List;

import no.redthread.indicators.Numbers;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.analysis.Comparison;
import no.redthread.indicators.analysis.Comparison.Reference;
import no.redthread.indicators.analysis.ComparisonScope;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorWorkspace;

/** The comparison row of the compare view: the focus beside its county, the country and its KOSTRA group. */
final class CompareReferences {

    private CompareReferences() {
    }

    /** The row's text; only the references the data has a value for appear. Empty when there is nothing to show. */
    static String text(Indicator indicator, String municipality, CatalogueService catalogue, IndicatorWorkspace root) {
        ComparisonScope scope;
        try {
            scope = ComparisonScope.forMunicipality(municipality, catalogue, root);
        } catch (IllegalArgumentException e) {
            return ""; // not a municipality of the catalogue: nothing to compare with
        }
        Comparison comparison = Comparison.of(indicator, scope);
        if (comparison.period() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Reference reference : Reference.values()) {
            double value = comparison.value(reference);
            if (!Double.isNaN(value)) {
                String label = switch (reference) {
                    case COUNTY -> Messages.get("compare.county",
                            catalogue.county(scope.county()).map(c -> c.name()).orElse(scope.county()));
                    case COUNTRY -> Messages.get("compare.country");
                    case KOSTRA_GROUP -> Messages.get("compare.kostra", scope.kostraGroup());
                };
                String verdict = comparison.better(reference).map(b -> Messages.get(b ? "compare.better" : "compare.worse"))
                        .orElse("");
                parts.add(label + " " + Numbers.format(value) + verdict);
            }
        }
        if (scope.kostraGroup() == null) {
            parts.add(Messages.get("compare.noGroup"));
        }
        return Messages.get("compare.references", comparison.period(), Numbers.format(comparison.own()),
                String.join("  \u2022  ", parts));
    }
}
