package no.redthread.indicators.internal.imports;

import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportOptions;
import no.redthread.indicators.internal.Texts;

/** Where the values of a region from a file go: today's code, nowhere (skipped), or a fault. */
final class RegionPlacement {

    private RegionPlacement() {
    }

    /**
     * Today's code for a resolved region, or "" when its values are skipped.
     *
     * @throws IllegalArgumentException with the message for the user when the region cannot be placed
     */
    static String place(RegionCodes.Resolved region, ImportOptions options) {
        return switch (region.match()) {
            case KNOWN, RENUMBERED -> region.code();
            case ENDED, UNKNOWN -> {
                if (options.skipUnmatchedRegions()) {
                    yield "";
                }
                throw new IllegalArgumentException(problem(region));
            }
        };
    }

    /** The user's message for a region that cannot be placed. */
    static String problem(RegionCodes.Resolved region) {
        return region.match() == RegionCodes.Match.ENDED
                ? Texts.get("import.regionEnded", region.raw(), String.join(", ", region.successors()))
                : Texts.get("import.regionUnknown", region.raw());
    }
}
