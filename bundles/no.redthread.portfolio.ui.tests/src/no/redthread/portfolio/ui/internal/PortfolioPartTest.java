package no.redthread.portfolio.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.chains.ChainBatch;
import no.redthread.chains.ChainLibrary;
import no.redthread.portfolio.Portfolio;
import no.redthread.portfolio.PortfolioService;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.ui.StandalonePartSite;

/** The Portefølje view in a real shell under Xvfb over real workspaces, with the running services. */
class PortfolioPartTest {

    @TempDir
    Path temp;

    private Locale locale;
    private Display display;
    private Shell shell;
    private PortfolioService portfolios;

    @BeforeEach
    void open() throws Exception {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.of("nb", "NO"));
        portfolios = service(PortfolioService.class);
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        for (Portfolio portfolio : portfolios.portfolios()) {
            portfolios.remove(portfolio.name());
        }
        Locale.setDefault(locale);
    }

    @Test
    void rowsShowTheFiguresSortFilterOpenAndAChainRunsOverTheSelection() throws Exception {
        Portfolio portfolio = portfolios.create("Innlandet", temp.resolve("kommuner"), "3401 5403 5025");
        Path broken = portfolio.folders().get(2);
        Files.writeString(broken.resolve("plansystem.json"), "{ ");
        List<Path> opened = new ArrayList<>();
        PortfolioChoice choice = new PortfolioChoice();
        choice.choose("Innlandet");
        PortfolioPart part = new PortfolioPart(portfolios, choice, service(ChainLibrary.class),
                service(ChainBatch.class), () -> Optional.of(folder -> opened.add(folder)),
                new StandalonePartSite(PortfolioDescriptor.ID, shell, service(SelectionService.class)));
        part.createControl(shell);
        shell.open();

        waitUntil("every row's figures are read", () -> part.table.shown().stream().allMatch(r -> r.figures != null));
        assertEquals(List.of("3401", "5601", ""), numbers(part), "the unreadable row has no number");
        assertTrue(cell(part, 2, 8).startsWith("Kan ikke leses: plansystem.json:1:"),
                cell(part, 2, 8));
        org.eclipse.swt.widgets.Table table = part.table.viewer.getTable();
        Event hover = new Event();
        hover.x = table.getItem(2).getBounds(8).x + 2;
        hover.y = table.getItem(2).getBounds(8).y + 2;
        table.notifyListeners(SWT.MouseHover, hover);
        assertEquals(part.table.shown().get(2).figures.problem(), table.getToolTipText(),
                "the whole reason on hover, the cell holds only its start");
        hover.y = table.getItem(0).getBounds(8).y + 2;
        table.notifyListeners(SWT.MouseHover, hover);
        assertEquals(null, table.getToolTipText(), "no tip over a readable row");
        assertEquals("0 av 0 ferdig", cell(part, 0, 2));
        assertEquals("", cell(part, 0, 3), "no share answered without an assessment");

        part.table.viewer.getTable().getColumn(1).notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("", "3401", "5601"), numbers(part));
        part.table.viewer.getTable().getColumn(1).notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("5601", "3401", ""), numbers(part), "a second click sorts the other way");

        part.controls.filter.setText("alta");
        assertEquals(List.of("5601"), numbers(part));
        part.controls.filter.setText("");

        part.table.viewer.getTable().setSelection(part.table.viewer.getTable().getItem(0));
        part.table.viewer.getTable().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(List.of(portfolio.folders().get(1)), opened, "double-click opens the workspace");

        part.table.viewer.getTable().setSelection(new int[] { 0, 1 });
        part.table.viewer.setSelection(part.table.viewer.getSelection());
        select(part, "Rød tråd-rapport"); // the shipped recipe that needs no assessment: fresh workspaces
        assertTrue(part.controls.run.isEnabled());
        part.controls.run.notifyListeners(SWT.Selection, new Event());
        assertTrue(part.controls.cancel.isEnabled(), "Cancel while it runs");
        waitUntil("both rows completed", () -> part.table.shown().stream().filter(r -> r.run.startsWith("Fullført"))
                .count() == 2, () -> part.table.shown().stream().map(r -> r.run).toList().toString());
        Path reports = temp.resolve("kommuner").resolve("rapporter");
        assertTrue(Files.size(reports.resolve(portfolio.folders().get(1).getFileName() + ".pdf")) > 1000);
        assertTrue(Files.exists(reports.resolve(portfolio.folders().get(0).getFileName() + ".html")));
        assertEquals(portfolio.folders().get(1).getFileName() + ".html", cell(part, 0, 9));
        assertEquals("", cell(part, 2, 9), "the row that did not run has no report");
        waitUntil("the run is over", () -> !part.controls.cancel.isEnabled());
        assertTrue(cell(part, 1, 8).startsWith("Fullført"), cell(part, 1, 8));
        screenshot("portfolio-part");
    }

    @Test
    void theNewPortfolioDialogRefusesAnUnknownNumberInPlaceThenCreatesTheWorkspaces() throws Exception {
        NewPortfolioDialog dialog = new NewPortfolioDialog(shell, portfolios, temp);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.name.setText("Nord");
        dialog.numbers.setText("5403\n9998\n5501");
        dialog.okPressed();
        assertNotNull(dialog.getShell(), "the dialog stays open");
        assertTrue(dialog.getErrorMessage().contains("9998 er ikke et kommunenummer"), dialog.getErrorMessage());
        assertEquals(List.of(), portfolios.portfolios());
        screenshot("new-portfolio-refused");

        dialog.numbers.setText("5403\n5501");
        dialog.okPressed();

        assertEquals("Nord", dialog.created().name());
        assertEquals(List.of(temp.resolve("5601-Alta"), temp.resolve("5501-Tromsø")), dialog.created().folders());
        assertTrue(Files.exists(temp.resolve("5501-Tromsø").resolve("workspace.json")));
    }

    private static void select(PortfolioPart part, String chain) {
        String[] items = part.controls.chain.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].equals(chain)) {
                part.controls.chain.select(i);
            }
        }
        assertEquals(chain, part.controls.chain.getText());
    }

    private static List<String> numbers(PortfolioPart part) {
        List<String> numbers = new ArrayList<>();
        for (TableItem item : part.table.viewer.getTable().getItems()) {
            numbers.add(item.getText(1));
        }
        return numbers;
    }

    private static String cell(PortfolioPart part, int row, int column) {
        return part.table.viewer.getTable().getItem(row).getText(column);
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, condition, () -> "");
    }

    private void waitUntil(String what, BooleanSupplier condition, java.util.function.Supplier<String> state) {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wakes the loop
                });
                display.sleep();
            }
        }
        assertTrue(condition.getAsBoolean(), () -> what + " " + state.get());
    }

    /** The whole screen (the shell and a dialog over it) as PNG in target/screenshots, to look at. */
    private void screenshot(String name) throws Exception {
        long end = System.currentTimeMillis() + 700; // GTK paints on its frame clock, not at once
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wakes the loop
                });
                display.sleep();
            }
        }
        Point size = new Point(display.getBounds().width, display.getBounds().height);
        Image image = new Image(display, size.x, size.y);
        GC gc = new GC(display);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        assertFalse(Files.size(folder.resolve(name + ".png")) == 0);
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(PortfolioPartTest.class).getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, type.getName());
        return service;
    }
}
