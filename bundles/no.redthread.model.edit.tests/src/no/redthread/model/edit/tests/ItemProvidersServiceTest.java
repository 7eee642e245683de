package no.redthread.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.PlanSystem;

/** The item providers are a DS service that an editing domain composes with other modules' factories. */
class ItemProvidersServiceTest {

    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    void anEditingDomainComposesThePublishedFactory() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ItemProvidersServiceTest.class).getBundleContext();
        ServiceTracker<ComposeableAdapterFactory, ComposeableAdapterFactory> tracker = tracker(context);
        tracker.open();
        try {
            ComposeableAdapterFactory published = tracker.waitForService(10_000);
            assertNotNull(published, "no ComposeableAdapterFactory service for the plan model");
            assertEquals(PlanPackage.eNS_URI, tracker.getServiceReference().getProperty("redthread.model.nsURI"));

            ComposedAdapterFactory composed = new ComposedAdapterFactory(
                    List.of(published, new ReflectiveItemProviderAdapterFactory()));
            AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(composed, new BasicCommandStack());
            PlanSystem system = Plans.planSystem();
            Resource resource = new ResourceImpl(URI.createURI("memory:/plansystem.json"));
            resource.getContents().add(system);
            domain.getResourceSet().getResources().add(resource);
            Goal goal = system.getPlans().get(0).getGoals().get(0);

            Plans.useLanguage("nb");
            IItemLabelProvider labels = (IItemLabelProvider) composed.adapt(goal, IItemLabelProvider.class);
            assertEquals("Mål: Bedre folkehelse", labels.getText(goal));

            Command rename = SetCommand.create(domain, goal, PlanPackage.Literals.GOAL__NAME, "God psykisk helse");
            assertTrue(rename.canExecute());
            domain.getCommandStack().execute(rename);
            assertEquals("Mål: God psykisk helse", labels.getText(goal));
            domain.getCommandStack().undo();
            assertEquals("Bedre folkehelse", goal.getName());
            // no composed.dispose(): that would dispose the service's factory, which its component owns
        } finally {
            tracker.close();
        }
    }

    private static ServiceTracker<ComposeableAdapterFactory, ComposeableAdapterFactory> tracker(BundleContext context)
            throws InvalidSyntaxException {
        String filter = "(&(objectClass=" + ComposeableAdapterFactory.class.getName() + ")(redthread.model.id=plan))";
        return new ServiceTracker<>(context, context.createFilter(filter), null);
    }
}
