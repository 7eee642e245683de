package no.redthread.funding.applications.internal;

import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.redthread.funding.applications.FundingApplications;
import no.redthread.funding.applications.model.ApplicationRegister;
import no.redthread.funding.applications.model.ApplicationsFactory;
import no.redthread.funding.applications.model.ApplicationsPackage;
import no.redthread.model.api.ModelContribution;
import no.redthread.model.api.ModelIds;
import no.redthread.model.plan.PlanPackage;

/**
 * Registers the applications EPackage and creates the {@link ApplicationRegister} root of a workspace, which the
 * workspace keeps in {@code modules/funding.json}.
 */
@Component(service = ModelContribution.class, property = "redthread.model.id=" + FundingApplications.MODEL_ID)
public final class ApplicationsModelContribution implements ModelContribution {

    @Activate
    public ApplicationsModelContribution() {
        // the applications refer to the plan model: register both (eINSTANCE initialises and registers)
        EPackage.Registry.INSTANCE.put(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(ApplicationsPackage.eNS_URI, ApplicationsPackage.eINSTANCE);
    }

    @Override
    public String id() {
        return FundingApplications.MODEL_ID;
    }

    @Override
    public EPackage ePackage() {
        return ApplicationsPackage.eINSTANCE;
    }

    @Override
    public ApplicationRegister createRoot() {
        ApplicationRegister root = ApplicationsFactory.eINSTANCE.createApplicationRegister();
        root.setId(ModelIds.newId("application-register"));
        return root;
    }
}
