package no.redthread.plugins.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.plugins.PluginInstaller;
import no.redthread.plugins.RepositoryIndexes;
import no.redthread.plugins.testing.Jars;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.ui.StandalonePartSite;

/**
 * The real installer service over the test's home (redthread.home, felix.fileinstall.dir and redthread.settings.dir
 * from the pom, emptied before each test), a county repository folder with jars signed here, and the view in a shell.
 */
final class RepositoriesFixture implements AutoCloseable {

    static final String NAME = "no.tromsfinnmark.klima";

    final BundleContext context = FrameworkUtil.getBundle(RepositoriesPart.class).getBundleContext();
    final PluginInstaller installer = service(PluginInstaller.class);
    final Path home = Path.of(System.getProperty("redthread.home"));
    final Path plugins = home.resolve("plugins");
    final Path settings = Path.of(System.getProperty("redthread.settings.dir"));
    final Path repository;
    final Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
    final Shell shell = new Shell(display);
    /** What each signer dialog showed: its fields' texts, in order, one list per dialog. */
    final List<List<String>> asked = new ArrayList<>();
    /** What each remove confirmation said. */
    final List<String> confirmations = new ArrayList<>();
    private final Locale locale = Locale.getDefault();
    RepositoriesPart part;

    RepositoriesFixture(Path folder) throws IOException {
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        repository = folder.resolve("county-repository");
        for (Path clean : List.of(plugins, home.resolve("conf"), settings)) {
            delete(clean);
            Files.createDirectories(clean);
        }
    }

    /** Opens the view (after the test wrote any administrator presets). */
    RepositoriesPart open() {
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 500);
        part = new RepositoriesPart(installer, context,
                new StandalonePartSite("test", shell, service(SelectionService.class)));
        part.createControl(shell);
        shell.open();
        idle();
        return part;
    }

    Path publish(String file, String version, Path key) throws Exception {
        Path jar = Jars.bundle(repository.resolve(file), NAME, version, "{\"version\": \"" + version + "\"}");
        if (key != null) {
            Jars.sign(jar, key);
        }
        RepositoryIndexes.build(repository);
        return jar;
    }

    /** Answers every signer dialog that opens from now on, after noting what it shows. */
    void answerSigner(boolean trust) {
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                for (Shell open : display.getShells()) {
                    if (open.getData() instanceof SignerDialog dialog && !open.isDisposed()) {
                        List<String> fields = new ArrayList<>();
                        collect(open, fields);
                        asked.add(fields);
                        Button button = dialog.buttonFor(trust ? IDialogConstants.OK_ID : IDialogConstants.CANCEL_ID);
                        button.notifyListeners(SWT.Selection, new Event());
                    }
                }
                if (!shell.isDisposed()) {
                    display.timerExec(100, this);
                }
            }
        });
    }

    /** Answers the next remove confirmation that opens, after noting its message. */
    void answerRemove(boolean remove) {
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                for (Shell open : display.getShells()) {
                    if (open.getData() instanceof RemoveDialog dialog && !open.isDisposed()) {
                        confirmations.add(dialog.message());
                        dialog.buttonFor(remove ? RemoveDialog.REMOVE : RemoveDialog.CANCEL)
                                .notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
                if (!shell.isDisposed()) {
                    display.timerExec(100, this);
                }
            }
        });
    }

    private static void collect(Control control, List<String> fields) {
        if (control instanceof Text text) {
            fields.add(text.getData() + "=" + text.getText());
        } else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, fields);
            }
        }
    }

    void click(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
        idle();
    }

    /** Runs the UI until the background step has ended and its result is shown. */
    void idle() {
        waitUntil(() -> part == null || !part.background().running());
    }

    void waitUntil(BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out");
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // the refreshes queued after it
        }
    }

    List<String> pluginFiles() throws IOException {
        try (Stream<Path> files = Files.list(plugins)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    String cell(int row, int column) {
        return part.plugins().table().getTable().getItem(row).getText(column);
    }

    void selectRow(int row) {
        part.plugins().table().setSelection(
                new org.eclipse.jface.viewers.StructuredSelection(part.plugins().table().getElementAt(row)));
        idle();
    }

    <S> S service(Class<S> type) {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S found = tracker.waitForService(10_000);
            if (found == null) {
                throw new AssertionError("no " + type.getName());
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Override
    public void close() {
        if (part != null) {
            part.dispose();
        }
        shell.dispose();
        while (display.readAndDispatch()) {
            // drain
        }
        Locale.setDefault(locale);
    }
}
