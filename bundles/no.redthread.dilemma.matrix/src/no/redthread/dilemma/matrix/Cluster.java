package no.redthread.dilemma.matrix;

import java.util.List;

/**
 * Items that reinforce each other: a connected component, of two items or more, of the graph whose edges join
 * i and j when both a_ij and a_ji are at least {@link MatrixAnalysis#MUTUAL_REINFORCEMENT}. Items in matrix order.
 */
public record Cluster(List<String> items) {

    public Cluster {
        items = List.copyOf(items);
    }
}
