package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.IndicatorsPackage;
import no.redthread.indicators.model.Series;
import no.redthread.model.api.ModelContribution;

/** The indicator EPackage: registered, contributed, equal to its .ecore, and its compact series persist. */
class ModelTest {

    @Test
    void theContributionServiceRegistersThePackageAndCreatesARoot() throws Exception {
        var context = FrameworkUtil.getBundle(ModelTest.class).getBundleContext();
        Fixtures.service(ModelContribution.class);
        ServiceReference<?>[] references = context.getServiceReferences(ModelContribution.class.getName(),
                "(redthread.model.id=indicators)");
        assertNotNull(references, "no indicators ModelContribution");
        ModelContribution contribution = (ModelContribution) context.getService(references[0]);
        assertEquals("indicators", contribution.id());
        assertSame(IndicatorsPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(
                "http://redthread.no/model/indicators/1.0"));
        IndicatorWorkspace root = (IndicatorWorkspace) contribution.createRoot();
        assertTrue(root.getId().startsWith("indicator-workspace-"), root.getId());
    }

    @Test
    void theGeneratedPackageSaysWhatTheEcoreFileSays() {
        String path = System.getProperty("redthread.indicators.ecore");
        assertNotNull(path, "the build passes -Dredthread.indicators.ecore");
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        EPackage onDisk = (EPackage) resources.getResource(URI.createFileURI(path), true).getContents().get(0);
        assertEquals(IndicatorsPackage.eNS_URI, onDisk.getNsURI());
        assertEquals(describe(onDisk), describe(IndicatorsPackage.eINSTANCE));
    }

    /** Every classifier with its supertypes, features (type, bounds, containment, id) and literals, as text. */
    private static Map<String, String> describe(EPackage ePackage) {
        Map<String, String> result = new TreeMap<>();
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            StringBuilder text = new StringBuilder(classifier.eClass().getName());
            if (!(classifier instanceof EClass) && !(classifier instanceof EEnum)) {
                text.append(' ').append(classifier.getInstanceClassName());
            }
            if (classifier instanceof EClass eClass) {
                text.append(eClass.isAbstract() ? " abstract" : "").append(eClass.getESuperTypes().stream()
                        .map(EClass::getName).toList());
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    text.append("\n  ").append(feature.getName()).append(':').append(feature.getEType().getName())
                            .append('[').append(feature.getLowerBound()).append("..").append(feature.getUpperBound())
                            .append(']');
                    if (feature instanceof EReference reference) {
                        text.append(reference.isContainment() ? " containment" : "");
                    } else if (((EAttribute) feature).isID()) {
                        text.append(" id");
                    }
                }
            } else if (classifier instanceof EEnum eEnum) {
                text.append(eEnum.getELiterals().stream().map(l -> l.getName() + "=" + l.getValue()).toList());
            }
            result.put(classifier.getName(), text.toString());
        }
        return result;
    }

    @Test
    void seriesArraysSurviveAnXmiRoundTrip(@TempDir Path folder) throws Exception {
        Indicator indicator = Fixtures.indicator("kindergarten", DesiredDirection.LOWER_IS_BETTER);
        IndicatorWorkspace workspace = (IndicatorWorkspace) EcoreUtil.getRootContainer(indicator);
        Series series = IndicatorsFactory.eINSTANCE.createSeries();
        series.setOrganisation("3101");
        series.setPeriods(new String[] {"2022", "2023", "2024K1"});
        series.setValues(new double[] {91.8, Double.NaN, 1e20});
        series.setStatuses(new String[] {null, "..", "a b%~"});
        indicator.getSeries().add(series);
        Series empty = IndicatorsFactory.eINSTANCE.createSeries();
        empty.setOrganisation("3103");
        empty.setPeriods(new String[0]);
        empty.setValues(new double[0]);
        indicator.getSeries().add(empty);

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        Path file = folder.resolve("indicators.xmi");
        Resource resource = resources.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(workspace);
        resource.save(null);
        assertTrue(Files.readString(file).contains("values=\"91.8 NaN 1.0E20\""), Files.readString(file));

        ResourceSet other = new ResourceSetImpl();
        other.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        Resource loaded = other.getResource(URI.createFileURI(file.toString()), true);
        IndicatorWorkspace copy = (IndicatorWorkspace) loaded.getContents().get(0);
        Series back = copy.getSets().get(0).getIndicators().get(0).getSeries().get(0);
        assertArrayEquals(series.getPeriods(), back.getPeriods());
        assertArrayEquals(series.getValues(), back.getValues());
        assertArrayEquals(series.getStatuses(), back.getStatuses());
        Series emptyBack = copy.getSets().get(0).getIndicators().get(0).getSeries().get(1);
        assertArrayEquals(new double[0], emptyBack.getValues());
        assertNull(emptyBack.getStatuses());
        assertEquals(List.of(), List.of(emptyBack.getPeriods()));
    }
}
