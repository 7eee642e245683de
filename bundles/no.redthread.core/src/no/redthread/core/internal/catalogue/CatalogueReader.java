package no.redthread.core.internal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.redthread.core.catalogue.County;
import no.redthread.core.catalogue.DimensionEntry;
import no.redthread.core.catalogue.Municipality;
import no.redthread.core.catalogue.RuleEntry;
import no.redthread.core.catalogue.SdgEntry;
import no.redthread.core.catalogue.SdgTargetEntry;
import no.redthread.core.catalogue.ThemeEntry;

/**
 * Reads the catalogue JSON files (see catalogue/README.md in this bundle) and checks that they fit together.
 */
final class CatalogueReader {

    static final String SDGS = "sdgs.json";
    static final String ORGANISATIONS = "organisations-2024.json";
    static final String FRAME = "frame.json";

    /** Opens one catalogue file by name. */
    @FunctionalInterface
    interface Source {
        InputStream open(String name) throws IOException;
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final Source source;

    CatalogueReader(Source source) {
        this.source = source;
    }

    /** Opens the files shipped in this bundle's catalogue/ folder. */
    static final Source SHIPPED = name -> CatalogueReader.class.getResourceAsStream("/catalogue/" + name);

    /** The files shipped in this bundle's catalogue/ folder. */
    static CatalogueReader shipped() {
        return new CatalogueReader(SHIPPED);
    }

    /** Files in a folder of the file system (for tests and for checking edited catalogues). */
    static CatalogueReader folder(Path folder) {
        return new CatalogueReader(name -> Files.newInputStream(folder.resolve(name)));
    }

    Catalogue read() {
        List<SdgEntry> sdgs = readSdgs(tree(SDGS));
        JsonNode organisations = tree(ORGANISATIONS);
        JsonNode frame = tree(FRAME);
        Catalogue.FrameInfo info = new Catalogue.FrameInfo(text(frame, "id", FRAME), text(frame, "nameNb", FRAME),
                text(frame, "version", FRAME));
        List<DimensionEntry> dimensions = readDimensions(frame, knownCodes(sdgs));
        return new Catalogue(info, sdgs, readCounties(organisations), readMunicipalities(organisations), dimensions);
    }

    private List<SdgEntry> readSdgs(JsonNode root) {
        List<SdgEntry> unchecked = new ArrayList<>();
        for (JsonNode goal : array(root, "goals", SDGS)) {
            int number = goal.path("number").asInt(0);
            String where = SDGS + " goal " + number;
            List<SdgTargetEntry> targets = new ArrayList<>();
            for (JsonNode target : array(goal, "targets", where)) {
                targets.add(new SdgTargetEntry(text(target, "code", where), number, text(target, "textEn", where),
                        target.path("textNb").asText(""), false, ""));
            }
            unchecked.add(new SdgEntry(number, text(goal, "shortNameNb", where), text(goal, "titleNb", where),
                    text(goal, "shortNameEn", where), text(goal, "titleEn", where), colour(goal, where), targets));
        }
        return withNbFlags(unchecked);
    }

    private static List<SdgEntry> withNbFlags(List<SdgEntry> sdgs) {
        Map<String, String> problems = NbTextCheck.problems(sdgs.stream().flatMap(s -> s.targets().stream()).toList());
        return sdgs.stream().map(sdg -> new SdgEntry(sdg.number(), sdg.shortNameNb(), sdg.titleNb(), sdg.shortNameEn(),
                sdg.titleEn(), sdg.colour(), sdg.targets().stream()
                        .map(t -> new SdgTargetEntry(t.code(), t.goal(), t.textEn(), t.textNb(),
                                problems.containsKey(t.code()), problems.getOrDefault(t.code(), "")))
                        .toList()))
                .toList();
    }

    private List<County> readCounties(JsonNode root) {
        List<County> counties = new ArrayList<>();
        for (JsonNode county : array(root, "counties", ORGANISATIONS)) {
            counties.add(new County(text(county, "number", ORGANISATIONS), text(county, "name", ORGANISATIONS),
                    text(county, "officialName", ORGANISATIONS), county.path("municipalityCount").asInt()));
        }
        return counties;
    }

    private List<Municipality> readMunicipalities(JsonNode root) {
        List<Municipality> municipalities = new ArrayList<>();
        for (JsonNode municipality : array(root, "municipalities", ORGANISATIONS)) {
            municipalities.add(new Municipality(text(municipality, "number", ORGANISATIONS),
                    text(municipality, "name", ORGANISATIONS), text(municipality, "shortName", ORGANISATIONS),
                    text(municipality, "countyNumber", ORGANISATIONS)));
        }
        return municipalities;
    }

    private List<DimensionEntry> readDimensions(JsonNode root, Set<String> knownCodes) {
        List<DimensionEntry> dimensions = new ArrayList<>();
        for (JsonNode dimension : array(root, "dimensions", FRAME)) {
            String dimensionId = text(dimension, "id", FRAME);
            List<ThemeEntry> themes = new ArrayList<>();
            for (JsonNode theme : array(dimension, "themes", FRAME + " " + dimensionId)) {
                themes.add(readTheme(theme, dimensionId, knownCodes));
            }
            dimensions.add(new DimensionEntry(dimensionId, text(dimension, "nameNb", FRAME),
                    text(dimension, "nameEn", FRAME), themes));
        }
        return dimensions;
    }

    private ThemeEntry readTheme(JsonNode theme, String dimensionId, Set<String> knownCodes) {
        String id = text(theme, "id", FRAME);
        String where = FRAME + " " + id;
        List<RuleEntry> rules = new ArrayList<>();
        for (JsonNode rule : array(theme, "rules", where)) {
            rules.add(new RuleEntry(text(rule, "id", where), text(rule, "textNb", where), text(rule, "textEn", where)));
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode code : array(theme, "sdgTargets", where)) {
            if (!knownCodes.contains(code.asText())) {
                throw new CatalogueException(where + " maps to SDG target " + code.asText() + ", which " + SDGS
                        + " does not have");
            }
            codes.add(code.asText());
        }
        return new ThemeEntry(id, dimensionId, text(theme, "nameNb", where), text(theme, "nameEn", where),
                text(theme, "descriptionNb", where), text(theme, "descriptionEn", where), rules, codes);
    }

    private static Set<String> knownCodes(List<SdgEntry> sdgs) {
        Set<String> codes = new HashSet<>();
        sdgs.forEach(sdg -> sdg.targets().forEach(target -> codes.add(target.code())));
        return codes;
    }

    private JsonNode tree(String name) {
        try (InputStream in = source.open(name)) {
            if (in == null) {
                throw new CatalogueException("catalogue file " + name + " is missing");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new CatalogueException("catalogue file " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String where) {
        JsonNode array = node.path(field);
        if (!array.isArray()) {
            throw new CatalogueException(where + ": \"" + field + "\" must be a list");
        }
        return array;
    }

    private static String text(JsonNode node, String field, String where) {
        String value = node.path(field).asText("").strip();
        if (value.isEmpty()) {
            throw new CatalogueException(where + ": \"" + field + "\" is missing or empty");
        }
        return value;
    }

    private static String colour(JsonNode goal, String where) {
        String colour = text(goal, "colour", where);
        if (!colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new CatalogueException(where + ": colour " + colour + " is not #RRGGBB");
        }
        return colour;
    }
}
