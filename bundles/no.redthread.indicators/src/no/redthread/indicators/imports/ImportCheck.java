package no.redthread.indicators.imports;

import java.util.ArrayList;
import java.util.List;

import no.redthread.indicators.Numbers;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.internal.Texts;
import no.redthread.indicators.model.IndicatorsFactory;

/**
 * What an import of a file would do with a choice of mapping, found before anything is imported (a dry run into a
 * scratch indicator that belongs to no workspace): the regions it maps to today's numbers, the regions that no
 * longer exist or are unknown, whether the data is national, and the problems that stop it, each as a sentence in
 * the UI language naming the file and the position. The import wizard shows these at its pages; the console command
 * prints them.
 *
 * @param regions the file's regions that are not today's codes, in the file's order
 * @param national true when the choice has no region variable (national figures)
 * @param problems what stops the import; empty when it can go ahead
 * @param values the values the import would bring in
 * @param skipped the values it would skip (regions that no longer exist or are unknown, when skipping)
 * @since 1.2
 */
public record ImportCheck(List<Region> regions, boolean national, List<String> problems, int values, int skipped) {

    /**
     * A region of the file that is not one of today's codes.
     *
     * @param label the region as the file writes it, e.g. {@code "5403 Alta (2020-2023)"}
     * @param resolved how it relates to today's regions
     */
    public record Region(String label, RegionCodes.Resolved resolved) {

        /** One line for the preview or the console, e.g. "5403 Alta (2020-2023) → 5601 (nytt nummer fra 2024)". */
        public String describe() {
            return switch (resolved.match()) {
                case RENUMBERED -> Texts.get("check.renumbered", label, resolved.code());
                case ENDED -> Texts.get("check.ended", label, String.join(", ", resolved.successors()));
                default -> Texts.get("check.unknown", label);
            };
        }

        /** True when its values cannot be imported (the region no longer exists or is unknown). */
        public boolean unmatched() {
            return resolved.match() == RegionCodes.Match.ENDED || resolved.match() == RegionCodes.Match.UNKNOWN;
        }
    }

    static ImportCheck of(ImportSource source, ImportChoice choice, RegionCodes codes) {
        List<Region> regions = new ArrayList<>();
        for (String label : source.regionCodes(choice.region())) {
            RegionCodes.Resolved resolved = codes.resolve(label);
            if (resolved.match() != RegionCodes.Match.KNOWN && !label.isBlank()) {
                regions.add(new Region(label, resolved));
            }
        }
        boolean national = choice.region() == null;
        List<String> problems = new ArrayList<>();
        int values = 0;
        int skipped = 0;
        if (national && !choice.options().countryWhenNoRegion()) {
            problems.add(Texts.get("check.national", source.file().getFileName()));
        } else {
            try {
                ImportResult dryRun = source.build(choice, IndicatorsFactory.eINSTANCE.createIndicator(), codes,
                        ImportMonitor.NONE);
                values = dryRun.valueCount() + dryRun.markedCount();
                skipped = dryRun.skippedCount();
                if (values == 0) {
                    problems.add(Texts.get("check.nothing", source.file().getFileName()));
                }
            } catch (ImportException e) {
                problems.add(ImportSource.describe(e));
            }
        }
        return new ImportCheck(List.copyOf(regions), national, List.copyOf(problems), values, skipped);
    }

    /** True when nothing stops the import. */
    public boolean canImport() {
        return problems.isEmpty();
    }

    /** The regions whose values cannot be imported (they no longer exist, or are unknown). */
    public List<Region> unmatched() {
        return regions.stream().filter(Region::unmatched).toList();
    }

    /** The regions whose historic numbers go to today's. */
    public List<Region> renumbered() {
        return regions.stream().filter(r -> r.resolved().match() == RegionCodes.Match.RENUMBERED).toList();
    }

    /** A one-line summary: the values found and skipped. */
    public String summary() {
        return skipped == 0 ? Texts.get("check.values", Numbers.format(values))
                : Texts.get("check.valuesSkipped", Numbers.format(values), Numbers.format(skipped));
    }
}
