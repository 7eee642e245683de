package no.redthread.assessment.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Indicators are found in a module root by the names of the indicator model, and cited by code. */
class IndicatorEvidenceTest {

    @Test
    void indicatorsAreFoundByTheirModelsNamesAndCitedCodesAreKept() {
        EcoreFactory ecore = EcoreFactory.eINSTANCE;
        EPackage model = ecore.createEPackage();
        EClass indicator = ecore.createEClass();
        indicator.setName("Indicator");
        EClass other = ecore.createEClass();
        other.setName("IndicatorSet");
        EClass root = ecore.createEClass();
        root.setName("IndicatorWorkspace");
        for (String name : List.of("code", "nameNb")) {
            EAttribute attribute = ecore.createEAttribute();
            attribute.setName(name);
            attribute.setEType(EcorePackage.Literals.ESTRING);
            indicator.getEStructuralFeatures().add(attribute);
        }
        EReference children = ecore.createEReference();
        children.setName("children");
        children.setEType(EcorePackage.Literals.EOBJECT);
        children.setContainment(true);
        children.setUpperBound(-1);
        root.getEStructuralFeatures().add(children);
        model.getEClassifiers().addAll(List.of(indicator, other, root));

        EObject workspaceRoot = EcoreUtil.create(root);
        @SuppressWarnings("unchecked")
        List<EObject> contents = (List<EObject>) workspaceRoot.eGet(children);
        contents.add(indicator(indicator, "BEF-02", "Befolkningsvekst"));
        contents.add(EcoreUtil.create(other));
        contents.add(indicator(indicator, "", "Uten kode"));

        List<IndicatorEvidence> found = IndicatorEvidence.in(workspaceRoot);
        assertEquals(List.of(new IndicatorEvidence("BEF-02", "Befolkningsvekst")), found, "only indicators with a code");
        assertEquals("BEF-02 Befolkningsvekst", found.get(0).label());
        assertEquals(List.of(found.get(0), new IndicatorEvidence("X-1", "")),
                IndicatorEvidence.cited(List.of("BEF-02", "X-1"), found), "a code the workspace lacks is kept");
    }

    private static EObject indicator(EClass type, String code, String name) {
        EObject object = EcoreUtil.create(type);
        object.eSet(type.getEStructuralFeature("code"), code);
        object.eSet(type.getEStructuralFeature("nameNb"), name);
        return object;
    }
}
