package no.redthread.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.dilemma.matrix.MatrixCsvException;

/**
 * {@code redthread:dilemma} through the Gogo function the framework publishes: the shipped scenarios, and the
 * analysis of matrix files written to a temporary folder.
 */
class DilemmaCommandTest {

    @TempDir
    Path folder;

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

    /**
     * Figures worked out by hand: A = [[0, 2, −1], [1, 0, 1], [0, 1, 0]] over 7.2, 13.2, 15.5; net 1, 2, 1; second
     * order ½(2·2 − 1·1) = 1.5, ½(1·1 + 1·1) = 1, ½(1·2) = 1; totals 2.5, 3, 2.
     */
    @Test
    void analyseGivesOneLinePerItemByRankWithSeisFigures() throws Exception {
        Path matrix = Files.writeString(folder.resolve("gruppe.csv"), ",7.2,13.2,15.5\n7.2,,2,−1\n13.2,1,,+1\n15.5,0,1,\n");

        List<String> lines = console.run(List.of("analyse", matrix.toString())).lines().toList();

        assertEquals(List.of("1\t13.2\t2\t2\t0\t3\t1\t3", "2\t7.2\t1\t2\t-1\t1\t1.5\t2.5", "3\t15.5\t1\t1\t0\t0\t1\t2"),
                lines);
    }

    @Test
    void analyseRefusesAFaultyMatrixNamingFileRowAndColumn() throws Exception {
        Path matrix = Files.writeString(folder.resolve("feil.csv"), ",7.2,13.2\n7.2,,4\n13.2,1,\n");

        MatrixCsvException e = assertThrows(MatrixCsvException.class, () -> console.run(List.of("analyse", matrix.toString())));
        assertEquals(2, e.row());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().startsWith(matrix + ", rad 2, kolonne 3: "), e.getMessage());
    }

    @Test
    void anUnknownSubcommandGivesTheUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> console.run(List.of("list")));
        assertTrue(e.getMessage().equals("bruk: redthread:dilemma scenarios | analyse <matrise.csv>"), e.getMessage());
    }
}
