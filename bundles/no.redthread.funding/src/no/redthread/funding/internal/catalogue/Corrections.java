package no.redthread.funding.internal.catalogue;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.redthread.funding.FundingScheme;

/**
 * Merges the schemes of all packs: where records share an id, the one with the newer last-checked date wins; on
 * the same date a content pack wins over the shipped record, and of two packs the one read later (higher bundle
 * id), so that a county's correction made the day the register was checked still counts.
 */
final class Corrections {

    private static final Comparator<FundingScheme> BY_NAME = Comparator.comparing(FundingScheme::nameNb,
            Collator.getInstance(Locale.forLanguageTag("nb")));

    private Corrections() {
    }

    /** The winning record per id, sorted by Norwegian name; {@code packs} in bundle-id order. */
    static List<FundingScheme> merge(List<List<FundingScheme>> packs) {
        Map<String, FundingScheme> byId = new LinkedHashMap<>();
        for (List<FundingScheme> pack : packs) {
            for (FundingScheme scheme : pack) {
                byId.merge(scheme.id(), scheme, Corrections::newer);
            }
        }
        return byId.values().stream().sorted(BY_NAME).toList();
    }

    private static FundingScheme newer(FundingScheme earlier, FundingScheme later) {
        if (later.lastChecked().equals(earlier.lastChecked())) {
            return later.origin().equals(FundingScheme.SHIPPED) ? earlier : later;
        }
        return later.lastChecked().isAfter(earlier.lastChecked()) ? later : earlier;
    }
}
