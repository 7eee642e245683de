package no.redthread.funding;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scheme ranked for a plan object, with why.
 *
 * @param scheme the scheme
 * @param score higher is better; only the order is meaningful
 * @param reasons why it matched, most important first
 */
public record SchemeMatch(FundingScheme scheme, double score, List<MatchReason> reasons) {

    public SchemeMatch {
        reasons = List.copyOf(reasons);
    }

    /** The reasons joined for one line, e.g. "tema: Klimatilpasning; mål 13.1; kommune kan søke; frist 15. februar". */
    public String explanation() {
        return reasons.stream().map(MatchReason::text).collect(Collectors.joining("; "));
    }
}
