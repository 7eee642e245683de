package no.redthread.dilemma.sessions.internal;

import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.redthread.dilemma.sessions.DilemmaSessions;
import no.redthread.dilemma.sessions.model.DilemmaRegister;
import no.redthread.dilemma.sessions.model.SessionsFactory;
import no.redthread.dilemma.sessions.model.SessionsPackage;
import no.redthread.model.api.ModelContribution;
import no.redthread.model.api.ModelIds;
import no.redthread.model.plan.PlanPackage;

/**
 * Registers the sessions EPackage and creates the {@link DilemmaRegister} root of a workspace, which the workspace
 * keeps in {@code modules/dilemma.json}.
 */
@Component(service = ModelContribution.class, property = "redthread.model.id=" + DilemmaSessions.MODEL_ID)
public final class SessionsModelContribution implements ModelContribution {

    @Activate
    public SessionsModelContribution() {
        // sessions refer to the plan model: register both (eINSTANCE initialises and registers)
        EPackage.Registry.INSTANCE.put(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(SessionsPackage.eNS_URI, SessionsPackage.eINSTANCE);
    }

    @Override
    public String id() {
        return DilemmaSessions.MODEL_ID;
    }

    @Override
    public EPackage ePackage() {
        return SessionsPackage.eINSTANCE;
    }

    @Override
    public DilemmaRegister createRoot() {
        DilemmaRegister root = SessionsFactory.eINSTANCE.createDilemmaRegister();
        root.setId(ModelIds.newId("dilemma-register"));
        return root;
    }
}
