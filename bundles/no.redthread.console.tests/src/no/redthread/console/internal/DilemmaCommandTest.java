package no.redthread.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** {@code redthread:dilemma} through the Gogo function the framework publishes, on the shipped scenarios. */
class DilemmaCommandTest {

    private final BundleContext context = FrameworkUtil.getBundle(DilemmaCommandTest.class).getBundleContext();
    private DilemmaConsole console;
    private Locale locale;

    @BeforeEach
    void findConsole() throws Exception {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.of("nb", "NO"));
        ServiceTracker<Function, Function> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + Function.class.getName() + ")(osgi.command.function=dilemma))"), null);
        tracker.open();
        console = (DilemmaConsole) tracker.waitForService(10_000);
        assertNotNull(console, "no redthread:dilemma within 10 s");
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(locale);
    }

    @Test
    void scenariosGivesOneLinePerShippedScenarioWithKindAndNumberOfFacts() throws Exception {
        List<String> lines = ((String) console.execute(null, List.of("scenarios"))).lines().toList();

        assertEquals(10, lines.size(), "9 scenarios and the count: " + lines);
        assertEquals("9 scenarioer", lines.get(9));
        assertTrue(lines.contains("fosen-vindkraft-reindrift\tVindkraft på Fosen: fornybar kraft mot samisk reindrift\treal\t6"),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("skolestruktur-distrikt\t") && l.endsWith("\tdrawn\t5")),
                lines.toString());
        assertEquals(4, lines.stream().filter(l -> l.contains("\treal\t")).count());
    }

    @Test
    void anUnknownSubcommandGivesTheUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> console.run(List.of("list")));
        assertTrue(e.getMessage().startsWith("bruk: redthread:dilemma scenarios"), e.getMessage());
    }
}
