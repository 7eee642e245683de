package no.redthread.validation;

import java.util.Locale;

import no.redthread.validation.internal.Messages;

/** Where a {@link ChainNode} breaks the red thread. */
public enum ChainBreak {
    /** A goal that addresses neither an SDG target nor a theme (it hangs from nothing). */
    GOAL_WITHOUT_ANCHOR,
    /** A goal that no measure follows up. */
    GOAL_WITHOUT_MEASURE,
    /** A measure that follows up no goal. */
    MEASURE_WITHOUT_GOAL,
    /** A measure that no budget line funds. */
    MEASURE_WITHOUT_BUDGET_LINE,
    /** A case that refers to no goal. */
    CASE_WITHOUT_GOAL;

    /** A short text to show beside the node, e.g. "Ingen tiltak". */
    public String label(Locale locale) {
        return Messages.text(locale, "break." + name());
    }
}
