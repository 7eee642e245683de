package no.redthread.funding.applications.internal;

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

import no.redthread.funding.applications.FundingApplications;
import no.redthread.funding.applications.model.ApplicationsPackage;
import no.redthread.funding.applications.model.FundingApplication;

/**
 * Labels and property names of the applications model (Explorer, Properties, Undo) in the UI language, as the
 * assessment module does for its model: EMF's reflective item providers with the names from the messages
 * ({@code model.Class}, {@code model.Class.feature}) and the status names ({@code _UI_ApplicationStatus_X_literal},
 * the key EMF.Edit's property descriptors ask their resource locator for). An application reads
 * "Klimasats (planlagt)". Bundle scope: a composeable factory remembers the one composed factory it joined.
 */
@Component(service = ComposeableAdapterFactory.class, scope = ServiceScope.BUNDLE, property = {
    "redthread.model.id=" + FundingApplications.MODEL_ID, "redthread.model.nsURI=" + ApplicationsPackage.eNS_URI})
public final class ApplicationItemProviders extends ReflectiveItemProviderAdapterFactory {

    public ApplicationItemProviders() {
        reflectiveItemProviderAdapter = new LocalizedItemProvider(this);
    }

    @Override
    public boolean isFactoryForType(Object type) {
        return type instanceof EPackage ? type == ApplicationsPackage.eINSTANCE : super.isFactoryForType(type);
    }

    /** EMF's reflective item provider with names from the messages. */
    private static final class LocalizedItemProvider extends ReflectiveItemProvider {

        LocalizedItemProvider(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            if (object instanceof FundingApplication application) {
                return ApplicationLabels.of(application);
            }
            String text = super.getText(object);
            // EMF's label starts with the class's Java name ("ApplicationRegister ..."); that name is replaced
            if (object instanceof EObject eObject && text.startsWith(eObject.eClass().getName())) {
                return getTypeText(object) + text.substring(eObject.eClass().getName().length());
            }
            return text;
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
