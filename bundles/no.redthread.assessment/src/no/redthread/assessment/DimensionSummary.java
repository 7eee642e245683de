package no.redthread.assessment;

import java.util.List;

/**
 * The answers of one dimension.
 *
 * @param dimensionId e.g. "dim-social"
 * @param nameNb the dimension's name (the template's, else the catalogue's)
 * @param completion how much of the dimension is answered
 * @param themes its themes in template order
 */
public record DimensionSummary(String dimensionId, String nameNb, Completion completion, List<ThemeSummary> themes) {

    public DimensionSummary {
        themes = List.copyOf(themes);
    }
}
