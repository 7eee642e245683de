package no.redthread.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;

import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanStatus;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadRule;
import no.redthread.validation.RedThreadValidator;
import no.redthread.validation.internal.DefaultRedThreadValidator;

class PlanRulesTest {

    private final RedThreadValidator validator = new DefaultRedThreadValidator();
    private final Models m = Models.healthy();

    @Test
    void anActionPlanThatFollowsNothingShouldFollowTheCommunityPart() {
        m.action.setFollows(null);

        List<Finding> findings = validator.validate(m.system);

        assertEquals(Described.only(RedThreadRule.PLAN_WITHOUT_PREDECESSOR, m.action), Described.findings(findings));
        assertEquals(List.of(PlanKind.SAMFUNNSDEL), findings.get(0).arguments());
    }

    @Test
    void everyStepAfterTheKnowledgeBaseNeedsAPredecessor() {
        for (PlanKind kind : PlanKind.values()) {
            Models fresh = Models.healthy();
            Plan plan = fresh.plan(kind, "Plan", null);
            boolean startsAThread = kind == PlanKind.KUNNSKAPSGRUNNLAG;

            assertEquals(startsAThread ? List.of() : Described.only(RedThreadRule.PLAN_WITHOUT_PREDECESSOR, plan),
                    Described.findings(validator.validate(fresh.system)), kind.name());
        }
    }

    @Test
    void anExpiredPlanNeedsNoPredecessor() {
        Plan old = m.plan(PlanKind.AREALDEL, "Arealdel 2010–2022", null);
        old.setStatus(PlanStatus.EXPIRED);

        assertEquals(List.of(), Described.findings(validator.validate(m.system)));
    }

    @Test
    void aPredecessorOutsideThePlanSystemIsMissing() {
        Plan elsewhere = Models.healthy().community;
        Plan land = m.plan(PlanKind.AREALDEL, "Arealdel", elsewhere);

        assertEquals(Described.only(RedThreadRule.PLAN_PREDECESSOR_MISSING, land), Described.findings(validator.validate(m.system)));
    }

    @Test
    void anUnresolvedPredecessorIsMissing() {
        Plan proxy = Models.standalonePlan(PlanKind.SAMFUNNSDEL, null, null);
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("other.xmi#plan-gone"));
        Plan land = m.plan(PlanKind.AREALDEL, "Arealdel", proxy);

        assertEquals(Described.only(RedThreadRule.PLAN_PREDECESSOR_MISSING, land), Described.findings(validator.validate(m.system)));
    }

    @Test
    void followingAnExpiredPlanIsFound() {
        m.strategy.setStatus(PlanStatus.EXPIRED);

        assertEquals(Described.only(RedThreadRule.PLAN_PREDECESSOR_EXPIRED, m.community),
                Described.findings(validator.validate(m.system)));
    }

    @Test
    void followingADraftOrAPlanOnHearingIsFine() {
        m.community.setStatus(PlanStatus.ON_HEARING);
        m.strategy.setStatus(PlanStatus.DRAFT);

        assertEquals(List.of(), Described.findings(validator.validate(m.system)));
    }

    @Test
    void aZoningPlanThatFollowsTheActionPlanIsUnexpected() {
        Plan zoning = m.plan(PlanKind.REGULERINGSPLAN, "Detaljregulering", m.action);

        List<Finding> findings = validator.validate(m.system);

        assertEquals(Described.only(RedThreadRule.PLAN_UNEXPECTED_PREDECESSOR, zoning), Described.findings(findings));
        assertEquals(List.of(m.action, PlanKind.HANDLINGS_OG_OKONOMIPLAN, PlanKind.REGULERINGSPLAN, PlanKind.AREALDEL),
                findings.get(0).arguments());
    }

    @Test
    void aUnitPlanMayFollowTheActionPlanOrTheCommunityPart() {
        m.plan(PlanKind.VIRKSOMHETSPLAN, "Virksomhetsplan helse", m.action);
        m.plan(PlanKind.VIRKSOMHETSPLAN, "Virksomhetsplan oppvekst", m.community);

        assertEquals(List.of(), Described.findings(validator.validate(m.system)));
    }
}
