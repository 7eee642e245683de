package no.redthread.portfolio.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;

import no.redthread.chains.ChainBatch;
import no.redthread.chains.ChainLibrary;
import no.redthread.portfolio.Portfolio;
import no.redthread.portfolio.PortfolioService;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.ui.WorkspaceOpener;

/**
 * Portefølje: one row per municipality of the chosen portfolio with its key figures; double-click opens the
 * workspace the way File → Open does; a chain runs over the selected rows with a progress per municipality.
 */
final class PortfolioPart implements WorkbenchPart {

    private final PortfolioService portfolios;
    private final PortfolioChoice choice;
    private final ChainLibrary chains;
    private final ChainBatch batch;
    private final Supplier<Optional<WorkspaceOpener>> opener;
    private final PartSite site;
    private final Consumer<String> onChosen = name -> show();
    PortfolioControls controls;
    PortfolioTable table;
    private FigureLoader loader;
    private ChainRun running;

    PortfolioPart(PortfolioService portfolios, PortfolioChoice choice, ChainLibrary chains, ChainBatch batch,
            Supplier<Optional<WorkspaceOpener>> opener, PartSite site) {
        this.portfolios = portfolios;
        this.choice = choice;
        this.chains = chains;
        this.batch = batch;
        this.opener = opener;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        controls = new PortfolioControls(root, chains.chains());
        table = new PortfolioTable(root);
        table.viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        controls.createRunBar(root);
        loader = new FigureLoader(portfolios, root);
        controls.portfolio.addListener(SWT.Selection, e -> choice.choose(controls.portfolio.getText()));
        controls.filter.addListener(SWT.Modify, e -> table.filter(controls.filter.getText()));
        controls.add.addListener(SWT.Selection, e -> addFolder());
        controls.remove.addListener(SWT.Selection, e -> removeSelected());
        controls.run.addListener(SWT.Selection, e -> runChain());
        controls.cancel.addListener(SWT.Selection, e -> running.cancel());
        controls.report.addListener(SWT.Selection, e -> table.selected().stream().findFirst()
                .flatMap(Row::htmlReport).ifPresent(file -> Program.launch(file.toString())));
        table.viewer.addSelectionChangedListener(e -> enable());
        table.viewer.addDoubleClickListener(e -> table.selected().stream().findFirst()
                .ifPresent(row -> opener.get().ifPresent(open -> open.open(row.folder))));
        choice.addListener(onChosen);
        root.addDisposeListener(e -> choice.removeListener(onChosen));
        show();
    }

    /** Shows the chosen portfolio (or the first), reading every row's figures anew. */
    void show() {
        List<Portfolio> all = portfolios.portfolios();
        Optional<Portfolio> shown = choice.chosen().flatMap(name -> all.stream()
                .filter(p -> p.name().equals(name)).findFirst()).or(() -> all.stream().findFirst());
        controls.portfolio.setItems(all.stream().map(Portfolio::name).toArray(String[]::new));
        shown.ifPresent(p -> controls.portfolio.select(all.indexOf(p)));
        List<Row> rows = shown.map(p -> p.folders().stream().map(Row::new).toList()).orElse(List.of());
        table.viewer.setInput(new ArrayList<>(rows));
        controls.status.setText(shown.isPresent() ? "" : Messages.get("status.none"));
        loader.load(rows, table.viewer.getTable(), row -> table.viewer.refresh(row));
        enable();
    }

    private Optional<Portfolio> current() {
        return portfolios.portfolio(controls.portfolio.getText());
    }

    private void addFolder() {
        Optional<Portfolio> portfolio = current();
        DirectoryDialog dialog = new DirectoryDialog(site.shell());
        dialog.setText(Messages.get("add.title"));
        String folder = portfolio.isEmpty() ? null : dialog.open();
        if (folder != null) {
            save(portfolio.get().with(Path.of(folder)));
        }
    }

    private void removeSelected() {
        Optional<Portfolio> portfolio = current();
        if (portfolio.isPresent()) {
            Portfolio less = portfolio.get();
            for (Row row : table.selected()) {
                less = less.without(row.folder);
            }
            save(less);
        }
    }

    private void save(Portfolio portfolio) {
        try {
            portfolios.save(portfolio);
            show();
        } catch (Exception e) {
            MessageDialog.openError(site.shell(), Messages.get("error.title"), Messages.get("error.save",
                    e.getMessage()));
        }
    }

    private void runChain() {
        List<Row> rows = table.selected();
        int index = controls.chain.getSelectionIndex();
        if (rows.isEmpty() || index < 0) {
            return;
        }
        Path out = rows.get(0).folder.getParent().resolve(Messages.get("run.folder"));
        controls.status.setText(Messages.get("status.reports", out));
        running = new ChainRun(batch, controls.chains.get(index), rows, out, table.viewer.getTable(),
                row -> {
                    table.viewer.refresh(row);
                    enable();
                }, () -> {
                    running = null;
                    loader.load(rows, table.viewer.getTable(), row -> table.viewer.refresh(row));
                    enable();
                });
        table.viewer.refresh();
        enable();
    }

    private void enable() {
        boolean idle = running == null;
        List<Row> selected = table.selected();
        controls.run.setEnabled(idle && !selected.isEmpty() && controls.chain.getSelectionIndex() >= 0);
        controls.cancel.setEnabled(!idle);
        controls.remove.setEnabled(idle && !selected.isEmpty());
        controls.add.setEnabled(idle && controls.portfolio.getSelectionIndex() >= 0);
        controls.report.setEnabled(selected.size() == 1 && selected.get(0).htmlReport().isPresent());
    }

    @Override
    public void setFocus() {
        table.viewer.getTable().setFocus();
    }
}
