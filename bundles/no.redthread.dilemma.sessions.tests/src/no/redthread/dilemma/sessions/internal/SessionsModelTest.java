package no.redthread.dilemma.sessions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.ETypedElement;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.redthread.dilemma.sessions.DilemmaSessions;
import no.redthread.dilemma.sessions.model.DilemmaRegister;
import no.redthread.dilemma.sessions.model.SessionsPackage;
import no.redthread.model.api.ModelContribution;

/**
 * The generated code says what model/sessions.ecore says (a changed .ecore without a rerun of regenerate.sh
 * fails here), and the ModelContribution service registers the package.
 */
class SessionsModelTest {

    private static EPackage onDisk;

    @BeforeAll
    static void load() {
        String bundle = System.getProperty("redthread.sessions.bundle");
        assertNotNull(bundle, "run with -Dredthread.sessions.bundle=<source folder of no.redthread.dilemma.sessions>");
        Path ecore = Path.of(bundle, "model", "sessions.ecore");
        assertTrue(Files.isRegularFile(ecore), "no .ecore at " + ecore);
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        onDisk = (EPackage) resources.getResource(URI.createFileURI(ecore.toString()), true).getContents().get(0);
    }

    @Test
    void theModelContributionServiceRegistersThePackageAndMakesRoots() {
        ModelContribution contribution = Services.get(ModelContribution.class,
                "(redthread.model.id=" + DilemmaSessions.MODEL_ID + ")");
        assertEquals("dilemma", contribution.id());
        assertSame(SessionsPackage.eINSTANCE, contribution.ePackage());
        assertSame(SessionsPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(SessionsPackage.eNS_URI));
        DilemmaRegister root = (DilemmaRegister) contribution.createRoot();
        assertTrue(root.getId().startsWith("dilemma-register-"), root.getId());
        assertFalse(root.getId().equals(((DilemmaRegister) contribution.createRoot()).getId()), "fresh ids");
    }

    @Test
    void theGeneratedPackageMatchesTheEcoreFile() {
        assertEquals("http://redthread.no/dilemma/1.0", onDisk.getNsURI());
        assertEquals(describe(onDisk), describe(SessionsPackage.eINSTANCE));
    }

    @Test
    void theDescriptionSeesDifferences() {
        EStructuralFeature notes = ((EClass) onDisk.getEClassifier("Phase")).getEStructuralFeature("notes");
        notes.setUpperBound(2);
        try {
            assertFalse(describe(onDisk).equals(describe(SessionsPackage.eINSTANCE)), "a change must be noticed");
        } finally {
            notes.setUpperBound(1);
        }
    }

    /** One line per classifier, feature and literal; classifiers sorted by name. */
    private static String describe(EPackage ePackage) {
        List<String> lines = new ArrayList<>();
        lines.add("package " + ePackage.getName() + " " + ePackage.getNsURI() + " " + ePackage.getNsPrefix());
        List<EClassifier> classifiers = new ArrayList<>(ePackage.getEClassifiers());
        classifiers.sort(Comparator.comparing(EClassifier::getName));
        for (EClassifier classifier : classifiers) {
            if (classifier instanceof EClass type) {
                lines.add("class " + type.getName() + " extends "
                        + type.getESuperTypes().stream().map(s -> s.getEPackage().getNsURI() + "#" + s.getName()).toList());
                type.getEStructuralFeatures().forEach(feature -> lines.add("  " + describe(feature)));
            } else if (classifier instanceof EEnum enumeration) {
                lines.add("enum " + enumeration.getName());
                for (EEnumLiteral literal : enumeration.getELiterals()) {
                    lines.add("  " + literal.getName() + " = " + literal.getValue() + " '" + literal.getLiteral() + "'");
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String describe(EStructuralFeature feature) {
        StringBuilder line = new StringBuilder(feature instanceof EReference ? "reference " : "attribute ")
                .append(feature.getName()).append(" : ").append(typeOf(feature));
        if (feature instanceof EAttribute attribute && attribute.isID()) line.append(" id");
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) line.append(" containment");
            if (!reference.isResolveProxies()) line.append(" noproxies");
        }
        return line.toString();
    }

    private static String typeOf(ETypedElement element) {
        EClassifier type = element.getEType();
        return type.getEPackage().getNsURI() + "#" + type.getName() + " [" + element.getLowerBound() + ".."
                + element.getUpperBound() + "]";
    }
}
