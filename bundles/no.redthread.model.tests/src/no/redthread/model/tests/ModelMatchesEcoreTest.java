package no.redthread.model.tests;

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
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.ETypedElement;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.redthread.model.plan.PlanPackage;

/**
 * The generated code in src-gen must say exactly what model/plan.ecore says: a changed .ecore without a rerun of
 * regenerate.sh (or a hand edit of generated code) fails here.
 */
class ModelMatchesEcoreTest {

    private static EPackage onDisk;
    private static EPackage registered;

    @BeforeAll
    static void load() {
        onDisk = loadEcore();
        PlanPackage.eINSTANCE.eClass();
        registered = EPackage.Registry.INSTANCE.getEPackage(onDisk.getNsURI());
    }

    @Test
    void theGeneratedPackageIsRegisteredUnderTheNamespaceOfTheEcoreFile() {
        assertEquals("http://redthread.no/model/plan/1.0", onDisk.getNsURI());
        assertNotNull(registered, "no EPackage registered for " + onDisk.getNsURI());
        assertSame(PlanPackage.eINSTANCE, registered);
    }

    @Test
    void classifiersFeaturesTypesAndMultiplicitiesMatch() {
        assertEquals(describe(onDisk), describe(registered));
    }

    @Test
    void everyReferencedClassHasAStringIdAttribute() {
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : registered.getEClassifiers()) {
            if (classifier instanceof EClass type) {
                for (EReference reference : type.getEReferences()) {
                    EAttribute id = reference.getEReferenceType().getEIDAttribute();
                    if (id == null || id.getEType() != EcorePackage.Literals.ESTRING) {
                        missing.add(type.getName() + "." + reference.getName());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "referenced without a string id: " + missing);
    }

    @Test
    void theDescriptionSeesDifferences() {
        EPackage changed = loadEcore();
        EClass measure = (EClass) changed.getEClassifier("Measure");
        measure.getEStructuralFeature("follows").setUpperBound(1);
        assertFalse(describe(changed).equals(describe(registered)), "a changed multiplicity must be noticed");
    }

    private static EPackage loadEcore() {
        String path = System.getProperty("redthread.model.ecore");
        URI uri;
        if (path != null) {
            assertTrue(Files.isRegularFile(Path.of(path)), "no .ecore at " + path);
            uri = URI.createFileURI(path);
        } else {
            uri = URI.createURI(PlanPackage.class.getResource("/model/plan.ecore").toExternalForm());
        }
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource resource = resources.getResource(uri, true);
        return (EPackage) resource.getContents().get(0);
    }

    /** One line per package, classifier, feature, operation and literal; classifiers sorted by name. */
    static String describe(EPackage ePackage) {
        List<String> lines = new ArrayList<>();
        lines.add("package " + ePackage.getName() + " " + ePackage.getNsURI() + " " + ePackage.getNsPrefix());
        List<EClassifier> classifiers = new ArrayList<>(ePackage.getEClassifiers());
        classifiers.sort(Comparator.comparing(EClassifier::getName));
        for (EClassifier classifier : classifiers) {
            if (classifier instanceof EClass type) {
                describeClass(type, lines);
            } else if (classifier instanceof EEnum enumeration) {
                lines.add("enum " + enumeration.getName());
                for (EEnumLiteral literal : enumeration.getELiterals()) {
                    lines.add("  " + literal.getName() + " = " + literal.getValue() + " '" + literal.getLiteral() + "'");
                }
            } else if (classifier instanceof EDataType dataType) {
                lines.add("datatype " + dataType.getName() + " " + dataType.getInstanceClassName()
                        + (dataType.isSerializable() ? " serializable" : ""));
            }
        }
        return String.join("\n", lines);
    }

    private static void describeClass(EClass type, List<String> lines) {
        lines.add("class " + type.getName() + (type.isAbstract() ? " abstract" : "") + (type.isInterface() ? " interface" : "")
                + " extends " + type.getESuperTypes().stream().map(EClass::getName).collect(Collectors.toList()));
        for (EStructuralFeature feature : type.getEStructuralFeatures()) {
            lines.add("  " + describeFeature(feature));
        }
        for (EOperation operation : type.getEOperations()) {
            lines.add("  operation " + operation.getName() + " : " + typeOf(operation) + " ("
                    + operation.getEParameters().stream().map(p -> p.getName() + " : " + typeOf(p))
                            .collect(Collectors.joining(", "))
                    + ")");
        }
    }

    private static String describeFeature(EStructuralFeature feature) {
        StringBuilder line = new StringBuilder(feature instanceof EReference ? "reference " : "attribute ")
                .append(feature.getName()).append(" : ").append(typeOf(feature));
        if (!feature.isChangeable()) line.append(" readonly");
        if (feature.isVolatile()) line.append(" volatile");
        if (feature.isTransient()) line.append(" transient");
        if (feature.isDerived()) line.append(" derived");
        if (feature.isUnsettable()) line.append(" unsettable");
        if (!feature.isUnique()) line.append(" nonunique");
        if (!feature.isOrdered()) line.append(" unordered");
        if (feature.getDefaultValueLiteral() != null) line.append(" default=").append(feature.getDefaultValueLiteral());
        if (feature instanceof EAttribute attribute && attribute.isID()) line.append(" id");
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) line.append(" containment");
            if (reference.isContainer()) line.append(" container");
            if (!reference.isResolveProxies()) line.append(" noproxies");
            if (reference.getEOpposite() != null) line.append(" opposite=").append(reference.getEOpposite().getName());
        }
        return line.toString();
    }

    private static String typeOf(ETypedElement element) {
        EClassifier type = element.getEType();
        String name = type == null ? "void" : type.getEPackage().getNsURI() + "#" + type.getName();
        return name + " [" + element.getLowerBound() + ".." + element.getUpperBound() + "]";
    }
}
