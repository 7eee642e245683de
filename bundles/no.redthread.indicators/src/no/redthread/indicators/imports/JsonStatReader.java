package no.redthread.indicators.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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
        String origin = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, origin);
        } catch (IOException e) {
            throw new ImportException(origin, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a dataset from a stream, which is left open.
     *
     * @param origin the file name or URL, for messages and for the imported series' origin
     */
    public static JsonStatDataset read(InputStream in, String origin) throws ImportException {
        return JsonStatParser.parse(in, origin);
    }
}
