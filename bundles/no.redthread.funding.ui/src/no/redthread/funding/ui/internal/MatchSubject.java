package no.redthread.funding.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.redthread.funding.SchemeMatch;

/**
 * What the search is matched to (a measure, goal or theme chosen with <i>Finn tilskudd</i>) and the schemes the
 * matcher ranked for it.
 *
 * @param subject the plan object
 * @param label what the banner calls it, e.g. "tiltaket «Flomsikring av Glåma»"
 * @param matches the matcher's ranking, best first
 */
record MatchSubject(Object subject, String label, List<SchemeMatch> matches) {

    MatchSubject {
        matches = List.copyOf(matches);
    }

    /** The matches by scheme id. */
    Map<String, SchemeMatch> byId() {
        return matches.stream().collect(Collectors.toMap(m -> m.scheme().id(), Function.identity(), (a, b) -> a));
    }
}
