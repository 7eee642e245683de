package no.redthread.assessment;

/**
 * A theme an assessment rates weak: it has at least one answer that is not fulfilled (ikke ivaretatt, or a negative
 * effect), or the mean score of its answers is 0.5 or lower (for example only "delvis ivaretatt").
 *
 * @param dimensionId the theme's dimension
 * @param themeId the theme, e.g. "theme-housing"
 * @param nameNb the theme's name
 * @param score the mean score of its scored answers, 0 to 1
 * @param notFulfilled answers that are not fulfilled
 * @param partly answers that are partly fulfilled
 */
public record WeakTheme(String dimensionId, String themeId, String nameNb, double score, int notFulfilled,
        int partly) {
}
