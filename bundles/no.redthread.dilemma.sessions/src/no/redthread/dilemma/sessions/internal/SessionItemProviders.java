package no.redthread.dilemma.sessions.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import no.redthread.dilemma.sessions.DilemmaSessions;
import no.redthread.dilemma.sessions.model.SessionsPackage;

/**
 * Labels and property names of the sessions model (Explorer, Properties, Undo) in the UI language, as the funding
 * applications do: EMF's reflective item providers with the names from the messages ({@code model.Class},
 * {@code model.Class.feature}) and the enum names ({@code _UI_Enum_X_literal}, the key EMF.Edit's property
 * descriptors ask their resource locator for). Bundle scope: a composeable factory remembers the one composed
 * factory it joined.
 */
@Component(service = ComposeableAdapterFactory.class, scope = ServiceScope.BUNDLE, property = {
    "redthread.model.id=" + DilemmaSessions.MODEL_ID, "redthread.model.nsURI=" + SessionsPackage.eNS_URI})
public final class SessionItemProviders extends ReflectiveItemProviderAdapterFactory {

    public SessionItemProviders() {
        reflectiveItemProviderAdapter = new LocalizedItemProvider(this);
    }

    @Override
    public boolean isFactoryForType(Object type) {
        return type instanceof EPackage ? type == SessionsPackage.eINSTANCE : super.isFactoryForType(type);
    }

    /** EMF's reflective item provider with names from the messages. */
    private static final class LocalizedItemProvider extends ReflectiveItemProvider {

        LocalizedItemProvider(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            return object instanceof EObject eObject ? SessionLabels.of(eObject).orElseGet(() -> reflective(eObject))
                    : super.getText(object);
        }

        /** EMF's label starts with the class's Java name ("DilemmaRegister ..."); that name is replaced. */
        private String reflective(EObject object) {
            String text = super.getText(object);
            String name = object.eClass().getName();
            return text.startsWith(name) ? getTypeText(object) + text.substring(name.length()) : text;
        }

        @Override
        public ResourceLocator getResourceLocator() {
            return MessagesLocator.INSTANCE;
        }

        @Override
        protected String getTypeText(Object object) {
            String fallback = super.getTypeText(object);
            return object instanceof EObject eObject
                    ? Texts.find("model." + eObject.eClass().getName()).orElse(fallback) : fallback;
        }

        @Override
        protected String getFeatureText(Object feature) {
            String fallback = super.getFeatureText(feature);
            return feature instanceof EStructuralFeature structural ? Texts.find(
                    "model." + structural.getEContainingClass().getName() + "." + structural.getName()).orElse(fallback)
                    : fallback;
        }
    }
}
