package no.redthread.workbench.ui.internal.parts;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceListener;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import no.redthread.workbench.packs.BundleContributions;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.ContributionTexts;
import no.redthread.workbench.packs.PluginInventory;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.TableColumns;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workbench.ui.internal.Messages;

/**
 * The bundles of the running product, what each contributes (views, commands, perspectives, preference pages,
 * worksheets, indicator sets, funding schemes, scenarios), its problems, and start/stop. Bundles with problems
 * come first, so that a refused pack is in sight when the notice leads here.
 */
final class PluginsPart implements WorkbenchPart {

    /** Bundles with problems first, then those that contribute, then the libraries; by name within each. */
    private static final Comparator<BundleContributions> PROBLEMS_FIRST = Comparator
            .comparing((BundleContributions b) -> !b.hasProblems()).thenComparing(BundleContributions::isEmpty)
            .thenComparing(BundleContributions::symbolicName);

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final List<ContentPackReport> reports;
    private final PartSite site;
    private TableViewer viewer;
    private BundleListener bundleListener;
    private ServiceListener serviceListener;
    private boolean refreshQueued;
    private Display display;

    PluginsPart(BundleContext context, ServiceComponentRuntime scr, List<ContentPackReport> reports, PartSite site) {
        this.context = context;
        this.scr = scr;
        this.reports = reports;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        display = parent.getDisplay();
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        ToolBar tools = new ToolBar(area, SWT.FLAT | SWT.RIGHT);
        tool(tools, Messages.get("plugins.start"), Bundle::start);
        tool(tools, Messages.get("plugins.stop"), Bundle::stop);
        viewer = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        Class<BundleContributions> row = BundleContributions.class;
        TableColumns.add(viewer, Messages.get("plugins.name"), 200, row, BundleContributions::name);
        TableColumns.add(viewer, Messages.get("plugins.symbolicName"), 220, row, BundleContributions::symbolicName);
        TableColumns.add(viewer, Messages.get("plugins.state"), 80, row, b -> ContributionTexts.state(b.state()));
        TableColumns.add(viewer, Messages.get("plugins.problems"), 360, row,
                b -> String.join(" | ", ContributionTexts.problems(b)));
        TableColumns.add(viewer, Messages.get("plugins.contributes"), 360, row, ContributionTexts::summary);
        TableColumns.add(viewer, Messages.get("plugins.version"), 140, row, BundleContributions::version);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> site.publishSelection(((IStructuredSelection) e.getSelection()).toList()));
        refresh();
        bundleListener = event -> asyncRefresh();
        context.addBundleListener(bundleListener);
        serviceListener = event -> asyncRefresh();
        context.addServiceListener(serviceListener);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        context.removeBundleListener(bundleListener);
        context.removeServiceListener(serviceListener);
    }

    /** One refresh per burst of events: a bundle starting registers many services. */
    private void asyncRefresh() {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!refreshQueued && !viewer.getControl().isDisposed()) {
                    refreshQueued = true;
                    display.timerExec(200, this::refresh);
                }
            });
        }
    }

    private void refresh() {
        refreshQueued = false;
        if (!viewer.getControl().isDisposed()) {
            viewer.setInput(PluginInventory.collect(context, reports, scr).stream().sorted(PROBLEMS_FIRST).toList());
        }
    }

    /** The rows now shown (for tests). */
    List<BundleContributions> rows() {
        @SuppressWarnings("unchecked")
        List<BundleContributions> rows = (List<BundleContributions>) viewer.getInput();
        return rows;
    }

    private interface BundleAction {
        void apply(Bundle bundle) throws BundleException;
    }

    private void tool(ToolBar tools, String label, BundleAction action) {
        ToolItem item = new ToolItem(tools, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, e -> {
            for (Object selected : ((IStructuredSelection) viewer.getSelection()).toList()) {
                Bundle bundle = context.getBundle(((BundleContributions) selected).bundleId());
                try {
                    if (bundle != null) {
                        action.apply(bundle);
                    }
                } catch (BundleException | RuntimeException ex) {
                    MessageDialog.openError(site.shell(), label, bundle.getSymbolicName() + ": " + ex.getMessage());
                }
            }
            refresh();
        });
    }
}
