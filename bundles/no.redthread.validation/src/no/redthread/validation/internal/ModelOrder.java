package no.redthread.validation.internal;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Sorts objects as they stand in their containment tree, e.g. SDG targets in UN order and themes by dimension, as
 * the frame lists them, without knowing anything about SDG codes.
 */
final class ModelOrder {

    /** Compares paths element by element; a path that is a prefix of another comes first. */
    static final Comparator<List<Integer>> PATHS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int compared = Integer.compare(a.get(i), b.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private ModelOrder() {
    }

    /** The feature ids and list positions from the root down to the object. */
    static List<Integer> path(EObject object) {
        Deque<Integer> path = new ArrayDeque<>();
        for (EObject child = object; child.eContainer() != null; child = child.eContainer()) {
            EObject parent = child.eContainer();
            EStructuralFeature feature = child.eContainingFeature();
            int position = feature.isMany() ? ((List<?>) parent.eGet(feature)).indexOf(child) : 0;
            path.addFirst(position);
            path.addFirst(parent.eClass().getFeatureID(feature));
        }
        return List.copyOf(path);
    }
}
