package no.redthread.dilemma.matrix;

/**
 * A cell where participants' scores lie {@link InteractionMatrix#DISAGREEMENT} or more apart: the lowest and
 * highest score given, so the group can talk it through before trusting the median.
 */
public record Disagreement(String row, String column, int lowest, int highest) {

    public int spread() {
        return highest - lowest;
    }
}
