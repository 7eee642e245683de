package no.redthread.planning.ui.internal.parts;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import no.redthread.model.plan.SdgTarget;

/** A short human name for any model object: its code and text, name or title. */
final class Labels {

    private Labels() {
    }

    static String name(EObject object) {
        if (object instanceof SdgTarget target) {
            String text = target.preferredTextNb();
            return target.getCode() + " " + (text == null ? "" : abbreviate(text));
        }
        for (String feature : new String[] { "name", "title", "nameNb", "textNb", "code" }) {
            EStructuralFeature found = object.eClass().getEStructuralFeature(feature);
            if (found instanceof EAttribute && object.eGet(found) != null) {
                return object.eGet(found).toString();
            }
        }
        return object.eClass().getName();
    }

    private static String abbreviate(String text) {
        return text.length() > 90 ? text.substring(0, 89) + "…" : text;
    }
}
