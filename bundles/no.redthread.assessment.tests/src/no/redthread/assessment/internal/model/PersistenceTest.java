package no.redthread.assessment.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentFactory;
import no.redthread.assessment.model.AssessmentPackage;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanSystem;

/** An assessment resource beside the plan resource, saved as XMI and read back with all references intact. */
class PersistenceTest {

    private static final Instant ANSWERED = Instant.parse("2025-03-14T09:30:00Z");
    private static final PlanFactory PLAN = PlanFactory.eINSTANCE;
    private static final AssessmentFactory ASSESSMENT = AssessmentFactory.eINSTANCE;

    @TempDir
    Path folder;

    @Test
    void anAssessmentWithAnswersEvidenceAndAnOrphanSurvivesARoundTrip() throws IOException {
        ResourceSet original = resourceSet();
        PlanSystem system = planSystem();
        AssessmentSet assessments = assessments(system);
        save(original, "plan.xmi", system);
        save(original, "assessment.xmi", assessments);

        ResourceSet fresh = resourceSet();
        AssessmentSet loaded = (AssessmentSet) fresh.getResource(uri("assessment.xmi"), true).getContents().get(0);
        EcoreUtil.resolveAll(fresh);

        assertTrue(EcoreUtil.equals(assessments, loaded), "the loaded assessments equal the saved ones");
        Assessment first = loaded.getAssessments().get(0);
        Answer answer = first.answerTo("sd-housing-1");
        assertFalse(first.getPlan().eIsProxy(), "the plan reference resolves into plan.xmi");
        assertEquals("plan-samfunnsdel", first.getPlan().getId());
        assertSame(first.getPlan(), answer.getEvidenceGoals().get(0).eContainer());
        assertEquals("measure-startlan", answer.getEvidenceMeasures().get(0).getId());
        assertEquals(ANSWERED, answer.getAnsweredAt());
        assertEquals("delvis-ivaretatt", answer.getOptionId());
        assertTrue(first.answerTo("sd-gone-1").isOrphaned(), "the orphaned flag is kept");
        assertEquals(AssessmentStatus.APPROVED, first.getStatus());
        Assessment second = loaded.getAssessments().get(1);
        assertSame(first, second.getPrevious());
        assertEquals("case-1", second.getCase().getId());
    }

    @Test
    void theFileRefersToPlanObjectsByTheirIdsAndUsesTheAssessmentNamespace() throws IOException {
        ResourceSet resources = resourceSet();
        PlanSystem system = planSystem();
        save(resources, "plan.xmi", system);
        save(resources, "assessment.xmi", assessments(system));

        String xml = Files.readString(folder.resolve("assessment.xmi"));
        assertTrue(xml.contains("xmlns:assessment=\"" + AssessmentPackage.eNS_URI + "\""), xml);
        assertTrue(xml.contains("plan.xmi#plan-samfunnsdel"), xml);
        assertTrue(xml.contains("plan.xmi#goal-housing"), xml);
        assertTrue(xml.contains("answeredAt=\"2025-03-14T09:30:00Z\""), xml);
    }

    private ResourceSet resourceSet() {
        new AssessmentModelContribution(); // registers the packages as the DS component does
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        return resources;
    }

    private URI uri(String name) {
        return URI.createFileURI(folder.resolve(name).toString());
    }

    private void save(ResourceSet resources, String name, org.eclipse.emf.ecore.EObject root) throws IOException {
        Resource resource = resources.createResource(uri(name));
        resource.getContents().add(root);
        resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
    }

    private static PlanSystem planSystem() {
        PlanSystem system = PLAN.createPlanSystem();
        system.setId("plan-system-1");
        Plan plan = PLAN.createPlan();
        plan.setId("plan-samfunnsdel");
        plan.setKind(PlanKind.SAMFUNNSDEL);
        Goal goal = PLAN.createGoal();
        goal.setId("goal-housing");
        goal.setName("Boliger for alle livsfaser");
        Measure measure = PLAN.createMeasure();
        measure.setId("measure-startlan");
        measure.getFollows().add(goal);
        plan.getGoals().add(goal);
        plan.getMeasures().add(measure);
        system.getPlans().add(plan);
        Case sak = PLAN.createCase();
        sak.setId("case-1");
        sak.setTitle("Reguleringsplan for Fjordgata");
        system.getCases().add(sak);
        return system;
    }

    private static AssessmentSet assessments(PlanSystem system) {
        Plan plan = system.getPlans().get(0);
        AssessmentSet set = ASSESSMENT.createAssessmentSet();
        set.setId("assessment-set-1");
        Assessment first = ASSESSMENT.createAssessment();
        first.setId("assessment-1");
        first.setTemplateId("redthread-samfunnsdel");
        first.setTemplateVersion("1.0.0");
        first.setPlan(plan);
        first.setStatus(AssessmentStatus.APPROVED);
        first.setCreatedBy("Kari");
        first.setCreatedAt(ANSWERED);
        first.setStatusChangedBy("Kommunedirektøren");
        first.setStatusChangedAt(ANSWERED.plusSeconds(3600));
        Answer answer = ASSESSMENT.createAnswer();
        answer.setQuestionId("sd-housing-1");
        answer.setOptionId("delvis-ivaretatt");
        answer.setJustification("Målene finnes, men ikke for utleieboliger.");
        answer.setAnsweredBy("Kari");
        answer.setAnsweredAt(ANSWERED);
        answer.setThemeId("theme-housing");
        answer.getEvidenceGoals().add(plan.getGoals().get(0));
        answer.getEvidenceMeasures().add(plan.getMeasures().get(0));
        Answer orphan = ASSESSMENT.createAnswer();
        orphan.setQuestionId("sd-gone-1");
        orphan.setOptionId("ivaretatt");
        orphan.setOrphaned(true);
        first.getAnswers().add(answer);
        first.getAnswers().add(orphan);
        Assessment second = ASSESSMENT.createAssessment();
        second.setId("assessment-2");
        second.setTemplateId("redthread-saksbehandling");
        second.setTemplateVersion("1.0.0");
        second.setCase(system.getCases().get(0));
        second.setPrevious(first);
        set.getAssessments().add(first);
        set.getAssessments().add(second);
        return set;
    }
}
