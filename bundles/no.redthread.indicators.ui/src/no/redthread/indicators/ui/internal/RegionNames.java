package no.redthread.indicators.ui.internal;

import java.util.Optional;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.County;
import no.redthread.core.catalogue.Municipality;
import no.redthread.indicators.RegionCodes;

/** The name people know a region by (Alta, not 5601; Røros, not Rosse - Røros), from the catalogue; else the code. */
final class RegionNames {

    private RegionNames() {
    }

    static String of(CatalogueService catalogue, String code) {
        if (catalogue == null || code == null) {
            return code;
        }
        if (RegionCodes.COUNTRY.equals(code)) {
            return Messages.get("region.country");
        }
        Optional<String> name = catalogue.municipality(code).map(RegionNames::shortName)
                .or(() -> catalogue.counties().stream().filter(c -> c.number().equals(code)).findFirst()
                        .map(County::name));
        return name.orElse(code);
    }

    /** "Røros", not "Rosse - Røros": the name in running text (the official name has the Sami form too). */
    private static String shortName(Municipality municipality) {
        String shortName = municipality.shortName();
        return shortName == null || shortName.isBlank() ? municipality.name() : shortName;
    }
}
