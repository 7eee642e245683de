package no.redthread.assessment.internal.service;

import java.util.HashMap;
import java.util.Map;

import no.redthread.assessment.template.TemplateDimension;
import no.redthread.assessment.template.TemplateTheme;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.DimensionEntry;
import no.redthread.core.catalogue.ThemeEntry;

/** The names to show for a template's dimensions and themes: the template's own, else the catalogue's, else the id. */
final class Names {

    private final Map<String, String> catalogue = new HashMap<>();

    Names(CatalogueService catalogueService) {
        for (DimensionEntry dimension : catalogueService.dimensions()) {
            catalogue.put(dimension.id(), dimension.nameNb());
            for (ThemeEntry theme : dimension.themes()) {
                catalogue.put(theme.id(), theme.nameNb());
            }
        }
    }

    /** Names from the templates only (for use without a catalogue). */
    Names() {
    }

    String of(TemplateDimension dimension) {
        return name(dimension.id(), dimension.nameNb());
    }

    String of(TemplateTheme theme) {
        return name(theme.id(), theme.nameNb());
    }

    private String name(String id, String own) {
        return !own.isEmpty() ? own : catalogue.getOrDefault(id, id);
    }
}
