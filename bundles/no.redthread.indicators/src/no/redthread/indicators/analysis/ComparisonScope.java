package no.redthread.indicators.analysis;

import java.util.Optional;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.RegionGroup;

/**
 * The regions a municipality is compared with: its county, the country and its KOSTRA group.
 *
 * @param municipality the four-digit municipality number
 * @param county the two-digit county number, or null
 * @param country the country code ({@value RegionCodes#COUNTRY})
 * @param kostraGroup the KOSTRA group code such as EKG13, or null when unknown
 */
public record ComparisonScope(String municipality, String county, String country, String kostraGroup) {

    /**
     * The scope of a municipality of the catalogue; its KOSTRA group is the workspace's region group with code
     * {@code EKG..} that lists it as member, if any.
     *
     * @throws IllegalArgumentException if the catalogue has no such municipality
     */
    public static ComparisonScope forMunicipality(String number, CatalogueService catalogue,
            IndicatorWorkspace workspace) {
        Municipality municipality = catalogue.municipality(number)
                .orElseThrow(() -> new IllegalArgumentException("no municipality " + number));
        return new ComparisonScope(number, municipality.countyNumber(), RegionCodes.COUNTRY,
                kostraGroup(workspace, number).map(RegionGroup::getCode).orElse(null));
    }

    /**
     * The KOSTRA group (a region group with code {@code EKG..}) that lists the municipality as member, e.g. as
     * imported with {@code KostraGroupReader}; empty without workspace or when no group lists it.
     *
     * @since 1.1
     */
    public static Optional<RegionGroup> kostraGroup(IndicatorWorkspace workspace, String municipality) {
        return workspace == null ? Optional.empty() : workspace.getRegionGroups().stream()
                .filter(g -> g.getCode() != null && g.getCode().startsWith("EKG"))
                .filter(g -> g.getMembers().contains(municipality)).findFirst();
    }
}
