package no.redthread.chains.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.chains.ChainRunner;
import no.redthread.chains.ChainStep;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** The framework's services, steps registered for one test and a fresh workspace on disk. */
final class Fixture implements AutoCloseable {

    private final List<ServiceRegistration<ChainStep>> registrations = new ArrayList<>();

    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Fixture.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        if (service == null) {
            throw new IllegalStateException("no " + type.getName() + " service");
        }
        return service;
    }

    void register(ChainStep... steps) {
        BundleContext context = FrameworkUtil.getBundle(Fixture.class).getBundleContext();
        for (ChainStep step : steps) {
            registrations.add(context.registerService(ChainStep.class, step, null));
        }
    }

    static Workspace workspace(Path folder) throws Exception {
        PlanSystem system = PlanFactory.eINSTANCE.createPlanSystem();
        system.setName("Plansystem for Røros");
        Organisation organisation = PlanFactory.eINSTANCE.createOrganisation();
        organisation.setName("Røros");
        organisation.setNumber("5025");
        system.setOrganisation(organisation);
        return service(WorkspaceService.class).create(folder, system);
    }

    static ChainRunner.Options options(Path out) {
        return new ChainRunner.Options(Locale.forLanguageTag("nb-NO"), LocalDate.of(2026, 12, 6), out, "roros");
    }

    @Override
    public void close() throws Exception {
        registrations.forEach(ServiceRegistration::unregister);
        service(WorkspaceService.class).close();
    }
}
