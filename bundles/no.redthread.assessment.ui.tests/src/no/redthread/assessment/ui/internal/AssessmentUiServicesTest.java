package no.redthread.assessment.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.workbench.Area;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.ui.PartDescriptor;

/** The parts and the command are registered as services, and the three languages have the same texts. */
class AssessmentUiServicesTest {

    private final BundleContext context = FrameworkUtil.getBundle(AssessmentEditorPart.class).getBundleContext();

    @Test
    void theEditorAndTheSummaryArePartServices() throws Exception {
        PartDescriptor editor = part(AssessmentEditorDescriptor.ID);
        assertEquals(Area.CENTER, editor.preferredArea());
        assertTrue(!editor.label().startsWith("!"), editor.label());
        PartDescriptor summary = part(AssessmentSummaryDescriptor.ID);
        assertEquals(AssessmentSummaryDescriptor.ID, summary.id());
    }

    @Test
    void newAssessmentIsACommandInTheEditMenu() throws Exception {
        ServiceTracker<CommandContribution, CommandContribution> tracker = new ServiceTracker<>(context,
                CommandContribution.class, null);
        tracker.open();
        try {
            long end = System.currentTimeMillis() + 10_000;
            CommandContribution found = null;
            while (found == null && System.currentTimeMillis() < end) {
                for (Object service : tracker.getServices() == null ? new Object[0] : tracker.getServices()) {
                    if (((CommandContribution) service).id().equals(NewAssessmentCommand.ID)) {
                        found = (CommandContribution) service;
                    }
                }
                Thread.sleep(50);
            }
            assertNotNull(found, "the New assessment command is registered");
            assertEquals(CommandContribution.MenuLocation.EDIT, found.menu());
        } finally {
            tracker.close();
        }
    }

    @Test
    void bokmalNynorskAndEnglishHaveTheSameKeys() throws Exception {
        Set<String> english = keys("");
        assertTrue(english.contains("editor.label"));
        assertEquals(english, keys("_nb"), "bokmål");
        assertEquals(english, keys("_nn"), "nynorsk");
    }

    private static Set<String> keys(String suffix) throws Exception {
        String path = "no/redthread/assessment/ui/internal/messages" + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private PartDescriptor part(String id) throws Exception {
        ServiceTracker<PartDescriptor, PartDescriptor> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + PartDescriptor.class.getName() + ")(redthread.part.id=" + id + "))"),
                null);
        tracker.open();
        try {
            PartDescriptor found = tracker.waitForService(10_000);
            assertNotNull(found, "part service " + id);
            return found;
        } finally {
            tracker.close();
        }
    }
}
