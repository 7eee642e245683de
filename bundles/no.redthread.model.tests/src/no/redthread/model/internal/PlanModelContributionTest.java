package no.redthread.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.model.api.ModelContribution;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.PlanSystem;

/** The plan model is offered as a DS service in a running framework. */
class PlanModelContributionTest {

    private static ServiceTracker<ModelContribution, ModelContribution> tracker;

    @BeforeAll
    static void track() throws BundleException {
        Bundle bundle = FrameworkUtil.getBundle(PlanModelContribution.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        tracker = new ServiceTracker<>(bundle.getBundleContext(), ModelContribution.class, null);
        tracker.open();
    }

    @AfterAll
    static void close() {
        tracker.close();
    }

    @Test
    void thePlanContributionIsPublishedAndItsPackageRegistered() throws InterruptedException {
        ModelContribution contribution = tracker.waitForService(10_000);

        assertNotNull(contribution, "no ModelContribution service within 10 s");
        assertEquals("plan", contribution.id());
        assertSame(PlanPackage.eINSTANCE, contribution.ePackage());
        assertSame(contribution.ePackage(), EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI));
    }

    @Test
    void eachNewRootIsAnEmptyPlanSystemWithAFreshId() {
        PlanModelContribution contribution = new PlanModelContribution();

        PlanSystem first = (PlanSystem) contribution.createRoot();
        PlanSystem second = (PlanSystem) contribution.createRoot();

        assertTrue(first.getId().matches("plan-system-[0-9a-f]{16}"), first.getId());
        assertNotEquals(first.getId(), second.getId());
        assertTrue(first.getPlans().isEmpty());
    }
}
