package no.redthread.indicators.analysis;

/**
 * The statuses of the indicators under one theme, dimension or SDG.
 *
 * @param key the theme id, the dimension id, or {@code sdg-N}
 * @param good how many indicators have status GOOD
 * @param watch how many WATCH
 * @param poor how many POOR
 * @param unknown how many UNKNOWN
 */
public record RollUp(String key, int good, int watch, int poor, int unknown) {

    RollUp add(Status status) {
        return new RollUp(key, good + (status == Status.GOOD ? 1 : 0), watch + (status == Status.WATCH ? 1 : 0),
                poor + (status == Status.POOR ? 1 : 0), unknown + (status == Status.UNKNOWN ? 1 : 0));
    }

    public int total() {
        return good + watch + poor + unknown;
    }

    /** How many have a status other than UNKNOWN. */
    public int rated() {
        return good + watch + poor;
    }

    /**
     * The overall status: POOR if at least a third of the rated indicators are poor, GOOD if at least two thirds
     * are good, WATCH otherwise, UNKNOWN when none is rated.
     */
    public Status overall() {
        if (rated() == 0) {
            return Status.UNKNOWN;
        }
        if (poor * 3 >= rated()) {
            return Status.POOR;
        }
        return good * 3 >= rated() * 2 ? Status.GOOD : Status.WATCH;
    }
}
