package no.redthread.dilemma.matrix;

/**
 * Vester's roles from an item's active sum (how strongly it affects the others) and passive sum (how strongly the
 * others affect it), each compared with the mean over all items.
 */
public enum Role {
    /** Affects much, is affected little: a lever. */
    ACTIVE,
    /** Affects little, is affected much: an indicator of the others' progress. */
    REACTIVE,
    /** Affects much and is affected much: changes ripple back, handle with care. */
    CRITICAL,
    /** Affects little and is affected little: changes stay local. */
    BUFFERING
}
