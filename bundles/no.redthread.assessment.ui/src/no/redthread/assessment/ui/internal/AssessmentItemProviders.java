package no.redthread.assessment.ui.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.osgi.service.component.annotations.Component;

import no.redthread.assessment.model.AssessmentPackage;

/**
 * Labels and property names of the assessment model (Explorer, Properties, Undo) in the UI language. The assessment
 * model has no generated item providers; EMF's reflective ones would name everything in English after the Java
 * names ("Template Id"), so these look the names up in the bundle's messages first ({@code model.Class} and
 * {@code model.Class.feature}) and fall back to EMF's.
 */
@Component(service = ComposeableAdapterFactory.class, property = "redthread.model.id=assessment")
public final class AssessmentItemProviders extends ReflectiveItemProviderAdapterFactory {

    public AssessmentItemProviders() {
        reflectiveItemProviderAdapter = new LocalizedItemProvider(this);
    }

    @Override
    public boolean isFactoryForType(Object type) {
        return type instanceof EPackage ? type == AssessmentPackage.eINSTANCE : super.isFactoryForType(type);
    }

    /** EMF's reflective item provider with names from the messages. */
    private static final class LocalizedItemProvider extends ReflectiveItemProvider {

        LocalizedItemProvider(AdapterFactory factory) {
            super(factory);
        }

        /** EMF's label starts with the class's Java name ("Assessment Bærekraftvurdering"); that name is replaced. */
        @Override
        public String getText(Object object) {
            String text = super.getText(object);
            if (object instanceof EObject eObject && text.startsWith(eObject.eClass().getName())) {
                return getTypeText(object) + text.substring(eObject.eClass().getName().length());
            }
            return text;
        }

        @Override
        protected String getTypeText(Object object) {
            String fallback = super.getTypeText(object);
            return object instanceof EObject eObject ? Messages.getOr("model." + eObject.eClass().getName(), fallback)
                    : fallback;
        }

        @Override
        protected String getFeatureText(Object feature) {
            String fallback = super.getFeatureText(feature);
            return feature instanceof EStructuralFeature structural ? Messages.getOr(
                    "model." + structural.getEContainingClass().getName() + "." + structural.getName(), fallback)
                    : fallback;
        }
    }
}
