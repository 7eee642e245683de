package no.redthread.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

import no.redthread.model.plan.BudgetLine;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Dimension;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Identified;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.OrganisationKind;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanStatus;
import no.redthread.model.plan.PlanSystem;
import no.redthread.model.plan.Rule;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;

class PlanModelTest {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    @Test
    void containmentGivesEveryObjectItsParent() {
        PlanSystem system = sample();
        Plan samfunnsdel = system.getPlans().get(0);
        Goal goal = samfunnsdel.getGoals().get(0);

        assertSame(system, system.getOrganisation().eContainer());
        assertSame(system, samfunnsdel.eContainer());
        assertSame(samfunnsdel, goal.eContainer());
        assertSame(goal, goal.getTargets().get(0).eContainer());
        assertSame(goal, goal.getStrategies().get(0).eContainer());
        Theme theme = system.getFrame().getDimensions().get(0).getThemes().get(0);
        assertSame(system.getFrame().getDimensions().get(0), theme.eContainer());
        assertSame(system, EcoreUtil.getRootContainer(theme.getRules().get(0)));
    }

    @Test
    void movingAContainedObjectTakesItOutOfItsOldParent() {
        PlanSystem system = sample();
        Plan samfunnsdel = system.getPlans().get(0);
        Plan action = system.getPlans().get(1);
        Goal goal = samfunnsdel.getGoals().get(0);

        action.getGoals().add(goal);

        assertTrue(samfunnsdel.getGoals().isEmpty());
        assertSame(action, goal.eContainer());
    }

    @Test
    void crossReferencesMakeTheRedThread() {
        PlanSystem system = sample();
        Plan samfunnsdel = system.getPlans().get(0);
        Plan action = system.getPlans().get(1);
        Goal goal = samfunnsdel.getGoals().get(0);
        Measure measure = action.getMeasures().get(0);

        assertSame(samfunnsdel, action.getFollows());
        assertEquals(List.of(goal), measure.getFollows());
        assertEquals(List.of(measure), system.getBudgetLines().get(0).getFunds());
        assertEquals(List.of(goal), system.getCases().get(0).getRefersTo());
        assertEquals("11.5", goal.getAddressedSdgTargets().get(0).getCode());
        assertEquals("theme-climate", goal.getAddressedThemes().get(0).getId());
        // a cross-reference does not move the referenced object
        assertSame(samfunnsdel, goal.eContainer());
        assertEquals(2, EcoreUtil.UsageCrossReferencer.find(goal, system).size(),
                "the goal is referred to by the measure and the case");
    }

    @Test
    void xmiRefersToObjectsByTheirIdsAndReadsBackTheSameModel() throws IOException {
        PlanSystem system = sample();

        String xmi = save(system);

        assertTrue(xmi.contains("follows=\"goal-housing\""), xmi);
        assertTrue(xmi.contains("addressedSdgTargets=\"sdg-11.5\""), xmi);
        assertTrue(xmi.contains("adoptionDate=\"2024-06-20\""), xmi);
        PlanSystem read = (PlanSystem) load(xmi).getContents().get(0);
        assertTrue(EcoreUtil.equals(system, read), "the model read back differs from the one saved");
        Measure measure = read.getPlans().get(1).getMeasures().get(0);
        assertSame(read.getPlans().get(0).getGoals().get(0), measure.getFollows().get(0));
        assertEquals(LocalDate.of(2024, 6, 20), read.getPlans().get(0).getAdoptionDate());
        assertSame(measure, read.eResource().getEObject("measure-housing"));
    }

    @Test
    void anSdgTargetShowsLocalWordingThenGoodNbTextThenEnglish() {
        SdgTarget target = F.createSdgTarget();
        target.setTextEn("english");
        target.setTextNb("norsk");
        assertEquals("norsk", target.preferredTextNb());

        target.setNbTextFlagged(true);
        assertEquals("english", target.preferredTextNb());

        target.setLocalWording("vår egen formulering");
        assertEquals("vår egen formulering", target.preferredTextNb());

        target.setLocalWording(" ");
        target.setNbTextFlagged(false);
        target.setTextNb(null);
        assertEquals("english", target.preferredTextNb());
    }

    @Test
    void defaultsAreTheFirstLiteralsAndEmptyValues() {
        Plan plan = F.createPlan();
        Measure measure = F.createMeasure();
        assertEquals(PlanStatus.DRAFT, plan.getStatus());
        assertEquals(PlanKind.KUNNSKAPSGRUNNLAG, plan.getKind());
        assertEquals(FundingStatus.UNFUNDED, measure.getFundingStatus());
        assertNull(measure.getStartYear());
        assertNull(plan.getAdoptionDate());
        assertFalse(F.createSdgTarget().isNbTextFlagged());
        assertEquals(12, PlanKind.VALUES.size(), "ten red-thread steps and two regional plan kinds");
        assertEquals(List.of(FundingStatus.UNFUNDED, FundingStatus.PARTLY_FUNDED, FundingStatus.FUNDED, FundingStatus.EXTERNAL),
                FundingStatus.VALUES, "values 0 to 3; EXTERNAL (ekstern finansiering) was added last, so saved values keep their meaning");
    }

    private static String save(PlanSystem system) throws IOException {
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/plan.xmi"));
        resource.getContents().add(system);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Resource load(String xmi) throws IOException {
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/plan.xmi"));
        resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), Map.of());
        return resource;
    }

    /** A tiny municipality: a community part with one goal, an action plan with one measure, a case, a budget line. */
    static PlanSystem sample() {
        PlanSystem system = F.createPlanSystem();
        system.setId("plan-system");
        Organisation organisation = F.createOrganisation();
        organisation.setId("org-5501");
        organisation.setNumber("5501");
        organisation.setName("Tromsø");
        organisation.setKind(OrganisationKind.MUNICIPALITY);
        organisation.setCountyNumber("55");
        system.setOrganisation(organisation);
        system.setFrame(frame());
        Theme theme = system.getFrame().getDimensions().get(0).getThemes().get(0);
        SdgTarget target = system.getFrame().getSdgs().get(0).getTargets().get(0);

        Plan samfunnsdel = plan("plan-samfunnsdel", PlanKind.SAMFUNNSDEL);
        samfunnsdel.setStatus(PlanStatus.ADOPTED);
        samfunnsdel.setAdoptionDate(LocalDate.of(2024, 6, 20));
        Goal goal = F.createGoal();
        goal.setId("goal-housing");
        goal.setName("Gode og trygge boliger for alle");
        goal.getAddressedSdgTargets().add(target);
        goal.getAddressedThemes().add(theme);
        goal.getTargets().add(named(F.createTarget(), "target-housing-1"));
        goal.getStrategies().add(named(F.createStrategy(), "strategy-housing-1"));
        samfunnsdel.getGoals().add(goal);

        Plan action = plan("plan-hop", PlanKind.HANDLINGS_OG_OKONOMIPLAN);
        action.setFollows(samfunnsdel);
        Measure measure = F.createMeasure();
        measure.setId("measure-housing");
        measure.setName("Startlån og tilskudd til etablering");
        measure.setResponsibleUnit("Tildelingskontoret");
        measure.setCostPerYear(1_500_000);
        measure.setStartYear(2025);
        measure.setEndYear(2028);
        measure.setFundingStatus(FundingStatus.PARTLY_FUNDED);
        measure.getFollows().add(goal);
        action.getMeasures().add(measure);
        system.getPlans().add(samfunnsdel);
        system.getPlans().add(action);

        BudgetLine line = F.createBudgetLine();
        line.setId("budget-2025-housing");
        line.setYear(2025);
        line.setAmount(750_000);
        line.getFunds().add(measure);
        system.getBudgetLines().add(line);
        Case decision = F.createCase();
        decision.setId("case-2025-17");
        decision.setTitle("Boligsosial handlingsplan");
        decision.setDate(LocalDate.of(2025, 3, 12));
        decision.setDecisionBody("Kommunestyret");
        decision.getRefersTo().add(goal);
        system.getCases().add(decision);
        return system;
    }

    private static Frame frame() {
        Frame frame = F.createFrame();
        frame.setId("frame");
        Dimension dimension = F.createDimension();
        dimension.setId("dim-climate-environment");
        dimension.setNameNb("Klima og miljø");
        Theme theme = F.createTheme();
        theme.setId("theme-climate");
        theme.setNameNb("Klima og naturfare");
        Rule rule = F.createRule();
        rule.setId("theme-climate.1");
        rule.setTextNb("Planlegg for et klima i endring.");
        theme.getRules().add(rule);
        dimension.getThemes().add(theme);
        frame.getDimensions().add(dimension);
        Sdg sdg = F.createSdg();
        sdg.setId("sdg-11");
        sdg.setNumber(11);
        sdg.setColour("#FD9D24");
        SdgTarget target = F.createSdgTarget();
        target.setId("sdg-11.5");
        target.setCode("11.5");
        sdg.getTargets().add(target);
        frame.getSdgs().add(sdg);
        theme.getSdgTargets().add(target);
        return frame;
    }

    private static Plan plan(String id, PlanKind kind) {
        Plan plan = F.createPlan();
        plan.setId(id);
        plan.setKind(kind);
        plan.setName(kind.getName());
        plan.setElectionPeriod("2023-2027");
        return plan;
    }

    private static <T extends Identified> T named(T object, String id) {
        object.setId(id);
        return object;
    }
}
