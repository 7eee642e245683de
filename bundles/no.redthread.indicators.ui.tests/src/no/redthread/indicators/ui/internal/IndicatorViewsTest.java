package no.redthread.indicators.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.indicators.imports.ImportSource;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.demo.DemoPlanSystem;
import no.redthread.indicators.IndicatorSets;
import no.redthread.model.plan.Theme;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.model.Baseline;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorTarget;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.IndicatorsPackage;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.UndoContext;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.StandalonePartSite;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** The import wizard, the indicator view and the dashboard over the demo workspace, through the real services. */
class IndicatorViewsTest {

    @TempDir
    Path folder;

    private final BundleContext context = FrameworkUtil.getBundle(ImportWizard.class).getBundleContext();
    private Display display;
    private Shell shell;
    private WorkspaceService workspaces;
    private SelectionService selection;
    private Workspace workspace;

    @BeforeEach
    void openTheDemo() throws Exception {
        workspaces = service(WorkspaceService.class);
        selection = service(SelectionService.class);
        workspace = workspaces.create(folder.resolve("roros"), service(DemoPlanSystem.class).create());
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
    }

    @AfterEach
    void close() {
        shell.dispose();
        workspaces.close();
    }

    @Test
    void theContributionsAreRegistered() throws Exception {
        List<String> parts = context.getServiceReferences(PartDescriptor.class, null).stream()
                .map(r -> (String) r.getProperty("redthread.part.id")).toList();
        assertTrue(parts.contains(IndicatorDescriptor.ID), parts.toString());
        assertTrue(parts.contains(DashboardDescriptor.ID), parts.toString());
        assertTrue(parts.contains(CompareDescriptor.ID), parts.toString());
        for (String command : List.of(ImportCommand.ID, ImportKostraGroupsCommand.ID)) {
            assertTrue(context.getServiceReferences(CommandContribution.class, null).stream()
                    .map(context::getService).anyMatch(c -> command.equals(c.id())
                            && c.menu() == CommandContribution.MenuLocation.FILE), command);
        }
        assertEquals(no.redthread.workbench.Area.RIGHT,
                new IndicatorsPerspective().defaultLayout().areaOf(CompareDescriptor.ID), "compare is in the perspective");
    }

    @Test
    void importThroughTheWizardIsChartedAndUndone() throws Exception {
        assertTrue(IndicatorModel.root(workspace).isPresent(), "the demo workspace has the indicators module");
        IndicatorPart part = new IndicatorPart(workspaces, service(CatalogueService.class), site(IndicatorDescriptor.ID));
        part.createControl(shell);
        DashboardPart dashboard = new DashboardPart(workspaces, service(CatalogueService.class), site(DashboardDescriptor.ID));
        dashboard.createControl(shell);
        shell.open();

        ImportWizard wizard = new ImportWizard(workspace, service(IndicatorSets.class), RegionCodes.of(service(CatalogueService.class)));
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.create();
        wizard.setFile(testFile("roros_small.json"));
        assertNotNull(wizard.source(), "the file is read");
        assertEquals(ImportSource.Kind.JSON_STAT, wizard.source().kind());
        assertEquals(3, ((List<?>) wizard.previewPage.viewer.getInput()).size(), "three dimensions in the preview");
        assertEquals("Region", wizard.mappingPage.key(wizard.mappingPage.region), "the region dimension is guessed");
        assertEquals("Tid", wizard.mappingPage.key(wizard.mappingPage.time), "the time dimension is guessed");
        assertEquals("ContentsCode", wizard.mappingPage.key(wizard.mappingPage.content));
        assertEquals("Andel", wizard.mappingPage.contentCode());
        assertFalse(wizard.canFinish(), "no indicator chosen yet");
        Indicator target = wizard.mappingPage.targets().get(0);
        boolean setWasPresent = IndicatorModel.indicators(workspace).contains(target);
        wizard.mappingPage.selectIndicator(target);
        assertTrue(wizard.canFinish());

        assertTrue(wizard.performFinish(), "the import runs");
        ImportResult result = wizard.result();
        assertEquals(10, result.valueCount());
        assertEquals(2, result.seriesCount());
        assertTrue(IndicatorModel.indicators(workspace).contains(target), "the indicator's set joined the workspace");
        assertTrue(workspace.isDirty());

        selection.publish("test", List.of(target));
        flush();
        assertEquals(target, part.indicator());
        ISeries<?>[] drawn = part.chart().getSeriesSet().getSeries();
        ISeries<?> own = Arrays.stream(drawn).filter(s -> s.getId().equals(DemoPlanSystem.MUNICIPALITY_NUMBER)).findFirst().orElseThrow();
        assertEquals(5, own.getYSeries().length, "five years of Røros");
        assertEquals(95.2, own.getYSeries()[4], 1e-9);
        assertEquals(5, part.rows().size(), "a table row per period");
        assertEquals(1, dashboard.tiles().stream().filter(t -> t.indicator() == target).map(t -> t.indicator()).distinct().count(),
                "the dashboard shows the indicator");
        DashboardTile tile = dashboard.tiles().stream().filter(t -> t.indicator() == target).findFirst().orElseThrow();
        assertEquals(DemoPlanSystem.MUNICIPALITY_NUMBER, tile.assessment().organisation());
        assertTrue(target.getThemeIds().isEmpty() || target.getThemeIds().contains(tile.group()));
        if (!tile.group().isEmpty()) {
            assertFalse(dashboard.label(tile.group()).startsWith("theme-"), "themes are named from the catalogue");
        }
        assertFalse(tile.group().isEmpty(), "the indicator has themes");
        assertNotNull(workspace.planSystem().orElseThrow().getFrame(), "the demo has a frame");
        {
            Theme frameTheme = workspace.planSystem().orElseThrow().getFrame().getDimensions().stream()
                    .flatMap(d -> d.getThemes().stream()).filter(t -> !t.getId().equals(tile.group())).findFirst().orElseThrow();
            selection.publish("test", List.of(frameTheme));
            assertEquals(frameTheme.getId(), dashboard.filterGroup(), "a theme selected elsewhere filters the dashboard");
            assertTrue(dashboard.tiles().stream().allMatch(t -> t.group().equals(frameTheme.getId())));
            dashboard.filter(null);
            assertFalse(dashboard.tiles().isEmpty());
        }
        selection.publish("test", List.of());
        dashboard.open(tile);
        assertEquals(List.of(target), selection.current(), "clicking a tile selects the indicator");

        UndoContext undo = service(UndoContext.class);
        assertTrue(undo.canUndo());
        undo.undo();
        flush();
        assertTrue(target.getSeries().isEmpty(), "undo removes the imported series");
        assertEquals(setWasPresent, IndicatorModel.indicators(workspace).contains(target), "and the set it added");
        if (!setWasPresent) {
            assertNull(part.indicator(), "the indicator view lets go of the removed indicator");
            assertEquals(0, part.chart().getSeriesSet().getSeries().length);
        }
        assertTrue(dashboard.tiles().isEmpty());
    }

    @Test
    void aFailingImportReportsFileAndPositionAtTheMappingPageAndImportsNothing() throws Exception {
        ImportWizard wizard = new ImportWizard(workspace, service(IndicatorSets.class), RegionCodes.of(service(CatalogueService.class)));
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.create();
        wizard.setFile(testFile("unknown_region.json"));
        Indicator target = wizard.mappingPage.targets().get(0);
        wizard.mappingPage.selectIndicator(target);
        boolean canUndoBefore = workspace.commandStack().canUndo();
        String message = wizard.mappingPage.getErrorMessage();
        assertNotNull(message, "the problem is shown before Finish");
        assertTrue(message.contains("unknown_region.json"), message);
        assertTrue(message.contains("9999"), message);
        assertFalse(wizard.canFinish(), "Finish is disabled while the problem stands");
        assertFalse(wizard.performFinish());
        assertNull(wizard.result());
        assertEquals(canUndoBefore, workspace.commandStack().canUndo(), "nothing was executed");
        assertTrue(target.getSeries().isEmpty());
        dialog.close();
    }

    @Test
    void theChartShowsTheTargetAsALineAndMarksTheBaseline() throws Exception {
        ImportSource source = ImportSource.read(testFile("roros_small.json"));
        Indicator target = IndicatorModel.importTargets(workspace, service(IndicatorSets.class)).get(0);
        ImportResult result = source.build(null, null, null, null, target, RegionCodes.of(service(CatalogueService.class)));
        workspace.commandStack().execute(IndicatorModel.importCommand(workspace, target, result.command()));
        IndicatorTarget goal = IndicatorsFactory.eINSTANCE.createIndicatorTarget();
        goal.setOrganisation(DemoPlanSystem.MUNICIPALITY_NUMBER);
        goal.setYear(2030);
        goal.setValue(100);
        Baseline baseline = IndicatorsFactory.eINSTANCE.createBaseline();
        baseline.setOrganisation(DemoPlanSystem.MUNICIPALITY_NUMBER);
        baseline.setYear(2019);
        workspace.commandStack().execute(AddCommand.create(workspace.editingDomain(), target,
                IndicatorsPackage.Literals.INDICATOR__TARGETS, goal));
        workspace.commandStack().execute(AddCommand.create(workspace.editingDomain(), target,
                IndicatorsPackage.Literals.INDICATOR__BASELINES, baseline));

        IndicatorPart part = new IndicatorPart(workspaces, service(CatalogueService.class), site(IndicatorDescriptor.ID));
        part.createControl(shell);
        shell.open();
        part.show(target);
        flush();
        ISeries<?>[] drawn = part.chart().getSeriesSet().getSeries();
        ISeries<?> line = Arrays.stream(drawn).filter(s -> s.getId().startsWith(IndicatorPart.TARGET_PREFIX)).findFirst().orElseThrow();
        assertEquals(100, line.getYSeries()[0], 1e-9);
        assertEquals(100, line.getYSeries()[1], 1e-9, "horizontal");
        assertEquals(2030, line.getXSeries()[1], 1e-9, "to the target year");
        ISeries<?> mark = Arrays.stream(drawn).filter(s -> s.getId().startsWith(IndicatorPart.BASELINE_PREFIX)).findFirst().orElseThrow();
        assertEquals(91.0, mark.getYSeries()[0], 1e-9, "the observed value of the baseline year");
        assertEquals(2019, mark.getXSeries()[0], 1e-9);

        Path png = folder.resolve("chart.png");
        part.savePng(png);
        byte[] image = Files.readAllBytes(png);
        assertTrue(image.length > 100 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G', "a PNG image");
        Path csv = folder.resolve("values.csv");
        part.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(6, lines.size(), lines.toString());
        assertEquals("5025;2023;95.2;", lines.get(5), "decimal point, no trailing zero");
    }

    @Test
    void csvFilesAreDetected() throws Exception {
        Path csv = folder.resolve("data.csv");
        Files.writeString(csv, "region;år;verdi\n5025;2022;1,5\n5025;2023;2,5\n");
        ImportSource source = ImportSource.read(csv);
        assertEquals(ImportSource.Kind.CSV, source.kind());
        assertEquals(3, source.variables().size());
        String[] guess = source.guess();
        assertEquals("0", guess[0]);
        assertEquals("1", guess[1]);
    }

    private void flush() {
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // run queued asyncExecs
            }
        }
    }

    private Path testFile(String name) throws Exception {
        java.util.Enumeration<URL> found = FrameworkUtil.getBundle(IndicatorViewsTest.class).findEntries("testdata", name, false);
        assertNotNull(found, name);
        URL url = found.nextElement();
        Path file = folder.resolve(name);
        try (InputStream in = url.openStream()) {
            Files.copy(in, file);
        }
        return file;
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, type.getName());
        return service;
    }

    private PartSite site(String id) {
        return new StandalonePartSite(id, shell, selection);
    }
}
