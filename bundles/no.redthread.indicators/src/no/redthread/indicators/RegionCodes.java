package no.redthread.indicators;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.County;
import no.redthread.core.catalogue.Municipality;
import no.redthread.core.catalogue.MunicipalityChange;

/**
 * Region codes as statistics write them, brought to one form, and the set of codes an import accepts.
 *
 * <p>Normal forms: a four-digit municipality number ({@code 4601}), a two-digit county number ({@code 46}),
 * {@value #COUNTRY} for the whole country, or a group code such as a KOSTRA group ({@code EKG13}). SSB's other
 * spellings are mapped to these: {@code K-4601} and {@code F-46} (newer tables; also with an underscore, {@code K_4601}), {@code EAK} (the country) and
 * {@code EKA46} (a county in KOSTRA tables), and a code followed by a name ({@code "4601 Bergen"}).
 *
 * <p>Municipality numbers changed in 2018, 2020 and 2024: {@link #resolve(String)} maps a number that was only
 * renumbered to today's and names the successors of a municipality that no longer exists.
 */
public final class RegionCodes {

    /** The code of the whole country. */
    public static final String COUNTRY = "0";

    /** The KOSTRA code of the country without Oslo. */
    public static final String COUNTRY_WITHOUT_OSLO = "EAKUO";

    /** The kinds of region a normalised code stands for. */
    public enum Kind { COUNTRY, COUNTY, MUNICIPALITY, GROUP }

    private static final Pattern PREFIXED = Pattern.compile("(?:K[-_](\\d{4})|F[-_](\\d{2})|EKA(\\d{2}))");
    private static final Pattern CODE_AND_NAME = Pattern.compile("(\\S+)\\s+\\D.*");

    /** How a code in a file relates to today's regions. */
    public enum Match {
        /** A code of today. */
        KNOWN,
        /** A historic municipality number that was only renumbered: {@link Resolved#code()} is today's number. */
        RENUMBERED,
        /** A historic municipality that no longer exists (merged or split); {@link Resolved#successors()} are today's. */
        ENDED,
        /** Neither today's nor a known historic code. */
        UNKNOWN
    }

    /**
     * A code from a file resolved against today's regions.
     *
     * @param raw the code as normalised from the file
     * @param match how it relates to today's regions
     * @param code today's code the values go to (the raw code for {@code KNOWN}, the new number for
     *        {@code RENUMBERED}), or null
     * @param successors today's municipalities that took over an ended one; empty otherwise
     * @since 1.1
     */
    public record Resolved(String raw, Match match, String code, List<String> successors) {
    }

    private final Set<String> known;
    private final Map<String, String> renumbered;
    private final Map<String, List<String>> ended;

    private RegionCodes(Set<String> known, Map<String, String> renumbered, Map<String, List<String>> ended) {
        this.known = Set.copyOf(known);
        this.renumbered = Map.copyOf(renumbered);
        this.ended = Map.copyOf(ended);
    }

    /**
     * The accepted codes: the given municipality and county numbers, the country, and the given group codes.
     */
    public static RegionCodes of(Collection<String> municipalities, Collection<String> counties,
            Collection<String> groups) {
        Set<String> known = new HashSet<>(municipalities);
        known.addAll(counties);
        known.addAll(groups);
        known.add(COUNTRY);
        return new RegionCodes(known, Map.of(), Map.of());
    }

    /**
     * The 2024 municipalities and counties of the catalogue, the country and the KOSTRA groups, and the municipality
     * numbers of the past from the catalogue's official code changes (SSB KLASS 131): those only renumbered map to
     * today's number, those merged or split name today's successors.
     */
    public static RegionCodes of(CatalogueService catalogue) {
        Map<String, String> renumbered = new HashMap<>();
        Map<String, List<String>> ended = new HashMap<>();
        catalogue.municipalityChanges().stream().map(MunicipalityChange::oldNumber).distinct()
                .map(catalogue::lookupMunicipality).forEach(lookup -> {
                    switch (lookup.status()) {
                        case RENUMBERED -> renumbered.put(lookup.number(), lookup.current().orElseThrow().number());
                        case MERGED, SPLIT -> ended.put(lookup.number(),
                                lookup.successors().stream().map(Municipality::number).toList());
                        default -> {
                            // current or unknown numbers need no history
                        }
                    }
                });
        return of(catalogue.municipalities().stream().map(Municipality::number).toList(),
                catalogue.counties().stream().map(County::number).toList(), kostraGroups())
                .withHistory(renumbered, ended);
    }

    /** The KOSTRA group codes EKG01 to EKG17 and {@value #COUNTRY_WITHOUT_OSLO}. */
    public static Set<String> kostraGroups() {
        Set<String> groups = new HashSet<>();
        IntStream.rangeClosed(1, 17).forEach(n -> groups.add(String.format(Locale.ROOT, "EKG%02d", n)));
        groups.add(COUNTRY_WITHOUT_OSLO);
        return Set.copyOf(groups);
    }

    /** These codes and the given group codes. */
    public RegionCodes withGroups(Collection<String> groups) {
        Set<String> all = new HashSet<>(known);
        all.addAll(groups);
        return new RegionCodes(all, renumbered, ended);
    }

    /**
     * These codes and the municipality numbers of the past: those only renumbered (old number to today's) and
     * those of municipalities that no longer exist (old number to today's successors).
     *
     * @since 1.1
     */
    public RegionCodes withHistory(Map<String, String> renumberedCodes, Map<String, List<String>> endedCodes) {
        Map<String, String> allRenumbered = new HashMap<>(renumbered);
        allRenumbered.putAll(renumberedCodes);
        Map<String, List<String>> allEnded = new HashMap<>(ended);
        endedCodes.forEach((code, successors) -> allEnded.put(code, List.copyOf(successors)));
        return new RegionCodes(known, allRenumbered, allEnded);
    }

    /**
     * Resolves a code as a file writes it: today's code, a historic number renumbered to today's, a municipality
     * that no longer exists, or unknown.
     *
     * @since 1.1
     */
    public Resolved resolve(String raw) {
        String code = normalise(raw);
        if (code != null && known.contains(code)) {
            return new Resolved(code, Match.KNOWN, code, List.of());
        }
        if (code != null && renumbered.containsKey(code)) {
            return new Resolved(code, Match.RENUMBERED, renumbered.get(code), List.of());
        }
        if (code != null && ended.containsKey(code)) {
            return new Resolved(code, Match.ENDED, null, ended.get(code));
        }
        return new Resolved(code, Match.UNKNOWN, null, List.of());
    }

    /** True if the code, once normalised, is one this set accepts. */
    public boolean isKnown(String code) {
        return code != null && known.contains(normalise(code));
    }

    /** The normal form of a region code as statistics write it; unknown shapes come back trimmed. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.strip();
        Matcher withName = CODE_AND_NAME.matcher(code);
        if (withName.matches()) {
            code = withName.group(1);
        }
        if ("EAK".equalsIgnoreCase(code)) {
            return COUNTRY;
        }
        Matcher prefixed = PREFIXED.matcher(code.toUpperCase(Locale.ROOT));
        if (prefixed.matches()) {
            for (int group = 1; group <= 3; group++) {
                if (prefixed.group(group) != null) {
                    return prefixed.group(group);
                }
            }
        }
        return code;
    }

    /** The kind of region a normalised code stands for, judged by its shape. */
    public static Kind kindOf(String code) {
        if (COUNTRY.equals(code)) {
            return Kind.COUNTRY;
        }
        if (code.matches("\\d{2}")) {
            return Kind.COUNTY;
        }
        return code.matches("\\d{4}") ? Kind.MUNICIPALITY : Kind.GROUP;
    }
}
