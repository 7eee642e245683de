package no.redthread.funding.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.redthread.funding.Amount;
import no.redthread.funding.ApplicantType;
import no.redthread.funding.Deadline;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.SchemeMatch;
import no.redthread.model.plan.OrganisationKind;

/** The weights and the reasons' wording, on schemes built in code. */
class ScoringTest {

    private static final Locale NB = Locale.forLanguageTag("nb");

    private static FundingScheme scheme(Set<ApplicantType> applicants, Deadline deadline) {
        return new FundingScheme("s", "Ordning", "", "Eier", applicants, "", "Formål", List.of(),
                List.of("theme-water"), List.of(6), List.of("6.3"), deadline, Amount.UNKNOWN, "", URI.create("https://example.org"),
                "test", LocalDate.of(2026, 1, 1), FundingScheme.SHIPPED);
    }

    private static Optional<SchemeMatch> score(FundingScheme scheme, PlanFacts facts, LocalDate today) {
        return new Scoring(facts, today, new MatchTexts(NB), id -> "Vann og avløp").score(scheme);
    }

    private static PlanFacts municipality(Set<String> themes, Set<String> targets, Set<Integer> goals) {
        return new PlanFacts(themes, targets, goals, Optional.of(OrganisationKind.MUNICIPALITY));
    }

    @Test
    void aThemeCountsThreeATargetTwoAGoalWithoutSharedTargetOne() {
        Deadline none = Deadline.unknown(2026, "");
        FundingScheme scheme = scheme(Set.of(ApplicantType.COUNTY), none);
        PlanFacts nobody = new PlanFacts(Set.of("theme-water"), Set.of("6.3"), Set.of(6), Optional.empty());

        assertEquals(5.0, score(scheme, nobody, LocalDate.of(2026, 1, 1)).orElseThrow().score());
        PlanFacts goalOnly = new PlanFacts(Set.of(), Set.of("6.1"), Set.of(6), Optional.empty());
        SchemeMatch match = score(scheme, goalOnly, LocalDate.of(2026, 1, 1)).orElseThrow();
        assertEquals(1.0, match.score());
        assertEquals("bærekraftsmål 6", match.explanation());
        assertTrue(score(scheme, new PlanFacts(Set.of("theme-housing"), Set.of(), Set.of(11), Optional.empty()),
                LocalDate.of(2026, 1, 1)).isEmpty(), "nothing in common");
    }

    @Test
    void anOrganisationThatMayNotApplyHalvesTheScore() {
        Deadline none = Deadline.unknown(2026, "");
        PlanFacts facts = municipality(Set.of("theme-water"), Set.of(), Set.of());

        assertEquals(1.5, score(scheme(Set.of(ApplicantType.COUNTY), none), facts, LocalDate.of(2026, 1, 1))
                .orElseThrow().score());
        SchemeMatch allowed = score(scheme(Set.of(ApplicantType.MUNICIPALITY, ApplicantType.INTERMUNICIPAL), none),
                facts, LocalDate.of(2026, 1, 1)).orElseThrow();
        assertEquals(5.5, allowed.score());
        assertEquals("tema: Vann og avløp; kommune kan søke; interkommunalt samarbeid kan søke", allowed.explanation());
    }

    @Test
    void aDeadlineNextYearShowsTheYearAndOneBeyondAYearDoesNotCount() {
        PlanFacts facts = new PlanFacts(Set.of("theme-water"), Set.of(), Set.of(), Optional.empty());
        Deadline january = new Deadline(Deadline.Kind.ANNUAL, List.of(MonthDay.of(1, 15)), List.of(), 2026, "");

        assertEquals("tema: Vann og avløp; frist 15. januar 2027 (anslått)",
                score(scheme(Set.of(), january), facts, LocalDate.of(2026, 12, 1)).orElseThrow().explanation());
        assertEquals("tema: Vann og avløp; frist 15. januar",
                score(scheme(Set.of(), january), facts, LocalDate.of(2026, 1, 2)).orElseThrow().explanation());
        Deadline later = new Deadline(Deadline.Kind.ROUNDS, List.of(), List.of(LocalDate.of(2028, 6, 1)), 2026, "");
        SchemeMatch far = score(scheme(Set.of(), later), facts, LocalDate.of(2026, 1, 2)).orElseThrow();
        assertEquals(3.0, far.score());
        assertEquals("tema: Vann og avløp", far.explanation());
    }
}
