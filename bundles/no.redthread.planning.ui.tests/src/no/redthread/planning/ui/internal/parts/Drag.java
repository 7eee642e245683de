package no.redthread.planning.ui.internal.parts;

import java.lang.reflect.Constructor;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DragSourceListener;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.DropTargetListener;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;

/**
 * A drag and drop inside one control, delivered to the control's real drag source and drop target
 * listeners as SWT delivers it: the events carry what the platform puts in them (the operation of
 * the keys held, the operations both sides allow, the item under the pointer).
 */
final class Drag {

    private final DragSource source;
    private final DropTarget target;
    private DropTargetEvent last;

    Drag(Control control) {
        source = (DragSource) control.getData(DND.DRAG_SOURCE_KEY);
        target = (DropTarget) control.getData(DND.DROP_TARGET_KEY);
    }

    /** Whether both sides take a drag with this operation (a plain drag is a move, Ctrl a copy, Ctrl+Shift a link). */
    boolean allows(int operation) {
        return (source.getStyle() & operation) != 0 && (target.getStyle() & operation) != 0;
    }

    void start() {
        DragSourceEvent event = event(DragSourceEvent.class, source);
        event.doit = true;
        for (DragSourceListener listener : source.getDragListeners()) {
            listener.dragStart(event);
        }
    }

    /** Moves over an item with the operation the keys ask for; returns the operation the target chose. */
    int over(TreeItem item, int operation) {
        last = event(DropTargetEvent.class, target);
        Rectangle bounds = item.getBounds();
        Point centre = item.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        last.x = centre.x;
        last.y = centre.y;
        last.item = item;
        last.detail = operation;
        last.operations = source.getStyle() & target.getStyle() & (DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK);
        last.currentDataType = LocalSelectionTransfer.getTransfer().getSupportedTypes()[0];
        last.dataTypes = new org.eclipse.swt.dnd.TransferData[] { last.currentDataType };
        for (DropTargetListener listener : target.getDropListeners()) {
            listener.dragEnter(last);
            listener.dragOver(last);
        }
        return last.detail;
    }

    /** Releases over the item last moved over. */
    void drop(TreeItem item) {
        if (last == null || last.item != item) {
            throw new IllegalStateException("move over the item first");
        }
        for (DropTargetListener listener : target.getDropListeners()) {
            listener.dropAccept(last);
            last.data = LocalSelectionTransfer.getTransfer().getSelection();
            listener.drop(last);
        }
        DragSourceEvent finished = event(DragSourceEvent.class, source);
        finished.detail = last.detail;
        for (DragSourceListener listener : source.getDragListeners()) {
            listener.dragFinished(finished);
        }
    }

    /** SWT builds its drag events from its package-private DNDEvent; so does this. */
    private static <T> T event(Class<T> eventType, org.eclipse.swt.widgets.Widget widget) {
        try {
            Class<?> dndEvent = Class.forName("org.eclipse.swt.dnd.DNDEvent", true, DND.class.getClassLoader());
            Constructor<?> constructor = dndEvent.getDeclaredConstructor();
            constructor.setAccessible(true);
            Event event = (Event) constructor.newInstance();
            event.widget = widget;
            event.display = widget.getDisplay();
            event.time = (int) System.currentTimeMillis();
            return eventType.getConstructor(dndEvent).newInstance(event);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("SWT's drag events cannot be built", e);
        }
    }
}
