package no.redthread.core.internal.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.redthread.core.catalogue.MunicipalityChange;
import no.redthread.core.catalogue.MunicipalityChangeKind;

/**
 * Reads catalogue/municipality-changes.csv, Statistics Norway's list of municipality changes (KLASS 131) as the
 * reference data has it: {@code old_code,old_name,new_code,new_name,change_date,change_type,source}.
 */
final class MunicipalityChangeReader {

    static final String FILE = "municipality-changes.csv";
    static final String HEADER = "old_code,old_name,new_code,new_name,change_date,change_type,source";

    private MunicipalityChangeReader() {
    }

    static List<MunicipalityChange> read(CatalogueReader.Source source) {
        try (InputStream in = source.open(FILE)) {
            if (in == null) {
                throw new CatalogueException("catalogue file " + FILE + " is missing");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new CatalogueException("catalogue file " + FILE + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<MunicipalityChange> read(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new CatalogueException(FILE + ": the first line must be \"" + HEADER + "\"");
        }
        List<MunicipalityChange> changes = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                changes.add(change(line, FILE + " line " + lineNumber));
            }
        }
        return changes;
    }

    private static MunicipalityChange change(String line, String where) {
        List<String> fields = CsvLines.fields(line);
        if (fields == null || fields.size() != 7) {
            throw new CatalogueException(where + ": expected 7 comma-separated fields");
        }
        return new MunicipalityChange(number(fields.get(0), where), name(fields.get(1), where),
                number(fields.get(2), where), name(fields.get(3), where), date(fields.get(4), where),
                kind(fields.get(5), where));
    }

    private static String number(String field, String where) {
        String number = field.strip();
        if (!number.matches("\\d{4}")) {
            throw new CatalogueException(where + ": municipality number \"" + number + "\" is not four digits");
        }
        return number;
    }

    private static String name(String field, String where) {
        if (field.isBlank()) {
            throw new CatalogueException(where + ": a municipality name is empty");
        }
        return field.strip();
    }

    private static LocalDate date(String field, String where) {
        try {
            return LocalDate.parse(field.strip());
        } catch (DateTimeParseException e) {
            throw new CatalogueException(where + ": \"" + field + "\" is not a date (YYYY-MM-DD)", e);
        }
    }

    private static MunicipalityChangeKind kind(String field, String where) {
        try {
            return MunicipalityChangeKind.valueOf(field.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(where + ": unknown change type \"" + field
                    + "\" (renumbered, merged, split or name_changed)", e);
        }
    }
}
