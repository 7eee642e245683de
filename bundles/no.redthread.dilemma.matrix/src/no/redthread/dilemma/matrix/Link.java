package no.redthread.dilemma.matrix;

/** A cell of the group matrix: progress on {@code from} affects progress on {@code to} by {@code score}. */
public record Link(String from, String to, double score) {
}
