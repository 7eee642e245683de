package no.redthread.model.edit.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** One row of the properties table: a property of an object, as its item provider describes it. */
public record PropertyRow(Object owner, IItemPropertyDescriptor descriptor) {

    /** The model feature behind the property, or null for a descriptor that is not about a feature. */
    public EStructuralFeature feature() {
        return descriptor.getFeature(owner) instanceof EStructuralFeature feature ? feature : null;
    }

    public String name() {
        return descriptor.getDisplayName(owner);
    }

    public String description() {
        return descriptor.getDescription(owner);
    }

    public boolean editable() {
        return descriptor.canSetProperty(owner);
    }

    public boolean isMany() {
        return descriptor.isMany(owner);
    }

    /** The current value: the feature's value (a list for many-valued features), unwrapped. */
    public Object value() {
        EStructuralFeature feature = feature();
        if (owner instanceof EObject object && feature != null) {
            return object.eGet(feature);
        }
        Object value = descriptor.getPropertyValue(owner);
        return value instanceof IItemPropertySource source ? source.getEditableValue(owner) : value;
    }

    /** How a value of this property reads: numbers grouped, everything else as its item provider says. */
    public String text(Object value) {
        if (value instanceof Number number && ValueFormat.isDecimal(number.getClass())) {
            return ValueFormat.display(number);
        }
        return descriptor.getLabelProvider(owner).getText(value);
    }

    /** The icon of a value that is a model object (a reference), else null. */
    public Object image(Object value) {
        return value instanceof EObject ? descriptor.getLabelProvider(owner).getImage(value) : null;
    }

    /** The values the property may take (enum literals, or the objects a reference may point to). */
    public List<Object> choices() {
        Collection<?> choices = descriptor.getChoiceOfValues(owner);
        return choices == null ? new ArrayList<>() : new ArrayList<>(choices);
    }
}
