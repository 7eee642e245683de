package no.redthread.workbench.ui.internal.window;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Adapter;
import org.eclipse.swt.custom.CTabFolderEvent;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.internal.Messages;

/**
 * A tabbed stack of parts in one area: close, maximise/restore (button or double-click on a tab),
 * drag a tab onto another stack, and a tab menu to move it.
 */
final class PartStack {

    /** What the stack asks of the window. */
    interface Owner {
        void closeRequested(PartHost host);

        void maximizeToggled(PartStack stack);

        void moveRequested(String partId, Area target);

        void activated(PartHost host);
    }

    private static final String DRAG_PREFIX = "redthread-part:";

    private final Area area;
    private final CTabFolder folder;
    private final Owner owner;

    PartStack(Composite parent, Area area, Owner owner) {
        this.area = area;
        this.owner = owner;
        folder = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        folder.setMaximizeVisible(true);
        folder.setData("redthread.area", area);
        folder.addCTabFolder2Listener(new CTabFolder2Adapter() {
            @Override
            public void close(CTabFolderEvent event) {
                event.doit = false;
                owner.closeRequested(hostOf(event.item));
            }

            @Override
            public void maximize(CTabFolderEvent event) {
                owner.maximizeToggled(PartStack.this);
            }

            @Override
            public void restore(CTabFolderEvent event) {
                owner.maximizeToggled(PartStack.this);
            }
        });
        folder.addListener(SWT.Selection, event -> owner.activated(hostOf(event.item)));
        folder.addListener(SWT.MouseDoubleClick, event -> {
            if (folder.getItem(new Point(event.x, event.y)) != null) {
                owner.maximizeToggled(this);
            }
        });
        folder.addListener(SWT.MenuDetect, event -> showTabMenu(folder.getItem(folder.toControl(event.x, event.y))));
        enableDragAndDrop();
    }

    Area area() {
        return area;
    }

    CTabFolder folder() {
        return folder;
    }

    List<PartHost> hosts() {
        return Arrays.stream(folder.getItems()).map(PartStack::hostOf).toList();
    }

    void select(PartHost host) {
        folder.setSelection(host.item());
    }

    private static PartHost hostOf(Object item) {
        return item instanceof CTabItem tab ? (PartHost) tab.getData() : null;
    }

    private void showTabMenu(CTabItem item) {
        PartHost host = hostOf(item);
        if (host == null) {
            return;
        }
        Menu menu = new Menu(folder);
        MenuItem close = new MenuItem(menu, SWT.PUSH);
        close.setText(Messages.get("tab.close"));
        close.addListener(SWT.Selection, e -> owner.closeRequested(host));
        MenuItem maximize = new MenuItem(menu, SWT.PUSH);
        maximize.setText(Messages.get(folder.getMaximized() ? "tab.restore" : "tab.maximize"));
        maximize.addListener(SWT.Selection, e -> owner.maximizeToggled(this));
        MenuItem moveTo = new MenuItem(menu, SWT.CASCADE);
        moveTo.setText(Messages.get("tab.moveTo"));
        Menu areas = new Menu(moveTo);
        moveTo.setMenu(areas);
        for (Area target : Area.values()) {
            MenuItem areaItem = new MenuItem(areas, SWT.PUSH);
            areaItem.setText(Messages.get("area." + target.name().toLowerCase()));
            areaItem.setEnabled(target != area);
            areaItem.addListener(SWT.Selection, e -> owner.moveRequested(host.id(), target));
        }
        menu.setVisible(true);
    }

    private void enableDragAndDrop() {
        Transfer[] types = { TextTransfer.getInstance() };
        DragSource source = new DragSource(folder, DND.DROP_MOVE);
        source.setTransfer(types);
        source.addDragListener(new DragSourceAdapter() {
            private PartHost dragged;

            @Override
            public void dragStart(DragSourceEvent event) {
                dragged = hostOf(folder.getItem(new Point(event.x, event.y)));
                event.doit = dragged != null;
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = DRAG_PREFIX + dragged.id();
            }
        });
        DropTarget target = new DropTarget(folder, DND.DROP_MOVE);
        target.setTransfer(types);
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String text && text.startsWith(DRAG_PREFIX)) {
                    owner.moveRequested(text.substring(DRAG_PREFIX.length()), area);
                }
            }
        });
    }
}
