package no.redthread.workbench.ui.internal.window;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;

import no.redthread.workbench.Area;

/**
 * The four part stacks in their sashes: left | (centre over bottom) | right. Empty side stacks
 * are hidden so the centre gets the room; one stack at a time can be maximised.
 */
final class StackArea {

    private final SashForm columns;
    private final SashForm middle;
    private final Map<Area, PartStack> stacks = new EnumMap<>(Area.class);
    private PartStack maximized;

    StackArea(Composite parent, PartStack.Owner owner) {
        columns = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        stacks.put(Area.LEFT, new PartStack(columns, Area.LEFT, owner));
        middle = new SashForm(columns, SWT.VERTICAL | SWT.SMOOTH);
        stacks.put(Area.CENTER, new PartStack(middle, Area.CENTER, owner));
        stacks.put(Area.BOTTOM, new PartStack(middle, Area.BOTTOM, owner));
        stacks.put(Area.RIGHT, new PartStack(columns, Area.RIGHT, owner));
    }

    Composite control() {
        return columns;
    }

    PartStack stack(Area area) {
        return stacks.get(area);
    }

    Iterable<PartStack> stacks() {
        return stacks.values();
    }

    /** Shows only the stacks that hold parts (the centre always shows). */
    void updateVisibility() {
        for (PartStack stack : stacks.values()) {
            boolean visible = stack.area() == Area.CENTER || stack.folder().getItemCount() > 0;
            stack.folder().setVisible(visible);
        }
        if (maximized != null && maximized.folder().getItemCount() == 0) {
            toggleMaximize(maximized);
        }
        middle.layout();
        columns.layout();
    }

    void toggleMaximize(PartStack stack) {
        if (maximized != null) {
            maximized.folder().setMaximized(false);
        }
        if (maximized == stack) {
            maximized = null;
            columns.setMaximizedControl(null);
            middle.setMaximizedControl(null);
            return;
        }
        maximized = stack;
        stack.folder().setMaximized(true);
        boolean inMiddle = stack.area() == Area.CENTER || stack.area() == Area.BOTTOM;
        columns.setMaximizedControl(inMiddle ? middle : stack.folder());
        middle.setMaximizedControl(inMiddle ? stack.folder() : null);
    }

    PartStack maximized() {
        return maximized;
    }

    /** Left, middle, right, then centre and bottom. */
    List<Integer> weights() {
        List<Integer> weights = new ArrayList<>();
        for (int w : columns.getWeights()) {
            weights.add(w);
        }
        for (int w : middle.getWeights()) {
            weights.add(w);
        }
        return weights;
    }

    void setWeights(List<Integer> weights) {
        columns.setWeights(weights.get(0), weights.get(1), weights.get(2));
        middle.setWeights(weights.get(3), weights.get(4));
    }
}
