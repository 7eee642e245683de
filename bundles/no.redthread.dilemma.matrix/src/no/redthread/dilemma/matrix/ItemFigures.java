package no.redthread.dilemma.matrix;

/**
 * One item's figures in SEI's analysis of the group matrix A (row affects column):
 * {@code net} = Σ_j a_ij; {@code positive} and {@code negative} = the sums of its positive and of its negative
 * scores (negative ≤ 0, so positive + negative = net); {@code dependence} = Σ_i a_ij over its column;
 * {@code secondOrder} = ½ · Σ_j a_ij · net_j = ½ · (A·A·1)_i; {@code total} = net + secondOrder;
 * {@code rank} 1 for the highest total, equal totals sharing a rank (1, 2, 2, 4).
 */
public record ItemFigures(String id, double net, double positive, double negative, double dependence,
        double secondOrder, double total, int rank) {
}
