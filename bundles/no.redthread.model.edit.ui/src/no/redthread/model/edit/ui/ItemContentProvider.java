package no.redthread.model.edit.ui;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree (or list) content provider over the item providers of an adapter factory: elements and children
 * come from {@link IStructuredItemContentProvider} and {@link ITreeItemContentProvider}.
 *
 * <p>While it is the content provider of a {@link StructuredViewer}, it listens to the adapter factory (the root
 * factory, usually the editing domain's {@code ComposedAdapterFactory}) and turns each {@link ViewerNotification}
 * into a refresh of the element's children or an update of its label, on the viewer's UI thread.
 *
 * <p>The input may be a collection or array (its members are the top elements, e.g. {@code List.of(planSystem)}),
 * or any object with an item provider (an EObject, or a Resource when the factory composes
 * {@code ResourceItemProviderAdapterFactory}).
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = {};

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    /** @param adapterFactory the (composed) factory of the item providers, e.g. the editing domain's */
    public ItemContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Collection<?> collection) {
            return collection.toArray();
        }
        if (input instanceof Object[] array) {
            return array;
        }
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider instanceof IStructuredItemContentProvider items ? items.getElements(input).toArray() : NONE;
    }

    @Override
    public Object[] getChildren(Object element) {
        ITreeItemContentProvider tree = tree(element);
        return tree == null ? NONE : tree.getChildren(element).toArray();
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider tree = tree(element);
        return tree != null && tree.hasChildren(element);
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider tree = tree(element);
        return tree == null ? null : tree.getParent(element);
    }

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        this.viewer = viewer instanceof StructuredViewer structured ? structured : null;
    }

    /** Refreshes or updates the viewer for a change the item providers announced. */
    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null || target.getControl() == null || target.getControl().isDisposed()) {
            return;
        }
        Display display = target.getControl().getDisplay();
        if (display.getThread() == Thread.currentThread()) {
            apply(target, notification);
        } else {
            display.asyncExec(() -> apply(target, notification));
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }

    private static void apply(StructuredViewer viewer, Notification notification) {
        Control control = viewer.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        if (!(notification instanceof ViewerNotification change)) {
            viewer.refresh(notification.getNotifier(), true);
            return;
        }
        Object element = change.getElement();
        if (change.isContentRefresh()) {
            if (element == null) {
                viewer.refresh(change.isLabelUpdate());
            } else {
                viewer.refresh(element, change.isLabelUpdate());
            }
        } else if (change.isLabelUpdate() && element != null) {
            viewer.update(element, null);
        }
    }

    private ITreeItemContentProvider tree(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree : null;
    }
}
