package no.redthread.indicators.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import no.redthread.indicators.internal.Texts;
import no.redthread.indicators.internal.imports.JsonStatParser;

/**
 * Reads JSON-stat 2.0 datasets, as SSB's PxWebApi v2 returns them with {@code outputFormat=json-stat2}: any
 * number of dimensions, {@code role}, {@code value} as an array or in the sparse object form, null values,
 * {@code status} as a string, an array or an object, {@code note} and {@code updated}.
 */
public final class JsonStatReader {

    private JsonStatReader() {
    }

    /**
     * Reads a dataset file.
     *
     * @throws ImportException if the file is not a JSON-stat 2.0 dataset, or its values do not match its dimension
     *         sizes, or a value is not a number; the message names the file and the position
     */
    public static JsonStatDataset read(Path file) throws ImportException {
        return read(file, ImportMonitor.NONE);
    }

    /**
     * Reads a dataset file; the monitor can cancel the read while the values are read
     * ({@link ImportCancelledException}) and hears the share of the file read.
     *
     * @throws ImportException as {@link #read(Path)}, or {@link ImportCancelledException} when cancelled
     * @since 1.1
     */
    public static JsonStatDataset read(Path file, ImportMonitor monitor) throws ImportException {
        String origin = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return JsonStatParser.parse(in, origin, monitor, Files.size(file));
        } catch (IOException e) {
            throw new ImportException(origin, "", Texts.get("import.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Reads a dataset from a stream, which is left open.
     *
     * @param origin the file name or URL, for messages and for the imported series' origin
     */
    public static JsonStatDataset read(InputStream in, String origin) throws ImportException {
        return read(in, origin, ImportMonitor.NONE);
    }

    /**
     * Reads a dataset from a stream, which is left open; the monitor can cancel the read.
     *
     * @since 1.1
     */
    public static JsonStatDataset read(InputStream in, String origin, ImportMonitor monitor) throws ImportException {
        return JsonStatParser.parse(in, origin, monitor, -1);
    }
}
