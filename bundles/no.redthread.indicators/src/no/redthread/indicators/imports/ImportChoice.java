package no.redthread.indicators.imports;

/**
 * The user's choice for an import of an {@link ImportSource}: the keys of the region, time and content variables
 * (JSON-stat dimension ids or CSV column indexes), the content code to import (null for all content) and the options.
 * No region variable (null) means national figures; no time variable means the guessed one.
 *
 * @since 1.2
 */
public record ImportChoice(String region, String time, String content, String contentCode, ImportOptions options) {

    /** The guessed mapping of a source, all content, strict options. */
    public static ImportChoice guessed(ImportSource source) {
        String[] guess = source.guess();
        return new ImportChoice(guess[0], guess[1], guess[2], null, ImportOptions.STRICT);
    }

    public ImportChoice withContentCode(String code) {
        return new ImportChoice(region, time, content, code, options);
    }

    public ImportChoice withOptions(ImportOptions changed) {
        return new ImportChoice(region, time, content, contentCode, changed);
    }
}
