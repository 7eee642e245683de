package no.redthread.assessment.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.assessment.model.AssessmentPackage;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.model.api.ModelContribution;
import no.redthread.model.plan.PlanPackage;

/**
 * The generated code says what model/assessment.ecore says (a changed .ecore without a rerun of regenerate.sh fails
 * here), and the ModelContribution service registers the package.
 */
class AssessmentModelTest {

    private static EPackage onDisk;
    private static ServiceTracker<ModelContribution, ModelContribution> tracker;

    @BeforeAll
    static void load() throws InterruptedException {
        String bundle = System.getProperty("redthread.assessment.bundle");
        assertNotNull(bundle, "run with -Dredthread.assessment.bundle=<source folder of no.redthread.assessment>");
        Path ecore = Path.of(bundle, "model", "assessment.ecore");
        assertTrue(Files.isRegularFile(ecore), "no .ecore at " + ecore);
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        onDisk = (EPackage) resources.getResource(URI.createFileURI(ecore.toString()), true).getContents().get(0);
        BundleContext context = FrameworkUtil.getBundle(AssessmentModelContribution.class).getBundleContext();
        tracker = new ServiceTracker<>(context, ModelContribution.class, null);
        tracker.open();
        tracker.waitForService(10_000);
    }

    @AfterAll
    static void close() {
        tracker.close();
    }

    @Test
    void theModelContributionServiceRegistersThePackageAndMakesRoots() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(AssessmentModelContribution.class).getBundleContext();
        Collection<ServiceReference<ModelContribution>> references = context.getServiceReferences(ModelContribution.class,
                "(redthread.model.id=assessment)");
        assertEquals(1, references.size(), "one assessment ModelContribution service");
        ModelContribution contribution = context.getService(references.iterator().next());
        try {
            assertEquals("assessment", contribution.id());
            assertSame(AssessmentPackage.eINSTANCE, contribution.ePackage());
            assertSame(AssessmentPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(AssessmentPackage.eNS_URI));
            assertSame(PlanPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI));
            AssessmentSet root = (AssessmentSet) contribution.createRoot();
            assertTrue(root.getId().startsWith("assessment-set-"), root.getId());
            assertFalse(root.getId().equals(((AssessmentSet) contribution.createRoot()).getId()), "fresh ids");
        } finally {
            context.ungetService(references.iterator().next());
        }
    }

    @Test
    void theGeneratedPackageMatchesTheEcoreFile() {
        assertEquals("http://redthread.no/model/assessment/1.0", onDisk.getNsURI());
        assertEquals(describe(onDisk), describe(AssessmentPackage.eINSTANCE));
    }

    @Test
    void theDescriptionSeesDifferences() {
        EClass answer = (EClass) onDisk.getEClassifier("Answer");
        EStructuralFeature orphaned = answer.getEStructuralFeature("orphaned");
        orphaned.setUpperBound(2);
        try {
            assertFalse(describe(onDisk).equals(describe(AssessmentPackage.eINSTANCE)), "a change must be noticed");
        } finally {
            orphaned.setUpperBound(1);
        }
    }

    @Test
    void everyReferencedClassHasAStringId() {
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : AssessmentPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type) {
                for (EReference reference : type.getEReferences()) {
                    if (reference.isContainment()) {
                        continue;
                    }
                    EAttribute id = reference.getEReferenceType().getEIDAttribute();
                    if (id == null || id.getEType() != EcorePackage.Literals.ESTRING) {
                        missing.add(type.getName() + "." + reference.getName());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "referenced without a string id: " + missing);
    }

    /** One line per classifier, feature, operation and literal; classifiers sorted by name. */
    private static String describe(EPackage ePackage) {
        List<String> lines = new ArrayList<>();
        lines.add("package " + ePackage.getName() + " " + ePackage.getNsURI() + " " + ePackage.getNsPrefix());
        List<EClassifier> classifiers = new ArrayList<>(ePackage.getEClassifiers());
        classifiers.sort(Comparator.comparing(EClassifier::getName));
        for (EClassifier classifier : classifiers) {
            if (classifier instanceof EClass type) {
                lines.add("class " + type.getName() + (type.isAbstract() ? " abstract" : "") + " extends "
                        + type.getESuperTypes().stream().map(s -> s.getEPackage().getNsURI() + "#" + s.getName()).toList());
                type.getEStructuralFeatures().forEach(feature -> lines.add("  " + describe(feature)));
                for (EOperation operation : type.getEOperations()) {
                    lines.add("  operation " + operation.getName() + " : " + typeOf(operation) + " ("
                            + operation.getEParameters().stream().map(p -> p.getName() + " : " + typeOf(p))
                                    .collect(Collectors.joining(", ")) + ")");
                }
            } else if (classifier instanceof EEnum enumeration) {
                lines.add("enum " + enumeration.getName());
                for (EEnumLiteral literal : enumeration.getELiterals()) {
                    lines.add("  " + literal.getName() + " = " + literal.getValue() + " '" + literal.getLiteral() + "'");
                }
            } else if (classifier instanceof EDataType dataType) {
                lines.add("datatype " + dataType.getName() + " " + dataType.getInstanceClassName());
            }
        }
        return String.join("\n", lines);
    }

    private static String describe(EStructuralFeature feature) {
        StringBuilder line = new StringBuilder(feature instanceof EReference ? "reference " : "attribute ")
                .append(feature.getName()).append(" : ").append(typeOf(feature));
        if (!feature.isChangeable()) line.append(" readonly");
        if (feature.isTransient()) line.append(" transient");
        if (feature.isDerived()) line.append(" derived");
        if (feature.isUnsettable()) line.append(" unsettable");
        if (feature.getDefaultValueLiteral() != null) line.append(" default=").append(feature.getDefaultValueLiteral());
        if (feature instanceof EAttribute attribute && attribute.isID()) line.append(" id");
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) line.append(" containment");
            if (!reference.isResolveProxies()) line.append(" noproxies");
        }
        return line.toString();
    }

    private static String typeOf(ETypedElement element) {
        EClassifier type = element.getEType();
        String name = type == null ? "void" : type.getEPackage().getNsURI() + "#" + type.getName();
        return name + " [" + element.getLowerBound() + ".." + element.getUpperBound() + "]";
    }
}
