package no.redthread.indicators.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.indicators.imports.ImportSource;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.demo.DemoPlanSystem;
import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.StandalonePartSite;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * The demo workspace (Røros, 5025) with a real shell under Xvfb, the running services, a part site as the workbench
 * gives one, and an indicator filled with a few municipalities' data.
 */
final class ViewFixture implements AutoCloseable {

    final BundleContext context = FrameworkUtil.getBundle(ViewFixture.class).getBundleContext();
    final WorkspaceService workspaces;
    final SelectionService selection;
    final CatalogueService catalogue;
    final Workspace workspace;
    final Display display;
    final Shell shell;

    ViewFixture(Path folder) throws Exception {
        workspaces = service(WorkspaceService.class);
        selection = service(SelectionService.class);
        catalogue = service(CatalogueService.class);
        workspace = workspaces.create(folder.resolve("roros"), service(DemoPlanSystem.class).create());
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
    }

    @Override
    public void close() {
        shell.dispose();
        workspaces.close();
    }

    /** Imports a JSON-stat file into the first indicator where higher is better; returns the indicator. */
    Indicator importInto(Path file) throws Exception {
        Indicator target = IndicatorModel.importTargets(workspace, service(IndicatorSets.class)).stream()
                .filter(i -> i.getDirection() == DesiredDirection.HIGHER_IS_BETTER).findFirst().orElseThrow();
        ImportResult result = ImportSource.read(file).build(null, null, null, null, target, RegionCodes.of(catalogue));
        workspace.commandStack().execute(IndicatorModel.importCommand(workspace, target, result.command()));
        return target;
    }

    /** A JSON-stat 2.0 file of one content over the regions and years, values row by row (region-major). */
    static Path jsonStat(Path folder, String name, List<String> regions, List<String> years, double... values)
            throws Exception {
        StringBuilder json = new StringBuilder("{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"test\",")
                .append("\"id\":[\"Region\",\"Tid\"],\"size\":[").append(regions.size()).append(',').append(years.size())
                .append("],\"role\":{\"time\":[\"Tid\"],\"geo\":[\"Region\"]},\"dimension\":{\"Region\":{\"category\":")
                .append("{\"index\":[\"").append(String.join("\",\"", regions)).append("\"]}},\"Tid\":{\"category\":")
                .append("{\"index\":[\"").append(String.join("\",\"", years)).append("\"]}}},\"value\":[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append(values[i]);
        }
        Path file = folder.resolve(name);
        Files.writeString(file, json.append("]}"), StandardCharsets.UTF_8);
        return file;
    }

    void flush() {
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // run queued asyncExecs
            }
        }
    }

    <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, type.getName());
        return service;
    }

    /** A site like the workbench's: publishes to the selection service and follows others' selections. */
    PartSite site(String id) {
        return new StandalonePartSite(id, shell, selection);
    }
}
