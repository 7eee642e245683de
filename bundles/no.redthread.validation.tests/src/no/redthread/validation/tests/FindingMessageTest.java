package no.redthread.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadRule;
import no.redthread.validation.Severity;
import no.redthread.validation.internal.DefaultRedThreadValidator;

class FindingMessageTest {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final Locale NN = Locale.forLanguageTag("nn-NO");
    private static final List<Locale> LOCALES = List.of(NB, NN, Locale.ENGLISH);

    private final Models m = Models.healthy();

    @Test
    void theMessageNamesTheObjectInEachLanguage() {
        Goal goal = Models.goal(m.community, "Trygg mobilitet", m.target3_4, m.health);
        Finding finding = new DefaultRedThreadValidator().validate(m.system).get(0);

        assertEquals(goal, finding.subject());
        assertEquals("Ingen tiltak følger opp målet «Trygg mobilitet».", finding.message(NB));
        assertEquals("Ingen tiltak følgjer opp målet «Trygg mobilitet».", finding.message(NN));
        assertEquals("No measure follows up the goal “Trygg mobilitet”.", finding.message(Locale.ENGLISH));
    }

    @Test
    void theMessageUsesTheObjectsCurrentName() {
        Goal goal = Models.goal(m.community, "Gammelt navn", m.target3_4, m.health);
        Finding finding = new DefaultRedThreadValidator().validate(m.system).get(0);
        goal.setName("Nytt navn");

        assertTrue(finding.message(NB).contains("«Nytt navn»"), finding.message(NB));
    }

    @Test
    void anUnnamedObjectIsNamedByItsId() {
        Goal goal = Models.goal(m.community, " ", m.target3_4, m.health);

        String message = new DefaultRedThreadValidator().validate(m.system).get(0).message(NB);

        assertTrue(message.contains("«" + goal.getId() + "»"), message);
    }

    @Test
    void planKindsAndOtherPlansAreNamedInTheReadersLanguage() {
        Plan zoning = m.plan(PlanKind.REGULERINGSPLAN, "Detaljregulering Gjøsvika", m.action);
        Finding finding = new DefaultRedThreadValidator().validate(m.system).get(0);

        assertEquals(zoning, finding.subject());
        assertEquals("Planen «Detaljregulering Gjøsvika» følger opp «Handlings- og økonomiplan 2026–2029» "
                + "(handlings- og økonomiplan); i den røde tråden følger en plan av typen reguleringsplan opp en plan "
                + "av typen kommuneplanens arealdel.", finding.message(NB));
        assertTrue(finding.message(Locale.ENGLISH).endsWith("a plan of the kind zoning plan follows up a plan of the "
                + "kind land-use part of the municipal master plan."), finding.message(Locale.ENGLISH));
    }

    @Test
    void englishIsShownForEnglishEvenWhenTheDefaultLocaleIsNorwegian() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(NB);
            Finding finding = new Finding(RedThreadRule.CASE_WITHOUT_GOAL, m.sak("Tankbil"));

            assertEquals("The case “Tankbil” refers to no goal.", finding.message(Locale.ENGLISH));
            assertEquals("Saken «Tankbil» viser ikke til noe mål.", finding.message());
            assertEquals("Saken «Tankbil» viser ikke til noe mål.", finding.message(Locale.forLanguageTag("no")));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyRuleHasItsOwnMessageInEveryLanguage() {
        for (RedThreadRule rule : RedThreadRule.values()) {
            Finding finding = new Finding(rule, m.goal, List.of(m.action, PlanKind.AREALDEL, PlanKind.AREALDEL,
                    PlanKind.AREALDEL, PlanKind.AREALDEL));
            List<String> texts = LOCALES.stream().map(finding::message).toList();

            texts.forEach(text -> assertFalse(text.contains("!"), rule.id() + ": " + text));
            texts.forEach(text -> assertTrue(text.contains(m.goal.getName()), rule.id() + " names its subject: " + text));
            assertEquals(3, texts.stream().distinct().count(), rule.id() + " has the same text twice: " + texts);
        }
    }

    @Test
    void ruleIdsAreUniqueAndFoundById() {
        assertEquals(RedThreadRule.values().length, Arrays.stream(RedThreadRule.values()).map(RedThreadRule::id).distinct().count());
        for (RedThreadRule rule : RedThreadRule.values()) {
            assertEquals(rule, RedThreadRule.byId(rule.id()).orElseThrow());
        }
        assertTrue(RedThreadRule.byId("no.such-rule").isEmpty());
    }

    @Test
    void aFindingsSeverityIsItsRules() {
        Finding finding = new Finding(RedThreadRule.MEASURE_WITHOUT_GOAL,
                Models.measure(m.action, "Tiltak", FundingStatus.FUNDED));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("measure.no-goal", finding.ruleId());
        assertNotEquals(finding.message(NB), finding.message(NN));
    }
}
