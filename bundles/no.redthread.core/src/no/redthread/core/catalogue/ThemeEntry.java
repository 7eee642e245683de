package no.redthread.core.catalogue;

import java.util.List;

/**
 * A sustainability theme (bærekrafttema) with its rules of thumb and the SDG targets it maps to.
 *
 * @param id a stable id, e.g. "theme-housing"
 * @param dimensionId the id of the dimension the theme belongs to
 * @param nameNb the Norwegian name
 * @param nameEn the English name
 * @param descriptionNb what the theme covers, in Norwegian
 * @param descriptionEn what the theme covers, in English
 * @param rules the rules of thumb (kjøreregler), three to six
 * @param sdgTargetCodes the codes of the SDG targets the theme maps to, e.g. "11.1"
 */
public record ThemeEntry(String id, String dimensionId, String nameNb, String nameEn, String descriptionNb,
        String descriptionEn, List<RuleEntry> rules, List<String> sdgTargetCodes) {

    public ThemeEntry {
        rules = List.copyOf(rules);
        sdgTargetCodes = List.copyOf(sdgTargetCodes);
    }
}
