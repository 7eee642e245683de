package no.redthread.dilemma.sessions.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.StandalonePartSite;

/** The part and the command reach the workbench as DS services in the running framework. */
class ServicesTest {

    private final BundleContext context = FrameworkUtil.getBundle(SessionPart.class).getBundleContext();

    @Test
    void thePartAndTheCommandAreRegistered() throws Exception {
        ServiceTracker<ChosenSession, ChosenSession> ready = new ServiceTracker<>(context, ChosenSession.class, null);
        ready.open();
        ready.waitForService(10_000);
        ready.close();
        Collection<ServiceReference<PartDescriptor>> parts = context.getServiceReferences(PartDescriptor.class,
                "(redthread.part.id=" + SessionPartDescriptor.ID + ")");
        assertEquals(1, parts.size(), "Dilemmaøkt is offered in Show view");
        PartDescriptor descriptor = context.getService(parts.iterator().next());
        assertEquals(Messages.get("session.part"), descriptor.label());
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        Shell shell = new Shell(display);
        try {
            assertInstanceOf(SessionPart.class,
                    descriptor.createPart(new StandalonePartSite(descriptor.id(), shell, null)));
        } finally {
            shell.dispose();
        }
        assertTrue(context.getServiceReferences(CommandContribution.class, null).stream()
                .map(context::getService).anyMatch(c -> StartTrainingCommand.ID.equals(c.id())),
                "Start dilemmatrening is a command");
        ServiceTracker<ConflictTraining, ConflictTraining> conflicts = new ServiceTracker<>(context,
                ConflictTraining.class, null);
        conflicts.open();
        try {
            assertNotNull(conflicts.waitForService(10_000),
                    "with the assessment service, Start dilemmatrening also starts on a candidate goal conflict");
        } finally {
            conflicts.close();
        }
        assertEquals(1, context.getServiceReferences(CommandContribution.class, null).stream()
                .map(context::getService).filter(c -> Messages.get("start.command").equals(c.label())).count(),
                "one Start dilemmatrening in the menus, for measures, goals and conflicts alike");
    }
}
