package no.redthread.core.catalogue;

/**
 * One of the 169 SDG targets.
 *
 * @param code the UN code, e.g. "1.a"
 * @param goal the number of the SDG it belongs to
 * @param textEn the official English text
 * @param textNb the Norwegian text as shipped (machine quality; may be wrong, see {@code nbTextFlagged})
 * @param nbTextFlagged true when the Norwegian text is known to be wrong or missing
 * @param nbTextNote why the Norwegian text is flagged, e.g. "repeats the Norwegian text of 1.5"; empty otherwise
 */
public record SdgTargetEntry(String code, int goal, String textEn, String textNb, boolean nbTextFlagged,
        String nbTextNote) {

    /** The text to show a Norwegian reader: the nb text unless it is flagged or blank, else the English text. */
    public String preferredTextNb() {
        return nbTextFlagged || textNb == null || textNb.isBlank() ? textEn : textNb;
    }
}
