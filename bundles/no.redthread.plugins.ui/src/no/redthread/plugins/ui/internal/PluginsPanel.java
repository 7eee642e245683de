package no.redthread.plugins.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import no.redthread.workbench.ui.TableColumns;

/**
 * The chosen repository's plugins: name, version, installed version, state, publisher, description; Install, Update
 * and Remove for the selected one, each enabled only when it applies; a busy bar while a step runs, and the last
 * result or refusal below.
 */
final class PluginsPanel {

    private final Composite panel;
    private final TableViewer table;
    private final Button install;
    private final Button update;
    private final Button remove;
    private final ProgressBar busyBar;
    private final Label message;
    private boolean busy;

    PluginsPanel(Composite parent, Consumer<PluginRow> installer, Consumer<PluginRow> remover) {
        panel = new Composite(parent, SWT.NONE);
        panel.setLayout(new GridLayout(4, false));
        Label heading = new Label(panel, SWT.NONE);
        heading.setText(Messages.get("plugins.heading"));
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        table = new TableViewer(panel, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        table.getTable().setHeaderVisible(true);
        TableColumns.add(table, Messages.get("plugins.name"), 170, PluginRow.class,
                PluginRow::title);
        TableColumns.add(table, Messages.get("plugins.version"), 70, PluginRow.class,
                row -> row.entry().version());
        TableColumns.add(table, Messages.get("plugins.installed"), 80, PluginRow.class,
                row -> row.installedVersion() == null ? "" : row.installedVersion());
        TableColumns.add(table, Messages.get("plugins.state"), 170, PluginRow.class,
                row -> Messages.get("state." + row.state().name()));
        TableColumns.add(table, Messages.get("plugins.publisher"), 250, PluginRow.class,
                row -> nonNull(row.entry().publisher()));
        TableColumns.add(table, Messages.get("plugins.description"), 400,
                PluginRow.class, row -> nonNull(row.entry().description()));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addSelectionChangedListener(e -> enable());
        install = button(Messages.get("plugins.install"), installer);
        update = button(Messages.get("plugins.update"), installer);
        remove = button(Messages.get("plugins.remove"), remover);
        busyBar = new ProgressBar(panel, SWT.INDETERMINATE);
        busyBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        busyBar.setVisible(false);
        message = new Label(panel, SWT.WRAP);
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        messageData.widthHint = 400;
        message.setLayoutData(messageData);
        enable();
    }

    private Button button(String label, Consumer<PluginRow> action) {
        Button button = new Button(panel, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> {
            PluginRow row = selected();
            if (row != null && !busy) {
                action.accept(row);
            }
        });
        return button;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** Shows the rows, keeping the selected plugin selected. */
    void show(List<PluginRow> rows) {
        PluginRow before = selected();
        table.setInput(rows);
        if (before != null) {
            rows.stream().filter(row -> row.entry().symbolicName().equals(before.entry().symbolicName()))
                    .findFirst().ifPresent(row -> table.setSelection(new StructuredSelection(row)));
        }
        enable();
    }

    PluginRow selected() {
        return (PluginRow) ((IStructuredSelection) table.getSelection()).getFirstElement();
    }

    void busy(boolean now) {
        busy = now;
        busyBar.setVisible(now);
        enable();
    }

    private void enable() {
        PluginRow row = selected();
        PluginRow.State state = row == null ? null : row.state();
        install.setEnabled(!busy && state == PluginRow.State.NEW);
        update.setEnabled(!busy && state == PluginRow.State.UPDATE);
        remove.setEnabled(!busy && state != null && state != PluginRow.State.NEW);
    }

    void showInfo(String text) {
        message.setForeground(null);
        setMessage(text);
    }

    void showError(String text) {
        message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        setMessage(text);
    }

    private void setMessage(String text) {
        message.setText(text);
        panel.layout(true);
    }

    boolean isDisposed() {
        return panel.isDisposed();
    }

    // for tests
    TableViewer table() {
        return table;
    }

    Button install() {
        return install;
    }

    Button update() {
        return update;
    }

    Button remove() {
        return remove;
    }

    ProgressBar busyBar() {
        return busyBar;
    }

    Label message() {
        return message;
    }
}
