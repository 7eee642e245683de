package no.redthread.indicators.analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.RegionGroup;
import no.redthread.indicators.model.Series;

/**
 * The municipalities an indicator has data for that belong to a municipality's {@link PeerGroup}. Only municipalities
 * (four-digit codes) are peers; counties, the country and groups are references (see {@link Comparison}).
 *
 * @since 1.1
 */
public final class Peers {

    private Peers() {
    }

    /**
     * The municipality codes with a series of the indicator in the peer group of {@code municipality}, in series
     * order; the municipality itself is among them when it has a series. Empty for {@link PeerGroup#KOSTRA_GROUP}
     * when no KOSTRA group of the workspace lists the municipality, and for {@link PeerGroup#COUNTY} when the
     * catalogue does not know it.
     */
    public static List<String> of(Indicator indicator, String municipality, PeerGroup group,
            CatalogueService catalogue, IndicatorWorkspace workspace) {
        Predicate<String> member = switch (group) {
            case ALL -> code -> true;
            case COUNTY -> inCounty(municipality, catalogue);
            case KOSTRA_GROUP -> {
                Optional<RegionGroup> kostra = ComparisonScope.kostraGroup(workspace, municipality);
                yield kostra.isEmpty() ? code -> false : kostra.get().getMembers()::contains;
            }
        };
        return indicator.getSeries().stream().map(Series::getOrganisation)
                .filter(code -> code != null && RegionCodes.kindOf(code) == RegionCodes.Kind.MUNICIPALITY)
                .filter(member).distinct().toList();
    }

    private static Predicate<String> inCounty(String municipality, CatalogueService catalogue) {
        Optional<String> county = catalogue.municipality(municipality).map(Municipality::countyNumber);
        if (county.isEmpty()) {
            return code -> false;
        }
        return code -> catalogue.municipality(code).map(Municipality::countyNumber).equals(county);
    }
}
