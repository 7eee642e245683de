package no.redthread.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import no.redthread.model.plan.Case;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanStatus;
import no.redthread.validation.ChainBreak;
import no.redthread.validation.ChainNode;
import no.redthread.validation.RedThreadChain;

class RedThreadChainTest {

    private final Models m = Models.healthy();

    @Test
    void anUnbrokenThreadRunsFromAnchorToBudgetLineWithTheCaseBesideTheMeasure() {
        RedThreadChain chain = RedThreadChain.of(m.system);

        assertEquals(List.of(m.target11_1, m.housing), elements(chain.roots()));
        ChainNode target = chain.roots().get(0);
        assertEquals(ChainNode.Kind.SDG_TARGET, target.kind());
        ChainNode goal = target.children().get(0);
        assertEquals(List.of(m.goal), elements(target.children()));
        assertEquals(List.of(m.measure, m.sak), elements(goal.children()));
        ChainNode measure = goal.children().get(0);
        assertEquals(List.of(ChainNode.Kind.MEASURE, ChainNode.Kind.CASE), goal.children().stream().map(ChainNode::kind).toList());
        assertEquals(List.of(m.line), elements(measure.children()));
        assertEquals(ChainNode.Kind.BUDGET_LINE, measure.children().get(0).kind());
        assertSame(goal, chain.roots().get(1).children().get(0), "the theme shows the same goal node");
        assertEquals(List.of(), chain.breaks());
    }

    @Test
    void eachBreakIsMarkedWhereItHappens() {
        Goal noMeasure = Models.goal(m.community, "Trygg mobilitet", m.target3_4);
        Measure noLine = Models.measure(m.action, "Leie-til-eie", FundingStatus.UNFUNDED, m.goal);
        Measure noGoal = Models.measure(m.action, "Ny nettside", FundingStatus.FUNDED);
        Goal unanchored = Models.goal(m.community, "Uklart mål");
        Case looseCase = m.sak("Tankbil");

        RedThreadChain chain = RedThreadChain.of(m.system);

        assertEquals(List.of(m.target3_4, m.target11_1, m.housing, unanchored, noGoal, looseCase), elements(chain.roots()));
        assertEquals(Set.of(ChainBreak.GOAL_WITHOUT_MEASURE), node(chain, noMeasure).breaks());
        assertEquals(Set.of(ChainBreak.MEASURE_WITHOUT_BUDGET_LINE), node(chain, noLine).breaks());
        assertEquals(Set.of(ChainBreak.MEASURE_WITHOUT_GOAL, ChainBreak.MEASURE_WITHOUT_BUDGET_LINE), node(chain, noGoal).breaks());
        assertEquals(Set.of(ChainBreak.GOAL_WITHOUT_ANCHOR, ChainBreak.GOAL_WITHOUT_MEASURE), node(chain, unanchored).breaks());
        assertEquals(Set.of(ChainBreak.CASE_WITHOUT_GOAL), node(chain, looseCase).breaks());
        assertEquals(List.of(noMeasure, noLine, unanchored, noGoal, looseCase), elements(chain.breaks()));
    }

    @Test
    void anExternallyFundedMeasureDoesNotBreakForWantOfABudgetLine() {
        Measure external = Models.measure(m.action, "Sykkelparkering", FundingStatus.EXTERNAL, m.goal);

        RedThreadChain chain = RedThreadChain.of(m.system);

        assertEquals(Set.of(), node(chain, external).breaks());
    }

    @Test
    void aGoalWithSeveralAnchorsHangsUnderEachButBreaksOnce() {
        Goal shared = Models.goal(m.community, "Helse og bolig", m.target11_1, m.target3_4, m.health);

        RedThreadChain chain = RedThreadChain.of(m.system);

        List<ChainNode> parents = chain.roots().stream()
                .filter(root -> root.children().stream().anyMatch(child -> child.element() == shared)).toList();
        assertEquals(List.of(m.target3_4, m.target11_1, m.health), elements(parents));
        assertEquals(List.of(shared), elements(chain.breaks()));
    }

    @Test
    void anchorsComeInFrameOrderWhateverOrderTheGoalsNameThem() {
        Goal goal = Models.goal(m.community, "Mat og helse", m.target3_4, m.target2_4, m.housing, m.health);
        m.line.getFunds().add(Models.measure(m.action, "Lokalmat", FundingStatus.FUNDED, goal));

        RedThreadChain chain = RedThreadChain.of(m.system);

        assertEquals(List.of(m.target2_4, m.target3_4, m.target11_1, m.health, m.housing), elements(chain.roots()));
    }

    @Test
    void theActionPlansChainShowsTheGoalsItsMeasuresFollow() {
        Measure noGoal = Models.measure(m.action, "Ny nettside", FundingStatus.FUNDED);
        m.sak("Tankbil");

        RedThreadChain chain = RedThreadChain.of(m.action);

        assertSame(m.action, chain.scope());
        assertEquals(List.of(m.target11_1, m.housing, noGoal), elements(chain.roots()));
        assertEquals(List.of(m.measure, m.sak), elements(node(chain, m.goal).children()));
    }

    @Test
    void theCommunityPartsChainShowsTheMeasuresOfOtherPlans() {
        Models.measure(m.action, "Ny nettside", FundingStatus.FUNDED);

        RedThreadChain chain = RedThreadChain.of(m.community);

        assertEquals(List.of(m.target11_1, m.housing), elements(chain.roots()));
        assertEquals(List.of(m.measure, m.sak), elements(node(chain, m.goal).children()));
        assertEquals(List.of(), chain.breaks());
    }

    @Test
    void expiredPlansStayOutOfTheSystemsChainUnlessACurrentMeasureFollowsTheirGoals() {
        Plan old = m.plan(PlanKind.SAMFUNNSDEL, "Samfunnsdel 2014–2026", m.strategy);
        old.setStatus(PlanStatus.EXPIRED);
        Goal forgotten = Models.goal(old, "Gammelt mål", m.target2_4);
        Goal stillFollowed = Models.goal(old, "Fortsatt fulgt", m.target3_4);
        m.line.getFunds().add(Models.measure(m.action, "Videreført tiltak", FundingStatus.FUNDED, stillFollowed));

        RedThreadChain chain = RedThreadChain.of(m.system);

        assertEquals(List.of(m.target3_4, m.target11_1, m.housing), elements(chain.roots()));
        assertTrue(chain.roots().stream().noneMatch(root -> root.element() == forgotten));
        assertEquals(1, RedThreadChain.of(old).breaks().size(), "the expired plan's own chain still shows its goals");
    }

    @Test
    void onlyStepsOfTheRedThreadCanBeNodes() {
        assertThrows(IllegalArgumentException.class, () -> new ChainNode(m.action, List.of(), Set.of()));
    }

    private static List<EObject> elements(List<ChainNode> nodes) {
        return nodes.stream().map(ChainNode::element).toList();
    }

    /** The first node for an element, depth first. */
    private static ChainNode node(RedThreadChain chain, EObject element) {
        return chain.roots().stream().map(root -> find(root, element)).filter(n -> n != null).findFirst()
                .orElseThrow(() -> new AssertionError("no node for " + element));
    }

    private static ChainNode find(ChainNode node, EObject element) {
        if (node.element() == element) {
            return node;
        }
        return node.children().stream().map(child -> find(child, element)).filter(n -> n != null).findFirst().orElse(null);
    }
}
