package no.redthread.indicators.imports;

import no.redthread.indicators.internal.Texts;

/**
 * A read or import that stopped because its {@link ImportMonitor} was cancelled. Nothing was imported; the position
 * says where it stopped.
 */
public final class ImportCancelledException extends ImportException {

    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String source, String position) {
        super(source, position, Texts.get("import.cancelled"));
    }
}
