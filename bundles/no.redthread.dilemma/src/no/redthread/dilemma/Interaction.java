package no.redthread.dilemma;

/**
 * How progress on one end acts on an SDG target in the scenario, with a suggested score on Nilsson et al.'s
 * seven-point scale (Nature 534, 2016: +3 indivisible, +2 reinforcing, +1 enabling, 0 consistent, −1 constraining,
 * −2 counteracting, −3 cancelling).
 *
 * @param from {@link #MEASURE} (the scenario's measure itself) or an SDG target code
 * @param to an SDG target code, e.g. {@code "15.5"}
 * @param direction how the source sums it up
 * @param suggested the suggested score, a suggestion for the group to discuss and not a finding
 * @param why the reason for the suggestion
 */
public record Interaction(String from, String to, Direction direction, Suggestion suggested, String why) {

    /** The {@code from} of an interaction that starts from the scenario's measure. */
    public static final String MEASURE = "measure";

    public enum Direction {
        POSITIVE, NEGATIVE, MIXED
    }

    /**
     * A suggested score with the mark that shows it is one ({@code "[forslag]"}).
     *
     * @param score −3 … +3
     * @param mark the suggestion mark, shown with the score
     */
    public record Suggestion(int score, String mark) {

        /** The mark every suggested score carries. */
        public static final String MARK = "[forslag]";

        @Override
        public String toString() {
            return (score > 0 ? "+" : "") + score + " " + mark;
        }
    }

    public boolean fromMeasure() {
        return MEASURE.equals(from);
    }
}
