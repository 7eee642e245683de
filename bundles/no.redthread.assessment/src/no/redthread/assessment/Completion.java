package no.redthread.assessment;

/**
 * How much of a worksheet (or of one dimension or theme) is answered. "Ikke vurdert" and a missing answer count as
 * unanswered; "ikke relevant" counts as answered. Orphaned answers are not counted.
 *
 * @param answered questions answered
 * @param total questions in the template
 */
public record Completion(int answered, int total) {

    public Completion {
        if (answered < 0 || answered > total) {
            throw new IllegalArgumentException(answered + " of " + total);
        }
    }

    /** The answered share, 0 to 1; 1 when there is nothing to answer. */
    public double ratio() {
        return total == 0 ? 1.0 : (double) answered / total;
    }

    /** Whether every question is answered. */
    public boolean complete() {
        return answered == total;
    }

    /** Adds two completions. */
    public Completion plus(Completion other) {
        return new Completion(answered + other.answered, total + other.total);
    }
}
