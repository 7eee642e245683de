package no.redthread.indicators.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.internal.Texts;
import no.redthread.indicators.internal.imports.KlassGroupParser;

/**
 * Reads which municipality is in which KOSTRA group from a CSV export of Statistics Norway's classification
 * database KLASS: classification 112 ("Gruppering av kommuner etter folkemengde og økonomiske rammebetingelser
 * (KOSTRA-gruppering)"). Two layouts are understood, told apart by the header:
 *
 * <ul>
 * <li>a correspondence table between municipalities (classification 131) and KOSTRA groups, as KLASS's
 * {@code correspondsAt}/{@code corresponds} give it: {@code sourceCode;sourceName;sourceShortName;targetCode;
 * targetName;targetShortName[;validFrom;validTo]} (either side may be the municipality);</li>
 * <li>a code list ({@code codes}/{@code codesAt}): {@code code;parentCode;level;name;shortName;presentationName;
 * validFrom;validTo;notes}, groups at level 1 and municipalities at level 2 under their group.</li>
 * </ul>
 *
 * Cells may be quoted; separator {@code ;} (also {@code ,} or tab); UTF-8 or windows-1252 (KLASS's default
 * ISO-8859-1 is read as windows-1252); rows may end early (KLASS omits empty trailing cells). Group codes are written
 * {@code EKG13} or {@code 13}; they are brought to {@code EKG13}. The municipality code {@code 9999} (unknown) is
 * skipped. In a correspondence with validity columns, a municipality listed twice keeps its latest validFrom.
 */
public final class KostraGroupReader {

    private KostraGroupReader() {
    }

    /**
     * Reads a file.
     *
     * @param municipalities the codes that count as municipalities (e.g. {@code RegionCodes.of(catalogue)}), or null
     *        to accept any four-digit number
     * @throws ImportException if the header is not one of the layouts, a row names no municipality or group, a
     *         municipality is not known or is in two groups, or there are no memberships; the message names the file
     *         and the row (and column), and nothing is read
     */
    public static KostraGroups read(Path file, RegionCodes municipalities) throws ImportException {
        String origin = file.getFileName().toString();
        try {
            return read(Files.readAllBytes(file), origin, municipalities);
        } catch (IOException e) {
            throw new ImportException(origin, "", Texts.get("import.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    /** Reads the bytes of a file; {@code origin} names it in messages. */
    public static KostraGroups read(byte[] content, String origin, RegionCodes municipalities)
            throws ImportException {
        return KlassGroupParser.parse(content, origin, municipalities);
    }
}
