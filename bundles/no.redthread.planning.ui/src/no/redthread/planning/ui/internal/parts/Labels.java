package no.redthread.planning.ui.internal.parts;

import java.util.MissingResourceException;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

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

    /**
     * The name of an object's type in the UI language ("Tiltak"), as its item provider knows it
     * (EMF.Edit's {@code _UI_<Type>_type} key); the Java name only when no provider has one.
     */
    static String typeName(AdapterFactory factory, EObject object) {
        if (factory.adapt(object, IItemLabelProvider.class) instanceof ResourceLocator provider) {
            try {
                return provider.getString("_UI_" + object.eClass().getName() + "_type");
            } catch (MissingResourceException e) {
                // the provider has no name for the type
            }
        }
        return object.eClass().getName();
    }

    private static String abbreviate(String text) {
        return text.length() > 90 ? text.substring(0, 89) + "…" : text;
    }
}
