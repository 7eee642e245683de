package no.redthread.workbench.ui.internal.parts;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchNavigation;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workbench.ui.internal.Labels;
import no.redthread.workbench.ui.internal.Messages;

/**
 * Kom i gang: a link per first task. The tasks are the commands that modules offer for it
 * ({@link CommandContribution#GETTING_STARTED}), followed live, so a module's tasks come and go with it.
 */
final class GettingStartedPage implements WorkbenchPart {

    /** The data of a task link: the id of the command it runs. */
    static final String COMMAND_ID = "redthread.command.id";

    private final BundleContext context;
    private final PartSite site;
    private ServiceTracker<CommandContribution, CommandContribution> tasks;
    private ScrolledComposite scroller;
    private Composite page;
    private Composite links;

    GettingStartedPage(BundleContext context, PartSite site) {
        this.context = context;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        page = new Composite(scroller, SWT.NONE);
        page.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        page.setBackgroundMode(SWT.INHERIT_DEFAULT);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 32;
        layout.marginHeight = 24;
        layout.verticalSpacing = 12;
        page.setLayout(layout);
        text(Messages.get("welcome.title"), SWT.NONE).setFont(JFaceResources.getHeaderFont());
        text(Messages.get("welcome.intro"), SWT.WRAP);
        text(Messages.get("welcome.tasks"), SWT.NONE).setFont(JFaceResources.getBannerFont());
        links = new Composite(page, SWT.NONE);
        GridLayout linkLayout = new GridLayout(1, false);
        linkLayout.marginWidth = 12;
        linkLayout.verticalSpacing = 8;
        links.setLayout(linkLayout);
        links.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        text(Messages.get("welcome.tips"), SWT.WRAP);
        scroller.setContent(page);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> relayout());
        trackTasks();
    }

    private Label text(String text, int style) {
        Label label = new Label(page, style);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 640;
        label.setLayoutData(data);
        return label;
    }

    private void trackTasks() {
        try {
            String filter = "(&(objectClass=" + CommandContribution.class.getName() + ")(" + CommandContribution.GETTING_STARTED + "=*))";
            tasks = new ServiceTracker<>(context, context.createFilter(filter), null) {
                @Override
                public CommandContribution addingService(ServiceReference<CommandContribution> reference) {
                    CommandContribution command = super.addingService(reference);
                    changed();
                    return command;
                }

                @Override
                public void removedService(ServiceReference<CommandContribution> reference, CommandContribution command) {
                    super.removedService(reference, command);
                    changed();
                }
            };
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tasks.open();
        showTasks();
    }

    private void changed() {
        if (page != null && !page.isDisposed()) {
            page.getDisplay().asyncExec(this::showTasks);
        }
    }

    /** One link per task, in the order the modules ranked them. */
    private void showTasks() {
        if (links.isDisposed()) {
            return;
        }
        Stream.of(links.getChildren()).forEach(Control::dispose);
        List<ServiceReference<CommandContribution>> references = Stream.of(tasks.getServiceReferences() == null
                ? new ServiceReference<?>[0] : tasks.getServiceReferences())
                .map(GettingStartedPage::<CommandContribution>cast)
                .sorted(Comparator.comparingInt(GettingStartedPage::rank)).toList();
        for (ServiceReference<CommandContribution> reference : references) {
            CommandContribution command = tasks.getService(reference);
            if (command != null) {
                Link link = new Link(links, SWT.NONE);
                link.setText("<a>" + Labels.plain(command.label()).replace("&", "&&") + "</a>");
                link.setData(COMMAND_ID, command.id());
                link.addListener(SWT.Selection, e -> run(command));
            }
        }
        if (links.getChildren().length == 0) {
            new Label(links, SWT.NONE).setText(Messages.get("welcome.noTasks"));
        }
        relayout();
    }

    private void run(CommandContribution command) {
        if (!command.isEnabled()) {
            site.setStatusMessage(Messages.get("welcome.notNow", Labels.plain(command.label())));
            return;
        }
        ServiceReference<WorkbenchNavigation> reference = context.getServiceReference(WorkbenchNavigation.class);
        WorkbenchNavigation navigation = reference == null ? null : context.getService(reference);
        if (navigation != null) {
            try {
                navigation.runCommand(command.id());
            } finally {
                context.ungetService(reference);
            }
        }
    }

    private void relayout() {
        if (!scroller.isDisposed()) {
            int width = scroller.getClientArea().width;
            scroller.setMinSize(page.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
            page.layout(true, true);
        }
    }

    @SuppressWarnings("unchecked")
    private static <S> ServiceReference<S> cast(ServiceReference<?> reference) {
        return (ServiceReference<S>) reference;
    }

    private static int rank(ServiceReference<?> reference) {
        return reference.getProperty(CommandContribution.GETTING_STARTED) instanceof Number n ? n.intValue() : Integer.MAX_VALUE;
    }

    @Override
    public void setFocus() {
        Control first = links.getChildren().length > 0 ? links.getChildren()[0] : page;
        first.setFocus();
    }

    @Override
    public void dispose() {
        if (tasks != null) {
            tasks.close();
        }
    }
}
