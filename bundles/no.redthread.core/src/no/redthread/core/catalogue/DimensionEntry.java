package no.redthread.core.catalogue;

import java.util.List;

/**
 * A sustainability dimension: climate and environment, social, or economic.
 *
 * @param id a stable id, e.g. "dim-social"
 * @param nameNb the Norwegian name
 * @param nameEn the English name
 * @param themes the dimension's themes
 */
public record DimensionEntry(String id, String nameNb, String nameEn, List<ThemeEntry> themes) {

    public DimensionEntry {
        themes = List.copyOf(themes);
    }
}
