package no.redthread.plugins.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;

import no.redthread.plugins.JarSignature;
import no.redthread.plugins.PluginEntry;
import no.redthread.plugins.PluginInstaller;
import no.redthread.plugins.RepositoryIndex;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.TableColumns;
import no.redthread.workbench.ui.WorkbenchPart;

/**
 * <i>Tilleggsdepoter</i>: the repositories (the administrator's marked and fixed), the chosen one's plugins with
 * the installed version and state, and Install / Update / Remove (after asking, naming the plugin). Reading, installing and removing run in the
 * background; the result or the reason for a refusal is shown in the view. The framework's file watcher starts and
 * stops the jars in plugins/, and the view follows the bundle events.
 */
final class RepositoriesPart implements WorkbenchPart {

    private final PluginInstaller installer;
    private final BundleContext context;
    private final PartSite site;
    private Display display;
    private Label warning;
    private TableViewer repositories;
    private Button removeRepository;
    private PluginsPanel plugins;
    private Background background;
    private BundleListener bundles;
    private RepositoryIndex index;

    RepositoriesPart(PluginInstaller installer, BundleContext context, PartSite site) {
        this.installer = installer;
        this.context = context;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        display = parent.getDisplay();
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        warning = new Label(area, SWT.WRAP);
        warning.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
        warning.setText(Messages.get("unsigned.allowed"));
        warning.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createRepositoryList(sash);
        plugins = new PluginsPanel(sash, this::install, this::remove);
        sash.setWeights(35, 65);
        background = new Background(display, this::busy);
        refreshRepositories();
        bundles = event -> {
            if (!display.isDisposed()) {
                display.asyncExec(this::refreshPlugins);
            }
        };
        context.addBundleListener(bundles);
    }

    private void createRepositoryList(Composite parent) {
        Composite list = new Composite(parent, SWT.NONE);
        list.setLayout(new GridLayout(3, false));
        Label heading = new Label(list, SWT.NONE);
        heading.setText(Messages.get("repositories.heading"));
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        repositories = new TableViewer(list, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        repositories.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        repositories.getTable().setHeaderVisible(true);
        TableColumns.add(repositories, Messages.get("repositories.address"), 250, URI.class, RepositoriesPart::shown);
        TableColumns.add(repositories, Messages.get("repositories.source"), 100, URI.class,
                uri -> Messages.get(preset(uri) ? "repositories.preset" : "repositories.user"));
        repositories.setContentProvider(ArrayContentProvider.getInstance());
        repositories.addSelectionChangedListener(e -> readIndex());
        Button add = new Button(list, SWT.PUSH);
        add.setText(Messages.get("repositories.add"));
        add.addListener(SWT.Selection, e -> {
            AddRepositoryDialog dialog = new AddRepositoryDialog(site.shell());
            if (dialog.open() == Window.OK) {
                addRepository(dialog.chosen());
            }
        });
        removeRepository = new Button(list, SWT.PUSH);
        removeRepository.setText(Messages.get("repositories.remove"));
        removeRepository.addListener(SWT.Selection, e -> removeRepository());
        Button reread = new Button(list, SWT.PUSH);
        reread.setText(Messages.get("repositories.reread"));
        reread.addListener(SWT.Selection, e -> readIndex());
    }

    /** A folder as its path, an address as it is. */
    static String shown(URI repository) {
        return "file".equals(repository.getScheme()) ? Path.of(repository).toString() : repository.toString();
    }

    private boolean preset(URI repository) {
        return installer.presetRepositories().contains(repository);
    }

    /** Adds the repository to the user's list and shows its plugins. */
    void addRepository(URI repository) {
        try {
            installer.addRepository(repository);
            refreshRepositories();
            repositories.setSelection(new StructuredSelection(repository), true);
        } catch (IOException e) {
            plugins.showError(Messages.get("repositories.addFailed", shown(repository), e.getMessage()));
        }
    }

    private void removeRepository() {
        URI repository = selectedRepository();
        if (repository == null || preset(repository)) {
            return;
        }
        try {
            installer.removeRepository(repository);
            refreshRepositories();
        } catch (IOException e) {
            plugins.showError(Messages.get("repositories.removeFailed", shown(repository), e.getMessage()));
        }
    }

    private void refreshRepositories() {
        URI selected = selectedRepository();
        List<URI> all = installer.repositories();
        repositories.setInput(all);
        warning.setVisible(installer.unsignedAllowed());
        ((GridData) warning.getLayoutData()).exclude = !installer.unsignedAllowed();
        warning.getParent().layout();
        URI select = all.contains(selected) ? selected : all.isEmpty() ? null : all.get(0);
        repositories.setSelection(select == null ? StructuredSelection.EMPTY : new StructuredSelection(select), true);
        if (select == null) {
            readIndex();
        }
    }

    URI selectedRepository() {
        return (URI) ((IStructuredSelection) repositories.getSelection()).getFirstElement();
    }

    private void readIndex() {
        URI repository = selectedRepository();
        removeRepository.setEnabled(repository != null && !preset(repository));
        index = null;
        plugins.show(List.of());
        if (repository == null) {
            return;
        }
        plugins.showInfo(Messages.get("repository.reading", shown(repository)));
        background.run(() -> installer.index(repository), read -> {
            if (repository.equals(selectedRepository())) {
                index = read;
                plugins.showInfo(read.plugins().isEmpty() ? Messages.get("repository.empty") : "");
                refreshPlugins();
            }
        }, e -> plugins.showError(Messages.get("repository.unreadable", e.getMessage())));
    }

    private void refreshPlugins() {
        if (!plugins.isDisposed() && index != null) {
            plugins.show(PluginRow.of(index, installer.installed()));
        }
    }

    private void install(PluginRow row) {
        URI repository = selectedRepository();
        PluginEntry entry = row.entry();
        String done = row.state() == PluginRow.State.UPDATE ? "install.updated" : "install.done";
        plugins.showInfo(Messages.get("install.running", row.title(), entry.version()));
        background.run(() -> installer.install(repository, entry, this::ask), jar -> {
            plugins.showInfo(Messages.get(done, row.title(), entry.version()));
            refreshPlugins();
        }, e -> {
            plugins.showError(Messages.get("install.refused", row.title(), e.getMessage()));
            refreshPlugins();
        });
    }

    /** The installer's SignerQuestion, asked on the install's thread: the dialog opens on the UI thread. */
    private boolean ask(JarSignature signature, PluginEntry plugin) {
        AtomicBoolean trusted = new AtomicBoolean();
        display.syncExec(() -> trusted.set(!plugins.isDisposed()
                && new SignerDialog(site.shell(), signature, plugin).open() == Window.OK));
        return trusted.get();
    }

    private void remove(PluginRow row) {
        if (!RemoveDialog.confirm(site.shell(), row)) {
            return;
        }
        // the focused Fjern is about to be disabled: the keyboard stays in the view, on the list
        plugins.table().getTable().setFocus();
        background.run(() -> {
            installer.remove(row.entry().symbolicName());
            return row;
        }, removed -> {
            plugins.showInfo(Messages.get("remove.done", row.title()));
            refreshPlugins();
        }, e -> plugins.showError(Messages.get("remove.failed", row.title(), e.getMessage())));
    }

    private void busy(boolean busy) {
        if (!plugins.isDisposed()) {
            plugins.busy(busy);
            repositories.getControl().setEnabled(!busy);
        }
    }

    @Override
    public void setFocus() {
        repositories.getControl().setFocus();
    }

    @Override
    public void dispose() {
        context.removeBundleListener(bundles);
    }

    // for tests
    TableViewer repositories() {
        return repositories;
    }

    PluginsPanel plugins() {
        return plugins;
    }

    Label warning() {
        return warning;
    }

    Background background() {
        return background;
    }
}
