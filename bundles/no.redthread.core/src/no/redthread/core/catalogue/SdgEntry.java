package no.redthread.core.catalogue;

import java.util.List;

/**
 * One of the 17 SDGs.
 *
 * @param number 1 to 17
 * @param shortNameNb the official Norwegian short name, e.g. "Utrydde fattigdom"
 * @param titleNb the Norwegian title
 * @param shortNameEn the English short name, e.g. "No poverty"
 * @param titleEn the English title
 * @param colour the UN colour as {@code #RRGGBB}
 * @param targets the goal's targets in UN order
 */
public record SdgEntry(int number, String shortNameNb, String titleNb, String shortNameEn, String titleEn,
        String colour, List<SdgTargetEntry> targets) {

    public SdgEntry {
        targets = List.copyOf(targets);
    }
}
