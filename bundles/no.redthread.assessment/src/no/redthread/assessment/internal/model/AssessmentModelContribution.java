package no.redthread.assessment.internal.model;

import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.redthread.assessment.model.AssessmentFactory;
import no.redthread.assessment.model.AssessmentPackage;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.model.api.ModelContribution;
import no.redthread.model.api.ModelIds;
import no.redthread.model.plan.PlanPackage;

/** Registers the assessment EPackage and creates the {@link AssessmentSet} root of a new workspace. */
@Component(service = ModelContribution.class, property = "redthread.model.id=" + AssessmentModelContribution.ID)
public final class AssessmentModelContribution implements ModelContribution {

    static final String ID = "assessment";

    @Activate
    public AssessmentModelContribution() {
        // the assessment model refers to the plan model: register both (eINSTANCE initialises and registers)
        EPackage.Registry.INSTANCE.put(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(AssessmentPackage.eNS_URI, AssessmentPackage.eINSTANCE);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EPackage ePackage() {
        return AssessmentPackage.eINSTANCE;
    }

    @Override
    public AssessmentSet createRoot() {
        AssessmentSet root = AssessmentFactory.eINSTANCE.createAssessmentSet();
        root.setId(ModelIds.newId("assessment-set"));
        return root;
    }
}
