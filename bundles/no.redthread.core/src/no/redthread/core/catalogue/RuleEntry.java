package no.redthread.core.catalogue;

/**
 * A rule of thumb (kjøreregel): what it takes to be sustainable within a theme.
 *
 * @param id a stable id, e.g. "rule-housing-2"
 * @param textNb the rule in Norwegian bokmål
 * @param textEn the rule in English
 */
public record RuleEntry(String id, String textNb, String textEn) {
}
