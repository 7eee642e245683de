package no.redthread.workbench.ui.internal.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import no.redthread.workbench.ActiveDocument;
import no.redthread.workbench.Area;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.UndoContext;
import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workbench.ui.CloseGuard;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchNavigation;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workbench.ui.internal.parts.PluginsPartDescriptor;
import no.redthread.workbench.ui.testparts.TestContributions;

class WorkbenchWindowTest {

    private final WorkbenchFixture fixture = new WorkbenchFixture();
    private Bundle testParts;

    @BeforeEach
    void startFromDefaults() throws IOException, BundleException {
        fixture.clearSettings();
        testParts = fixture.bundle("no.redthread.workbench.ui.testparts");
        testParts.start();
    }

    @AfterEach
    void closeWindows() {
        fixture.closeAll();
    }

    @Test
    void aContributedPartAppearsAndDisappearsWithItsBundle() throws BundleException {
        WorkbenchWindow window = fixture.open();
        window.showPart(TestContributions.PART);
        assertTrue(WorkbenchFixture.texts(window.partControl(TestContributions.PART)).contains(TestContributions.PART_TEXT));

        testParts.stop();
        fixture.waitUntil("the part closes", () -> window.partControl(TestContributions.PART) == null);
        assertFalse(window.parts().available().containsKey(TestContributions.PART), "no longer offered in the View menu");

        testParts.start();
        fixture.waitUntil("the part comes back", () -> window.partControl(TestContributions.PART) != null);
        assertTrue(WorkbenchFixture.texts(window.partControl(TestContributions.PART)).contains(TestContributions.PART_TEXT));
    }

    @Test
    void brokenPartsShowAnErrorPanelWhileTheRestKeepsWorking() {
        WorkbenchWindow window = fixture.open();

        window.showPart(TestContributions.THROWING_PART);
        window.showPart(TestContributions.FAILING_PART);
        window.showPart(TestContributions.PART);
        fixture.pump();

        assertTrue(window.partShowsError(TestContributions.THROWING_PART));
        Control throwing = window.partControl(TestContributions.THROWING_PART);
        assertTrue(WorkbenchFixture.containsErrorPanel(throwing));
        assertTrue(String.join(" ", WorkbenchFixture.texts(throwing)).contains("refuses to be created"));
        assertTrue(String.join(" ", WorkbenchFixture.texts(throwing)).contains("no.redthread.workbench.ui.testparts"));

        Control failing = window.partControl(TestContributions.FAILING_PART);
        assertNotNull(failing, "a part whose component failed to activate is still offered");
        assertTrue(WorkbenchFixture.containsErrorPanel(failing));
        assertTrue(String.join(" ", WorkbenchFixture.texts(failing)).contains("refuses to activate"));

        assertFalse(window.partShowsError(TestContributions.PART));
        assertTrue(WorkbenchFixture.texts(window.partControl(TestContributions.PART)).contains(TestContributions.PART_TEXT));
    }

    @Test
    void thePerspectiveLayoutSurvivesARestart() {
        WorkbenchWindow first = fixture.open();
        first.showPart(TestContributions.PART);
        first.movePart(TestContributions.PART, Area.RIGHT);
        first.closePart(PluginsPartDescriptor.ID);
        assertEquals(Area.RIGHT, first.areaOf(TestContributions.PART));
        String perspective = first.activePerspective();
        fixture.closeAll();

        WorkbenchWindow second = fixture.open();

        assertEquals(perspective, second.activePerspective());
        assertEquals(Area.RIGHT, second.areaOf(TestContributions.PART));
        assertNull(second.areaOf(PluginsPartDescriptor.ID));
    }

    @Test
    void resetPerspectiveGoesBackToTheDefaultLayout() {
        WorkbenchWindow window = fixture.open();
        window.showPart(TestContributions.PART);
        assertNotNull(window.areaOf(TestContributions.PART));

        window.resetPerspective();

        assertNull(window.areaOf(TestContributions.PART));
    }

    @Test
    void switchingPerspectivesKeepsEachLayout() {
        WorkbenchWindow window = fixture.open();
        window.switchPerspective("no.redthread.perspective.admin");
        assertEquals(Area.CENTER, window.areaOf(PluginsPartDescriptor.ID));
        window.showPart(TestContributions.PART);

        window.switchPerspective("no.redthread.perspective.plan");
        assertNull(window.areaOf(TestContributions.PART));
        window.switchPerspective("no.redthread.perspective.admin");

        assertNotNull(window.areaOf(TestContributions.PART));
    }

    @Test
    void theKeyboardStaysInTheWindowWhenTheFocusedPartIsHiddenByAPerspective() {
        WorkbenchWindow window = fixture.open();
        window.switchPerspective("no.redthread.perspective.admin");
        Control table = firstFocusable(window.partControl(PluginsPartDescriptor.ID));
        assertTrue(table.setFocus(), "the Tillegg table takes the focus");
        fixture.pump();

        window.switchPerspective("no.redthread.perspective.plan");
        fixture.pump();

        assertNull(window.areaOf(PluginsPartDescriptor.ID), "Tillegg is not in Planarbeid");
        Control focus = window.shell().getDisplay().getFocusControl();
        assertTrue(focus != null && focus.isVisible() && focus.getShell() == window.shell(),
                "a visible control of the window has the keyboard: " + focus);
    }

    @Test
    void aPartsStatusMessageLeavesWithThePartWhenAPerspectiveHidesIt() {
        PartSite[] sites = new PartSite[1];
        ServiceRegistration<PartDescriptor> part = registerLabelPart("test.statusPart", "Status part", sites);
        try {
            WorkbenchWindow window = fixture.open();
            window.switchPerspective("no.redthread.perspective.admin");
            fixture.waitUntil("the part is offered", () -> window.parts().available().containsKey("test.statusPart"));
            window.showPart("test.statusPart");
            fixture.waitUntil("the part is made", () -> sites[0] != null);
            sites[0].setStatusMessage("Statusdel: 3");
            window.switchPerspective("no.redthread.perspective.admin");
            assertEquals("Statusdel: 3", window.statusText(), "stays while its part is in the window");

            window.switchPerspective("no.redthread.perspective.plan");

            assertNull(window.areaOf("test.statusPart"));
            assertEquals("", window.statusText(), "a hidden part's message does not stay behind");
        } finally {
            part.unregister();
        }
    }

    private static Control firstFocusable(Control control) {
        if (control instanceof Composite composite && !(control instanceof Table)) {
            for (Control child : composite.getChildren()) {
                Control found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return control instanceof Table ? control : null;
    }

    @Test
    void aKeyBindingRunsItsCommand() {
        WorkbenchWindow window = fixture.open();
        int before = TestContributions.COMMAND_RUNS.get();

        pressKey(window, 't', SWT.MOD1 | SWT.MOD2);

        assertEquals(before + 1, TestContributions.COMMAND_RUNS.get());
        String keys = window.commands().keyText(TestContributions.COMMAND);
        assertTrue(keys.matches("(Ctrl\\+Shift|Shift\\+Ctrl)\\+T"), "shown as the platform writes it: " + keys);
    }

    @Test
    void partsOfferTheCommandsContributedForContextMenus() {
        AtomicInteger runs = new AtomicInteger();
        PartSite[] sites = new PartSite[1];
        ServiceRegistration<CommandContribution> contextual = fixture.context.registerService(CommandContribution.class,
                new CommandContribution() {
                    public String id() {
                        return "test.contextual";
                    }

                    public String label() {
                        return "Contextual";
                    }

                    public boolean inContextMenu() {
                        return true;
                    }

                    public void execute() {
                        runs.incrementAndGet();
                    }
                }, null);
        ServiceRegistration<CommandContribution> notApplicable = fixture.context.registerService(
                CommandContribution.class, new CommandContribution() {
                    public String id() {
                        return "test.contextual.off";
                    }

                    public String label() {
                        return "Not for this selection";
                    }

                    public boolean inContextMenu() {
                        return true;
                    }

                    public boolean isEnabled() {
                        return false;
                    }

                    public void execute() {
                        throw new AssertionError("not applicable");
                    }
                }, null);
        ServiceRegistration<PartDescriptor> part = registerLabelPart("test.menuPart", "Menu part", sites);
        try {
            WorkbenchWindow window = fixture.open();
            fixture.waitUntil("the part is offered", () -> window.parts().available().containsKey("test.menuPart"));
            window.showPart("test.menuPart");
            MenuManager menu = new MenuManager();
            sites[0].addContextCommands(menu);

            List<String> ids = Stream.of(menu.getItems()).map(IContributionItem::getId).toList();
            assertTrue(ids.contains("test.contextual"), ids.toString());
            assertFalse(ids.contains(TestContributions.COMMAND), "a command not meant for context menus is left out");
            assertFalse(ids.contains("test.contextual.off"), "a command that does not apply to the selection is left out");
            ((ActionContributionItem) menu.find("test.contextual")).getAction().run();
            assertEquals(1, runs.get());
        } finally {
            part.unregister();
            contextual.unregister();
            notApplicable.unregister();
        }
    }

    @Test
    void theOpenWindowOffersNavigationToPerspectivesAndParts() {
        WorkbenchWindow window = fixture.open();
        WorkbenchNavigation navigation = fixture.service(WorkbenchNavigation.class);
        String other = window.perspectives().stream().map(p -> p.id()).filter(id -> !id.equals(window.activePerspective()))
                .findFirst().orElseThrow();
        navigation.showPerspective(other);
        assertEquals(other, window.activePerspective());
        navigation.showPerspective("no.such.perspective");
        assertEquals(other, window.activePerspective(), "an unknown perspective changes nothing");
        navigation.showPart(TestContributions.PART);
        assertNotNull(window.partControl(TestContributions.PART));
    }

    @Test
    void undoAndRedoDelegateToTheUndoContext() {
        AtomicInteger undone = new AtomicInteger();
        AtomicInteger redone = new AtomicInteger();
        Hashtable<String, Object> ranking = new Hashtable<>();
        ranking.put(Constants.SERVICE_RANKING, 1000);
        ServiceRegistration<UndoContext> registration = fixture.context.registerService(UndoContext.class, new UndoContext() {
            public boolean canUndo() {
                return true;
            }

            public boolean canRedo() {
                return undone.get() > redone.get();
            }

            public void undo() {
                undone.incrementAndGet();
            }

            public void redo() {
                redone.incrementAndGet();
            }
        }, ranking);
        try {
            WorkbenchWindow window = fixture.open();
            pressKey(window, 'z', SWT.MOD1);
            pressKey(window, 'y', SWT.MOD1);
            pressKey(window, 'y', SWT.MOD1);

            assertEquals(1, undone.get());
            assertEquals(1, redone.get(), "redo is disabled once nothing is left to redo");
        } finally {
            registration.unregister();
        }
    }

    @Test
    void maximiseAndRestoreAStack() {
        WorkbenchWindow window = fixture.open();
        window.toggleMaximize(Area.CENTER);
        assertTrue(window.isMaximized(Area.CENTER));
        window.toggleMaximize(Area.CENTER);
        assertFalse(window.isMaximized(Area.CENTER));
    }

    @Test
    void aCorruptLayoutFileIsMovedAsideAndTheUserIsToldOnce() throws IOException {
        Path folder = fixture.service(SettingsStore.class).folder();
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("layouts.json"), "{ \"perspectives\": { oops");

        WorkbenchWindow window = fixture.open();
        fixture.waitUntil("the user is told", () -> !fixture.dialogTitles.isEmpty());

        assertTrue(fixture.dialogTitles.get(0).contains("layouts.json"), fixture.dialogTitles.get(0));
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("layouts.json.corrupt-")));
        }
        assertNotNull(window.areaOf(no.redthread.workbench.ui.internal.parts.WelcomePart.ID), "defaults are used");
        fixture.closeAll();
        fixture.open();
        fixture.pump();
        assertEquals(1, fixture.dialogTitles.size(), "told once");
    }

    @Test
    void aCloseGuardCanKeepTheWindowOpen() {
        AtomicInteger asked = new AtomicInteger();
        ServiceRegistration<CloseGuard> guard = fixture.context.registerService(CloseGuard.class, shell -> {
            asked.incrementAndGet();
            return false;
        }, null);
        try {
            WorkbenchWindow window = fixture.open();
            window.close();
            fixture.pump();
            assertEquals(1, asked.get());
            assertFalse(window.shell().isDisposed(), "the guard said no");
        } finally {
            guard.unregister();
        }
    }

    @Test
    void theTitleNamesTheDocumentAndMarksUnsavedChanges() {
        Runnable[] listener = new Runnable[1];
        boolean[] dirty = { false };
        ServiceRegistration<ActiveDocument> document = fixture.context.registerService(ActiveDocument.class, new ActiveDocument() {
            public String name() {
                return "Røros";
            }

            public boolean isDirty() {
                return dirty[0];
            }

            public AutoCloseable addListener(Runnable l) {
                listener[0] = l;
                return () -> listener[0] = null;
            }
        }, null);
        try {
            WorkbenchWindow window = fixture.open();
            assertTrue(window.shell().getText().contains("Røros") && !window.shell().getText().contains("Røros*"),
                    window.shell().getText());
            dirty[0] = true;
            listener[0].run();
            fixture.waitUntil("the title marks unsaved changes", () -> window.shell().getText().contains("Røros*"));
        } finally {
            document.unregister();
        }
    }

    private void pressKey(WorkbenchWindow window, char key, int modifiers) {
        window.shell().forceActive();
        Event event = new Event();
        event.keyCode = key;
        event.character = key;
        event.stateMask = modifiers;
        Control target = window.shell().getDisplay().getFocusControl();
        (target != null && target.getShell() == window.shell() ? target : window.shell()).notifyListeners(SWT.KeyDown, event);
        fixture.pump();
    }

    /** A part of one label, registered as a module would; {@code sites[0]} gets its site when it is made. */
    private ServiceRegistration<PartDescriptor> registerLabelPart(String id, String label, PartSite[] sites) {
        return fixture.context.registerService(PartDescriptor.class, new PartDescriptor() {
            public String id() {
                return id;
            }

            public String label() {
                return label;
            }

            public WorkbenchPart createPart(PartSite site) {
                sites[0] = site;
                return parent -> new org.eclipse.swt.widgets.Label(parent, SWT.NONE);
            }
        }, null);
    }
}
