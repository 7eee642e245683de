package no.redthread.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.workspace.WorkspaceService;

/** {@code redthread:create} through the console component the framework publishes, with old numbers. */
class CreateCommandTest {

    private static WorkspaceConsole console;
    private static WorkspaceService workspaces;

    @TempDir
    Path parent;

    @BeforeAll
    static void findServices() throws Exception {
        console = service(WorkspaceConsole.class);
        workspaces = service(WorkspaceService.class);
    }

    @AfterEach
    void closeWorkspace() {
        workspaces.close();
    }

    @Test
    void aCurrentNumberCreatesTheWorkspaceWithoutANote() throws Exception {
        String out = console.create("5601", parent.resolve("alta").toString());

        assertTrue(out.startsWith(parent.resolve("alta").toString()), out);
        assertEquals("5601", organisationNumber());
    }

    @Test
    void anOldNumberThatWasOnlyRenumberedUsesTodaysAndSaysSo() throws Exception {
        String out = console.create("5403", parent.resolve("alta").toString());

        assertTrue(out.startsWith("5403 Alta is an old municipality number: using today's 5601 Alta"), out);
        assertTrue(out.contains("renumbered to 5601 on 2024-01-01"), out);
        assertEquals("5601", organisationNumber());

        workspaces.close();
        String tromso = console.create(" 1902 ", parent.resolve("tromso").toString());
        assertTrue(tromso.contains("today's 5501 Tromsø (renumbered to 5401 on 2020-01-01, to 5501"), tromso);
    }

    @Test
    void aMergedNumberIsRefusedNamingTheMunicipalityItIsPartOf() {
        Path folder = parent.resolve("lenvik");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> console.create("1931", folder.toString()));

        assertEquals("1931 Lenvik is no longer a municipality: merged on 2020-01-01 into what is today 5530 Senja;"
                + " use its number: redthread:create 5530 <folder>", refused.getMessage());
        assertFalse(Files.exists(folder), "nothing is written for a refused number");
    }

    @Test
    void aSplitNumberIsRefusedNamingAllSuccessors() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> console.create("5012", parent.resolve("snillfjord").toString()));

        assertEquals("5012 Snillfjord is no longer a municipality: split on 2020-01-01 into 5055 Heim, 5056 Hitra"
                + " and 5059 Orkland, with no single successor; give the number of one of them", refused.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> console.create("1507", "x")).getMessage()
                .contains("into 1508 Ålesund and 1580 Haram"));
    }

    @Test
    void unknownAndMalformedNumbersAreRefused() {
        for (String typed : new String[] {"9999", "Alta", "", "54 03"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> console.create(typed, parent.resolve("x").toString()));
            assertTrue(refused.getMessage().startsWith("no municipality " + typed.strip() + " in the 2024 register"),
                    refused.getMessage());
        }
    }

    private static String organisationNumber() {
        return workspaces.current().orElseThrow().planSystem().orElseThrow().getOrganisation().getNumber();
    }

    private static <T> T service(Class<T> type) throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(CreateCommandTest.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundle.getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, "no " + type.getSimpleName() + " within 10 s");
        return service;
    }
}
