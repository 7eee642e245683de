package no.redthread.indicators.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.redthread.indicators.internal.Texts;
import no.redthread.indicators.internal.imports.CsvParser;

/**
 * Reads CSV files as SSB's statistics bank and municipalities export them: comma-, semicolon- or tab-separated,
 * quoted or not, decimal comma or point, UTF-8 (with or without BOM) or windows-1252, with SSB's title line above
 * the header. Encoding, separator and decimal mark are detected.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /**
     * Reads a CSV file.
     *
     * @throws ImportException if a row has more or fewer cells than the header (naming the row), or the file has
     *         no header and data
     */
    public static CsvTable read(Path file) throws ImportException {
        return read(file, ImportMonitor.NONE);
    }

    /**
     * Reads a CSV file; the monitor can cancel it while its rows are split ({@link ImportCancelledException}).
     *
     * @since 1.1
     */
    public static CsvTable read(Path file, ImportMonitor monitor) throws ImportException {
        String origin = file.getFileName().toString();
        try {
            return read(Files.readAllBytes(file), origin, monitor);
        } catch (IOException e) {
            throw new ImportException(origin, "", Texts.get("import.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    /** Reads CSV from bytes; {@code origin} names the data in messages. */
    public static CsvTable read(byte[] content, String origin) throws ImportException {
        return read(content, origin, ImportMonitor.NONE);
    }

    /**
     * Reads CSV from bytes; the monitor can cancel it.
     *
     * @since 1.1
     */
    public static CsvTable read(byte[] content, String origin, ImportMonitor monitor) throws ImportException {
        return CsvParser.parse(content, origin, monitor);
    }
}
