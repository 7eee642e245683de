package no.redthread.workbench.ui.internal.window;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import no.redthread.workbench.packs.FailureText;

/**
 * The cause a user needs to read first. A failure usually arrives wrapped (InvocationTargetException from DS or
 * reflection, ComponentException, ...) and its stack trace ends with the real cause, so the innermost one leads.
 */
final class RootCause {

    private RootCause() {
    }

    /** The innermost cause of the chain (a cycle stops the walk). */
    static Throwable of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable cause = failure;
        while (cause.getCause() != null && seen.add(cause)) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** "Type: message" of the innermost cause, the type without its package. */
    static String describe(Throwable failure) {
        Throwable cause = of(failure);
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** The innermost cause named in a failure given as text (SCR's failure is a printed stack trace). */
    static String describe(String failure) {
        return FailureText.rootCause(failure);
    }
}
