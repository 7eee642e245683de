package no.redthread.portfolio.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;
import no.redthread.core.catalogue.MunicipalityLookup;
import no.redthread.portfolio.PortfolioException;

/** Municipality numbers as a consultant pastes them, to today's municipalities; every refusal is named at once. */
final class MunicipalityNumbers {

    private MunicipalityNumbers() {
    }

    static List<Municipality> resolve(CatalogueService catalogue, String typed) throws PortfolioException {
        List<String> numbers = Arrays.stream(typed.split("[\\s,;]+")).filter(n -> !n.isBlank()).toList();
        if (numbers.isEmpty()) {
            throw new PortfolioException(PortfolioTexts.get("numbers.none"));
        }
        Map<String, String> byCurrent = new LinkedHashMap<>(); // today's number -> the number typed for it
        Map<String, Municipality> found = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (String number : numbers) {
            MunicipalityLookup lookup = catalogue.lookupMunicipality(number);
            Municipality municipality = switch (lookup.status()) {
                case CURRENT, RENUMBERED -> lookup.current().orElseThrow();
                case MERGED -> lookup.successors().get(0);
                case SPLIT -> {
                    refused.add(PortfolioTexts.get("numbers.split", number, lookup.successors().stream()
                            .map(m -> m.number() + " " + m.name()).collect(Collectors.joining(", "))));
                    yield null;
                }
                case UNKNOWN -> {
                    refused.add(PortfolioTexts.get("numbers.unknown", number));
                    yield null;
                }
            };
            if (municipality == null) {
                continue;
            }
            String earlier = byCurrent.putIfAbsent(municipality.number(), number);
            if (earlier != null) {
                refused.add(PortfolioTexts.get("numbers.twice", earlier, number,
                        municipality.number() + " " + municipality.name()));
            }
            found.putIfAbsent(municipality.number(), municipality);
        }
        if (!refused.isEmpty()) {
            throw new PortfolioException(PortfolioTexts.get("numbers.refused", String.join("\n", refused)));
        }
        return List.copyOf(found.values());
    }
}
