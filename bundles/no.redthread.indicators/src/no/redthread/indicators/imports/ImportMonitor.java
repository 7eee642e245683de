package no.redthread.indicators.imports;

/**
 * What a long read or import asks while it runs: whether the user has cancelled, and where it has got to. Readers and
 * importers ask every few thousand values, so a cancel stops a million-value import within milliseconds; a cancelled
 * read or import throws {@link ImportCancelledException} and has changed nothing.
 *
 * <p>The UI adapts its progress monitor ({@code monitor::isCanceled}); headless callers use {@link #NONE}.
 */
@FunctionalInterface
public interface ImportMonitor {

    /** Never cancels and ignores progress. */
    ImportMonitor NONE = () -> false;

    /** True once the user wants the work to stop. */
    boolean isCanceled();

    /**
     * How far the current step has got, from 0 to 1; called at the same points as {@link #isCanceled()}. The default
     * ignores it.
     */
    default void progress(double fraction) {
    }
}
