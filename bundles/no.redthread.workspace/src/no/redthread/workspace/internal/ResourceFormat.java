package no.redthread.workspace.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.FeatureMapUtil;

/** The names and rules shared by the reader and the writer of resource files (FORMAT.md). */
final class ResourceFormat {

    static final String FORMAT = "redthread-resource";
    static final int VERSION = 1;
    static final String TYPE = "type";

    private ResourceFormat() {
    }

    /** Features that are part of the file: not transient, derived or the implicit container link. */
    static boolean persisted(EStructuralFeature feature) {
        if (feature.isTransient() || feature.isDerived()) {
            return false;
        }
        if (FeatureMapUtil.isFeatureMap(feature)) {
            throw new UnsupportedOperationException("feature maps are not supported in workspace files: "
                    + feature.getEContainingClass().getName() + "." + feature.getName());
        }
        return !(feature instanceof EReference reference && reference.isContainer());
    }

    /** {@code Goal} for a class of the file's package, {@code <nsURI>#Goal} for any other. */
    static String typeName(EClass eClass, String fileNsUri) {
        String nsUri = eClass.getEPackage().getNsURI();
        return nsUri.equals(fileNsUri) ? eClass.getName() : nsUri + "#" + eClass.getName();
    }
}
