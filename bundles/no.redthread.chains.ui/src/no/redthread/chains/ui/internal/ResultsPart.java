package no.redthread.chains.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import no.redthread.chains.ChainOutcome;
import no.redthread.chains.ChainOutcome.StepOutcome;
import no.redthread.funding.FundingScheme;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchNavigation;
import no.redthread.workbench.ui.WorkbenchPart;

/**
 * <i>Kjederesultater</i>: the last run, a row per step with its count and its items below it. Selecting an item
 * publishes it as the workbench selection (a scheme also brings its detail forward); a report file opens from the link
 * under the tree, or with a double-click, in the program the desktop has for it.
 */
final class ResultsPart implements WorkbenchPart {

    /** The part id of the funding module's scheme detail, which follows a selected scheme. */
    static final String SCHEME_DETAIL = "no.redthread.funding.detail";

    private final PartSite site;
    private final ChainResults results;
    private final ResultItems items;
    private final Supplier<WorkbenchNavigation> navigation;
    private Label heading;
    private Tree tree;
    private Link reports;

    ResultsPart(PartSite site, ChainResults results, ResultItems items, Supplier<WorkbenchNavigation> navigation) {
        this.site = site;
        this.results = results;
        this.items = items;
        this.navigation = navigation;
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        heading = new Label(root, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        tree = new Tree(root, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.addListener(SWT.Selection, e -> selected((TreeItem) e.item));
        tree.addListener(SWT.DefaultSelection, e -> open((TreeItem) e.item));
        reports = new Link(root, SWT.NONE);
        reports.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        reports.addListener(SWT.Selection, e -> launch(Path.of(e.text)));
        Runnable stop = results.listen(run -> onUiThread(root, () -> show(run)));
        root.addDisposeListener(e -> stop.run());
        show(results.last());
    }

    /** A run ends on the UI thread; a workspace may close on another. */
    private static void onUiThread(Composite root, Runnable update) {
        if (root.isDisposed()) {
            return;
        }
        if (Display.getCurrent() == root.getDisplay()) {
            update.run();
        } else {
            root.getDisplay().asyncExec(update);
        }
    }

    void show(ChainResults.Run run) {
        if (tree.isDisposed()) {
            return;
        }
        tree.removeAll();
        reports.setText("");
        if (run == null) {
            heading.setText(Messages.get("results.empty"));
            return;
        }
        ChainOutcome outcome = run.outcome();
        heading.setText(switch (outcome.status()) {
            case COMPLETED -> Messages.get("results.completed", run.chainName());
            case CANCELLED -> Messages.get("results.cancelled", run.chainName());
            case FAILED -> Messages.get("results.failed", run.chainName(), run.stoppedAt(), outcome.reason());
        });
        for (StepOutcome step : outcome.steps()) {
            TreeItem row = new TreeItem(tree, SWT.NONE);
            // a step that passes its input on counts what it found, not what it passes on
            row.setText(step.count() == step.items().size()
                    ? Messages.get("results.step", step.name(), step.count(), Messages.kind(step.kind()))
                    : Messages.get("results.stepPassing", step.name(), step.count(), step.items().size(),
                            Messages.kind(step.kind())));
            for (Object item : step.items()) {
                ResultItems.Item shown = items.of(step.kind(), item);
                TreeItem child = new TreeItem(row, SWT.NONE);
                child.setText(shown.label());
                child.setData(shown);
            }
            row.setExpanded(true);
        }
        List<Path> files = outcome.files();
        reports.setText(files.isEmpty() ? "" : Messages.get("results.reports", files.stream()
                .map(file -> "<a href=\"" + file + "\">" + file.getFileName() + "</a>").collect(Collectors.joining("  "))));
        heading.getParent().layout(true);
    }

    private void selected(TreeItem row) {
        if (row != null && row.getData() instanceof ResultItems.Item item && item.selectable() != null) {
            site.publishSelection(List.of(item.selectable()));
            WorkbenchNavigation shown = navigation.get();
            if (item.selectable() instanceof FundingScheme && shown != null) {
                shown.showPart(SCHEME_DETAIL);
            }
        }
    }

    private void open(TreeItem row) {
        if (row != null && row.getData() instanceof ResultItems.Item item && item.file() != null) {
            launch(item.file());
        }
    }

    private void launch(Path file) {
        if (!Program.launch(file.toString())) {
            site.setStatusMessage(Messages.get("results.noProgram", file));
        }
    }

    Tree tree() {
        return tree;
    }

    Label heading() {
        return heading;
    }

    Link reports() {
        return reports;
    }

    @Override
    public void setFocus() {
        tree.setFocus();
    }
}
