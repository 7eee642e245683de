package no.redthread.indicators.internal;

import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.IndicatorsPackage;
import no.redthread.model.api.ModelContribution;
import no.redthread.model.api.ModelIds;

/** Registers the indicator EPackage and creates the {@link IndicatorWorkspace} root of a new workspace. */
@Component(service = ModelContribution.class, property = "redthread.model.id=" + IndicatorsModelContribution.ID)
public final class IndicatorsModelContribution implements ModelContribution {

    static final String ID = "indicators";

    @Activate
    public IndicatorsModelContribution() {
        // touching eINSTANCE initialises the package and puts it in EPackage.Registry.INSTANCE
        EPackage.Registry.INSTANCE.put(IndicatorsPackage.eNS_URI, IndicatorsPackage.eINSTANCE);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EPackage ePackage() {
        return IndicatorsPackage.eINSTANCE;
    }

    @Override
    public IndicatorWorkspace createRoot() {
        IndicatorWorkspace root = IndicatorsFactory.eINSTANCE.createIndicatorWorkspace();
        root.setId(ModelIds.newId("indicator-workspace"));
        return root;
    }
}
