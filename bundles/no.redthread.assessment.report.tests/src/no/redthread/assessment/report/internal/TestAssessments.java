package no.redthread.assessment.report.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentFactory;
import no.redthread.assessment.model.Conclusion;
import no.redthread.assessment.report.AssessmentReports;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.OrganisationKind;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanSystem;

/** The published services, and assessments of a samfunnsdel over the built-in worksheet, as the UI makes them. */
public final class TestAssessments {

    public static final String PLAN_NAME = "Kommuneplanens samfunnsdel 2024–2036";
    /** Justification of the answer "ikke relevant": markup and an ampersand that the HTML must escape. */
    public static final String MARKUP = "Dekkes av folkehelseplanen <script>alert('x')</script> & øvrige planer.";
    public static final String HOUSING_GAP = "Arealstrategien sier ikke hvor nye boliger skal komme; må avklares før høring.";
    public static final String WATER_GAP = "Vannforsyningen er omtalt, men ikke miljøtilstanden i sidevassdragene.";
    public static final String SOCIAL_CONCLUSION = "Planen styrker boligpolitikken, men arealstrategien må vise hvor "
            + "nye boliger skal komme. Sosial bærekraft er delvis ivaretatt.";

    private static AssessmentService service;
    private static AssessmentReports reports;
    private static FormTemplate samfunnsdel;

    private TestAssessments() {
    }

    public static synchronized AssessmentService service() {
        if (service == null) {
            service = find(AssessmentService.class);
        }
        return service;
    }

    public static synchronized AssessmentReports reports() {
        if (reports == null) {
            reports = find(AssessmentReports.class);
        }
        return reports;
    }

    public static synchronized FormTemplate samfunnsdel() {
        if (samfunnsdel == null) {
            samfunnsdel = find(FormTemplateCatalog.class).latest("redthread-samfunnsdel").orElseThrow();
        }
        return samfunnsdel;
    }

    /** A new assessment of a samfunnsdel, nothing answered. */
    public static Assessment assessment() {
        Plan plan = PlanFactory.eINSTANCE.createPlan();
        plan.setId("plan-samfunnsdel-2024");
        plan.setName(PLAN_NAME);
        plan.setKind(PlanKind.SAMFUNNSDEL);
        return service().create(samfunnsdel(), plan, "Kari Nordmann");
    }

    /**
     * Five answers over three dimensions (housing both ivaretatt and ikke ivaretatt: a candidate goal conflict), and
     * the assessor's own conclusion for the social dimension only.
     */
    public static Assessment sample() {
        Assessment assessment = assessment();
        answer(assessment, "sd-housing-1", "ivaretatt", null);
        answer(assessment, "sd-housing-4", "ikke-ivaretatt", HOUSING_GAP);
        answer(assessment, "sd-water-1", "delvis-ivaretatt", WATER_GAP);
        answer(assessment, "sd-public-health-2", "ikke-relevant", MARKUP);
        answer(assessment, "sd-municipal-economy-1", "ivaretatt", "Målene er prioritert innenfor økonomiplanens rammer.");
        conclude(assessment, "dim-social", SOCIAL_CONCLUSION);
        return assessment;
    }

    /** The plan of an assessment put into the plan system of a municipality, as in a real workspace. */
    public static Assessment inMunicipality(Assessment assessment, String name, String number) {
        Organisation organisation = PlanFactory.eINSTANCE.createOrganisation();
        organisation.setId("org-" + number);
        organisation.setName(name);
        organisation.setNumber(number);
        organisation.setKind(OrganisationKind.MUNICIPALITY);
        PlanSystem system = PlanFactory.eINSTANCE.createPlanSystem();
        system.setId("plansystem-" + number);
        system.setName(name);
        system.setOrganisation(organisation);
        system.getPlans().add((Plan) assessment.getPlan());
        return assessment;
    }

    public static void answer(Assessment assessment, String questionId, String optionId, String justification) {
        service().answer(assessment, questionId, optionId, justification, "Kari Nordmann");
    }

    public static void conclude(Assessment assessment, String dimensionId, String text) {
        Conclusion conclusion = AssessmentFactory.eINSTANCE.createConclusion();
        conclusion.setDimensionId(dimensionId);
        conclusion.setText(text);
        assessment.getConclusions().add(conclusion);
    }

    public static String questionText(String questionId) {
        return samfunnsdel().question(questionId).map(PlacedQuestion::question).orElseThrow().textNb();
    }

    public static <T> T find(Class<T> type) {
        Bundle bundle = FrameworkUtil.getBundle(TestAssessments.class);
        try {
            if (bundle.getState() != Bundle.ACTIVE) {
                bundle.start();
            }
            BundleContext context = bundle.getBundleContext();
            ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
            tracker.open();
            // the tracker stays open: the services are used by every test of the run
            T found = tracker.waitForService(10_000);
            assertNotNull(found, "no " + type.getSimpleName() + " service within 10 s");
            return found;
        } catch (Exception e) {
            throw new AssertionError("cannot get " + type.getSimpleName(), e);
        }
    }
}
