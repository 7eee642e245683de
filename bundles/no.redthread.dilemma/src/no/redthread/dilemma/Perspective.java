package no.redthread.dilemma;

import java.util.List;

/**
 * The case seen from one dimension, e.g. "Miljø: klima (+) mot natur og beiteland (−)".
 *
 * @param text the source's wording
 * @param dimensionId the core frame's dimension id, or empty for governance (styring), which crosses them
 * @param themeIds the core frame's theme ids the text names, e.g. {@code "theme-nature-land-use"}
 */
public record Perspective(String text, String dimensionId, List<String> themeIds) {

    public Perspective {
        themeIds = List.copyOf(themeIds);
    }
}
