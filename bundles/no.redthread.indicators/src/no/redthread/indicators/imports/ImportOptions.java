package no.redthread.indicators.imports;

/**
 * What an import does with regions it cannot place.
 *
 * @param skipUnmatchedRegions skip the values of regions that no longer exist (merged or split) or are not known,
 *        instead of stopping the import; the preview lists them
 * @param countryWhenNoRegion import a dataset without a region variable as the country's series
 *        ({@link no.redthread.indicators.RegionCodes#COUNTRY}) instead of stopping
 * @since 1.2
 */
public record ImportOptions(boolean skipUnmatchedRegions, boolean countryWhenNoRegion) {

    /** Stop at every region that cannot be placed; a dataset needs a region variable. */
    public static final ImportOptions STRICT = new ImportOptions(false, false);

    public ImportOptions withSkipUnmatchedRegions(boolean skip) {
        return new ImportOptions(skip, countryWhenNoRegion);
    }

    public ImportOptions withCountryWhenNoRegion(boolean country) {
        return new ImportOptions(skipUnmatchedRegions, country);
    }
}
