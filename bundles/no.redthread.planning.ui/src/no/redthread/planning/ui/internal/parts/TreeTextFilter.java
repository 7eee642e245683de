package no.redthread.planning.ui.internal.parts;

import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/** Keeps the tree items whose label, or a descendant's label, contains the typed text. */
final class TreeTextFilter extends ViewerFilter {

    private final Supplier<String> typed;

    TreeTextFilter(Supplier<String> typed) {
        this.typed = typed;
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        String text = typed.get();
        return text.isEmpty() || matches((TreeViewer) viewer, element, text, 0);
    }

    private static boolean matches(TreeViewer viewer, Object element, String text, int depth) {
        String label = ((ILabelProvider) viewer.getLabelProvider()).getText(element);
        if (label != null && label.toLowerCase(Locale.ROOT).contains(text)) {
            return true;
        }
        if (depth > 8) {
            return false;
        }
        ITreeContentProvider content = (ITreeContentProvider) viewer.getContentProvider();
        for (Object child : content.getChildren(element)) {
            if (matches(viewer, child, text, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
