package no.redthread.workbench.ui.internal.parts;

import java.util.Arrays;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.TableColumns;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.internal.Messages;

/** The bundles of the running product, what each contributes, and start/stop. */
final class PluginsPart implements WorkbenchPart {

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final PartSite site;
    private TableViewer viewer;
    private BundleListener bundleListener;
    private ServiceListener serviceListener;

    PluginsPart(BundleContext context, ServiceComponentRuntime scr, PartSite site) {
        this.context = context;
        this.scr = scr;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        ToolBar tools = new ToolBar(area, SWT.FLAT | SWT.RIGHT);
        tool(tools, Messages.get("plugins.start"), Bundle::start);
        tool(tools, Messages.get("plugins.stop"), Bundle::stop);
        viewer = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        TableColumns.add(viewer, Messages.get("plugins.name"), 220, Bundle.class, b -> b.getHeaders().get(Constants.BUNDLE_NAME));
        TableColumns.add(viewer, Messages.get("plugins.symbolicName"), 240, Bundle.class, Bundle::getSymbolicName);
        TableColumns.add(viewer, Messages.get("plugins.version"), 140, Bundle.class, b -> b.getVersion().toString());
        TableColumns.add(viewer, Messages.get("plugins.state"), 90, Bundle.class, b -> Messages.get("plugins.state." + b.getState()));
        TableColumns.add(viewer, Messages.get("plugins.contributes"), 260, Bundle.class, this::contributes);
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

    private void asyncRefresh() {
        if (!viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    private void refresh() {
        if (!viewer.getControl().isDisposed()) {
            viewer.setInput(Arrays.stream(context.getBundles()).toList());
        }
    }

    /** Views and commands the bundle registers, and its components that failed to activate. */
    private String contributes(Bundle bundle) {
        ServiceReference<?>[] services = bundle.getState() == Bundle.ACTIVE ? bundle.getRegisteredServices() : null;
        long parts = count(services, PartDescriptor.class);
        long commands = count(services, CommandContribution.class);
        long failed = scr.getComponentDescriptionDTOs(bundle).stream()
                .flatMap(description -> scr.getComponentConfigurationDTOs(description).stream())
                .filter(configuration -> configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION).count();
        if (parts + commands + failed == 0) {
            return "";
        }
        return Messages.get("plugins.contributions", parts, commands) + (failed > 0 ? " " + Messages.get("plugins.failed", failed) : "");
    }

    private static long count(ServiceReference<?>[] services, Class<?> type) {
        return services == null ? 0 : Arrays.stream(services)
                .filter(reference -> Arrays.asList((String[]) reference.getProperty(Constants.OBJECTCLASS)).contains(type.getName()))
                .count();
    }

    private interface BundleAction {
        void apply(Bundle bundle) throws BundleException;
    }

    private void tool(ToolBar tools, String label, BundleAction action) {
        ToolItem item = new ToolItem(tools, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, e -> {
            for (Object selected : ((IStructuredSelection) viewer.getSelection()).toList()) {
                Bundle bundle = (Bundle) selected;
                try {
                    action.apply(bundle);
                } catch (BundleException | RuntimeException ex) {
                    MessageDialog.openError(site.shell(), label, bundle.getSymbolicName() + ": " + ex.getMessage());
                }
            }
            refresh();
        });
    }

}
