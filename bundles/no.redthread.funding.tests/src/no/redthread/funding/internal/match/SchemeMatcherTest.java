package no.redthread.funding.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.funding.MatchReason;
import no.redthread.funding.SchemeMatch;
import no.redthread.funding.SchemeMatcher;

/** The matcher service on the shipped schemes and the real frame, for plan objects built in code. */
class SchemeMatcherTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static SchemeMatcher matcher;
    private static CatalogueService catalogue;

    @BeforeAll
    static void findServices() throws Exception {
        ServiceTracker<SchemeMatcher, SchemeMatcher> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(DefaultSchemeMatcher.class).getBundleContext(), SchemeMatcher.class, null);
        tracker.open();
        matcher = tracker.waitForService(10_000);
        catalogue = PlanFixture.catalogue();
        assertNotNull(matcher, "no SchemeMatcher within 10 s");
        assertNotNull(catalogue, "no CatalogueService within 10 s");
    }

    private static SchemeMatch find(List<SchemeMatch> matches, String id) {
        return matches.stream().filter(m -> m.scheme().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + matches.size() + " matches"));
    }

    @Test
    void aMunicipalMeasureGetsTheClimateAdaptationGrantWithReasonsInBokmal() {
        PlanFixture plan = new PlanFixture(catalogue, "5501", "theme-climate-hazards", "13.1");
        List<SchemeMatch> matches = matcher.forMeasure(plan.measure, TODAY, NB);

        assertEquals("tema: Klima og naturfare; mål 13.1; kommune kan søke; frist 15. februar (anslått)",
                find(matches, "klimatilpasning").explanation());
        assertEquals("tema: Klima og naturfare; mål 13.1; kommune kan søke; interkommunalt samarbeid kan søke;"
                + " frist 15. februar (anslått)", find(matches, "klimasats").explanation().replace("mål 13.2; ", "")
                .replace("mål 13.3; ", ""));
    }

    @Test
    void nynorskAndEnglish() {
        PlanFixture plan = new PlanFixture(catalogue, "5501", "theme-climate-hazards", "13.1");

        assertEquals("tema: Klima og naturfare; mål 13.1; kommune kan søkje; frist 15. februar (anslått)",
                find(matcher.forMeasure(plan.measure, TODAY, Locale.forLanguageTag("nn-NO")), "klimatilpasning")
                        .explanation());
        assertEquals("theme: Climate and natural hazards; target 13.1; municipalities may apply;"
                + " deadline 15 February (estimated)",
                find(matcher.forMeasure(plan.measure, TODAY, Locale.ENGLISH), "klimatilpasning").explanation());
    }

    @Test
    void schemesWithNothingInCommonAreLeftOutAndTheRestAreRanked() {
        PlanFixture plan = new PlanFixture(catalogue, "5501", "theme-climate-hazards", "13.1");
        List<SchemeMatch> matches = matcher.forGoal(plan.goal, TODAY, NB);

        assertFalse(matches.isEmpty());
        assertTrue(matches.stream().noneMatch(m -> m.scheme().id().equals("spillemidler")),
                "spillemidler (public health, culture; SDG 3, 11) shares nothing");
        for (SchemeMatch match : matches) {
            assertTrue(match.reasons().stream().anyMatch(r -> r.kind() == MatchReason.Kind.THEME
                    || r.kind() == MatchReason.Kind.SDG_TARGET || r.kind() == MatchReason.Kind.SDG_GOAL), match.explanation());
        }
        for (int i = 1; i < matches.size(); i++) {
            assertTrue(matches.get(i - 1).score() >= matches.get(i).score());
        }
    }

    @Test
    void aCountySeesWhereCountiesMayApply() {
        PlanFixture plan = new PlanFixture(catalogue, "55", "theme-nature-land-use", null);
        SchemeMatch mapping = find(matcher.forMeasure(plan.measure, TODAY, NB), "friluft_kartlegging");

        assertEquals("tema: Natur og arealbruk; fylkeskommune kan søke", mapping.explanation());
        SchemeMatch natursats = find(matcher.forMeasure(plan.measure, TODAY, NB), "natursats");
        assertTrue(natursats.reasons().stream().noneMatch(r -> r.kind() == MatchReason.Kind.APPLICANT),
                "natursats is for municipalities only: " + natursats.explanation());
        assertTrue(mapping.score() > natursats.score() - 1, "the kind allowed to apply ranks higher");
    }

    @Test
    void weakThemesOfAnAssessmentMatchWithoutAnOrganisation() {
        List<SchemeMatch> matches = matcher.forThemes(List.of("theme-housing"), TODAY, NB);

        SchemeMatch housing = find(matches, "husbanken_investeringstilskudd");
        assertEquals("tema: Bolig; løpende søknad", housing.explanation());
        assertTrue(matches.stream().allMatch(m -> m.scheme().themeIds().contains("theme-housing")));
    }
}
