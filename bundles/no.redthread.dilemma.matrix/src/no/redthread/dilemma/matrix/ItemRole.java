package no.redthread.dilemma.matrix;

/**
 * An item's {@link Role}: {@code activeSum} = Σ_j |a_ij| over its row, {@code passiveSum} = Σ_i |a_ij| over its
 * column. Absolute values, because Vester's sums measure how strong the influence is, whatever its sign: a
 * cancelling link (−3) binds two items as tightly as an indivisible one (+3).
 */
public record ItemRole(String id, double activeSum, double passiveSum, Role role) {
}
