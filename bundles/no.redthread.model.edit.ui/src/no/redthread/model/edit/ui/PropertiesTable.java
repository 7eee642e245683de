package no.redthread.model.edit.ui;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.model.edit.ui.internal.ItemImages;
import no.redthread.model.edit.ui.internal.Messages;
import no.redthread.model.edit.ui.internal.PropertyColumns;
import no.redthread.model.edit.ui.internal.PropertyEditingSupport;
import no.redthread.model.edit.ui.internal.PropertyRow;

/**
 * The properties of one object in a two-column table (property, value), as the object's item provider
 * ({@link IItemPropertySource}) describes them. Values are edited in place with a cell editor that fits the
 * property: text, numbers, yes/no, enum literals, ISO dates ({@code 2024-06-20}) and, for references, a picker
 * dialog with a filter over the objects of the resource set. Every edit is a {@code SetCommand} on the editing
 * domain's command stack (so Undo reverts it); text that does not parse changes nothing, and its message shows
 * under the table. The table follows changes of the object, and of the objects it refers to, however they are made.
 *
 * <pre>
 * PropertiesTable properties = new PropertiesTable(parent, domain);
 * selection.addListener(objects -&gt; properties.setInput(objects.isEmpty() ? null : objects.get(0)));
 * </pre>
 */
public class PropertiesTable extends Composite {

    private final EditingDomain domain;
    private final AdapterFactory adapterFactory;
    private final ItemImages images = new ItemImages();
    private final TableViewer viewer;
    private final Label message;
    private final PropertyEditingSupport editing;
    private final INotifyChangedListener refresher = this::refreshFor;
    private Object input;
    private boolean refreshPending;

    /** A table that edits through the domain, with the domain's adapter factory. */
    public PropertiesTable(Composite parent, AdapterFactoryEditingDomain domain) {
        this(parent, domain, domain.getAdapterFactory());
    }

    /**
     * @param domain the editing domain whose command stack every edit goes to
     * @param adapterFactory the (composed) factory of the item providers; the table listens to it for changes
     */
    public PropertiesTable(Composite parent, EditingDomain domain, AdapterFactory adapterFactory) {
        super(parent, SWT.NONE);
        this.domain = domain;
        this.adapterFactory = adapterFactory;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        setLayout(layout);
        Composite holder = new Composite(this, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        message = new Label(this, SWT.WRAP);
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        editing = new PropertyEditingSupport(viewer, domain, images, this::showMessage);
        createColumns(columns);
        PropertyColumns.enableEditing(viewer);
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(refresher);
        }
        addDisposeListener(event -> disposeResources());
    }

    /** Shows the properties of an object (null for none). */
    public void setInput(Object object) {
        input = object;
        showMessage(null);
        Object source = object == null ? null : adapterFactory.adapt(object, IItemPropertySource.class);
        List<PropertyRow> rows = source instanceof IItemPropertySource properties
                ? properties.getPropertyDescriptors(object).stream().map(d -> new PropertyRow(object, d)).toList()
                : List.of();
        viewer.setInput(rows);
    }

    public Object getInput() {
        return input;
    }

    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The table viewer; its elements are the rows of the properties (one per property descriptor). */
    public TableViewer getViewer() {
        return viewer;
    }

    /** The message under the table: why the last text typed was not accepted, or "" when all is well. */
    public String getMessage() {
        return message.getText();
    }

    private void createColumns(TableColumnLayout columns) {
        TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
        name.getColumn().setText(Messages.get("column.property"));
        name.setLabelProvider(PropertyColumns.names());
        columns.setColumnData(name.getColumn(), new ColumnWeightData(35, 120));
        TableViewerColumn value = new TableViewerColumn(viewer, SWT.LEFT);
        value.getColumn().setText(Messages.get("column.value"));
        value.setLabelProvider(PropertyColumns.values(images));
        value.setEditingSupport(editing);
        columns.setColumnData(value.getColumn(), new ColumnWeightData(65, 160));
    }

    private void showMessage(String text) {
        if (!message.isDisposed()) {
            message.setText(text == null ? "" : text);
            layout(true);
        }
    }

    /** The input's own changes show at once; changes elsewhere (a referenced object's name) in one later refresh. */
    private void refreshFor(Notification notification) {
        if (input == null || isDisposed()) {
            return;
        }
        if (notification.getNotifier() == input && getDisplay().getThread() == Thread.currentThread()) {
            viewer.refresh();
        } else if (!refreshPending) {
            refreshPending = true;
            getDisplay().asyncExec(() -> {
                refreshPending = false;
                if (!isDisposed()) {
                    viewer.refresh();
                }
            });
        }
    }

    private void disposeResources() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(refresher);
        }
        editing.dispose();
        images.dispose();
    }
}
