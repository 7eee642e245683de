package no.redthread.funding.internal.match;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanSystem;

/** A plan system built in code on the real catalogue frame: one goal with the given theme and target, one measure. */
final class PlanFixture {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    final PlanSystem system;
    final Goal goal;
    final Measure measure;

    /** {@code organisation}: a municipality (four digits) or county (two digits) number. */
    PlanFixture(CatalogueService catalogue, String organisation, String themeId, String targetCode) {
        system = F.createPlanSystem();
        system.setId("system");
        system.setOrganisation(catalogue.createOrganisation(organisation));
        Frame frame = catalogue.createFrame();
        system.setFrame(frame);
        Plan community = plan("samfunnsdel");
        goal = F.createGoal();
        goal.setId("goal-1");
        goal.setName("Et samfunn rustet for klimaendringene");
        goal.getAddressedThemes().add(frame.getDimensions().stream().flatMap(d -> d.getThemes().stream())
                .filter(t -> t.getId().equals(themeId)).findFirst().orElseThrow());
        if (targetCode != null) {
            goal.getAddressedSdgTargets().add(frame.getSdgs().stream().flatMap(s -> s.getTargets().stream())
                    .filter(t -> targetCode.equals(t.getCode())).findFirst().orElseThrow());
        }
        community.getGoals().add(goal);
        Plan action = plan("handlingsplan");
        measure = F.createMeasure();
        measure.setId("measure-1");
        measure.setName("Kartlegge flomveier");
        measure.getFollows().add(goal);
        action.getMeasures().add(measure);
    }

    private Plan plan(String id) {
        Plan plan = F.createPlan();
        plan.setId(id);
        system.getPlans().add(plan);
        return plan;
    }

    static CatalogueService catalogue() throws InterruptedException {
        ServiceTracker<CatalogueService, CatalogueService> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(PlanFixture.class).getBundleContext(), CatalogueService.class, null);
        tracker.open();
        return tracker.waitForService(10_000);
    }

}
