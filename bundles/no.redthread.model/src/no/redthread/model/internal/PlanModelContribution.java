package no.redthread.model.internal;

import org.eclipse.emf.ecore.EPackage;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.redthread.model.api.ModelContribution;
import no.redthread.model.api.ModelIds;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.PlanSystem;

/** Registers the plan-system EPackage and creates the {@link PlanSystem} root of a new workspace. */
@Component(service = ModelContribution.class, property = "redthread.model.id=" + PlanModelContribution.ID)
public final class PlanModelContribution implements ModelContribution {

    static final String ID = "plan";

    @Activate
    public PlanModelContribution() {
        // touching eINSTANCE initialises the package and puts it in EPackage.Registry.INSTANCE
        EPackage.Registry.INSTANCE.put(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EPackage ePackage() {
        return PlanPackage.eINSTANCE;
    }

    @Override
    public PlanSystem createRoot() {
        PlanSystem root = PlanFactory.eINSTANCE.createPlanSystem();
        root.setId(ModelIds.newId("plan-system"));
        return root;
    }
}
