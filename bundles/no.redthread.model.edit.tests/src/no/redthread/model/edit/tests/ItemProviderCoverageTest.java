package no.redthread.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Identified;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.PlanSystem;
import no.redthread.model.plan.provider.PlanItemProviderAdapterFactory;

/** Every class of the plan model has an item provider, with a property per attribute and cross reference. */
class ItemProviderCoverageTest {

    private final PlanItemProviderAdapterFactory factory = new PlanItemProviderAdapterFactory();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    @Test
    void everyClassHasAPropertyDescriptorForEachAttributeAndCrossReference() {
        List<EClass> classes = concreteClasses();
        assertEquals(15, classes.size(), "concrete classes of the plan model");
        for (EClass eClass : classes) {
            EObject object = PlanPackage.eINSTANCE.getEFactoryInstance().create(eClass);
            for (Class<?> type : List.of(IItemLabelProvider.class, ITreeItemContentProvider.class,
                    IEditingDomainItemProvider.class, IItemPropertySource.class)) {
                Plans.adapt(factory, object, type);
            }
            List<IItemPropertyDescriptor> descriptors = Plans.adapt(factory, object, IItemPropertySource.class)
                    .getPropertyDescriptors(object);
            Set<Object> described = new HashSet<>();
            for (IItemPropertyDescriptor descriptor : descriptors) {
                described.add(descriptor.getFeature(object));
                String name = descriptor.getDisplayName(object);
                assertFalse(name.isBlank() || name.startsWith("_UI_"), eClass.getName() + ": " + name);
                assertFalse(descriptor.getDescription(object).isBlank(), eClass.getName() + "." + name);
                boolean isId = descriptor.getFeature(object) == PlanPackage.Literals.IDENTIFIED__ID;
                assertEquals(!isId, descriptor.canSetProperty(object), eClass.getName() + "." + name + " editable");
            }
            assertEquals(propertyFeatures(eClass), described, eClass.getName());
        }
    }

    @Test
    void containedObjectsAreChildrenInTheTree() {
        for (EClass eClass : concreteClasses()) {
            EObject owner = PlanPackage.eINSTANCE.getEFactoryInstance().create(eClass);
            List<EObject> expected = new ArrayList<>();
            for (EReference containment : eClass.getEAllContainments()) {
                EObject child = PlanPackage.eINSTANCE.getEFactoryInstance().create(containment.getEReferenceType());
                if (containment.isMany()) {
                    @SuppressWarnings("unchecked")
                    Collection<EObject> list = (Collection<EObject>) owner.eGet(containment);
                    list.add(child);
                } else {
                    owner.eSet(containment, child);
                }
                expected.add(child);
            }
            Collection<?> children = Plans.adapt(factory, owner, ITreeItemContentProvider.class).getChildren(owner);
            assertEquals(expected, new ArrayList<>(children), eClass.getName());
        }
    }

    @Test
    void referenceChoicesComeFromTheWholeResourceSet() {
        PlanSystem bergen = Plans.planSystem();
        PlanSystem county = Plans.planSystem();
        Plan countyPlan = county.getPlans().get(0);
        countyPlan.getGoals().clear();
        Goal regional = Plans.goal("Regional attraktivitet");
        countyPlan.getGoals().add(regional);
        ResourceSet resources = new ResourceSetImpl();
        resources.getResources().add(resource("bergen", bergen));
        resources.getResources().add(resource("county", county));

        Measure measure = bergen.getPlans().get(0).getMeasures().get(0);
        IItemPropertyDescriptor follows = descriptor(measure, PlanPackage.Literals.MEASURE__FOLLOWS);
        Collection<?> choices = follows.getChoiceOfValues(measure);

        List<Goal> goals = new ArrayList<>(bergen.getPlans().get(0).getGoals());
        goals.add(regional);
        assertTrue(choices.containsAll(goals), "every goal of the resource set: " + choices);
        assertTrue(choices.stream().allMatch(choice -> choice == null || choice instanceof Goal), "only goals: " + choices);
        assertTrue(follows.isMany(measure));
    }

    @Test
    void newChildrenGetStableIds() {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        Plan plan = Plans.planSystem().getPlans().get(0);
        Collection<?> descriptors = Plans.adapt(factory, plan, IEditingDomainItemProvider.class)
                .getNewChildDescriptors(plan, domain, null);
        assertEquals(2, descriptors.size(), "a goal and a measure");
        for (Object descriptor : descriptors) {
            Identified child = (Identified) ((CommandParameter) descriptor).getValue();
            String prefix = child instanceof Goal ? "goal-" : "measure-";
            assertTrue(child.getId().matches(prefix + "[0-9a-f]{16}"), child.getId());
        }
    }

    private IItemPropertyDescriptor descriptor(EObject owner, EStructuralFeature feature) {
        return Plans.adapt(factory, owner, IItemPropertySource.class).getPropertyDescriptors(owner).stream()
                .filter(d -> d.getFeature(owner) == feature).findFirst().orElseThrow();
    }

    private static Resource resource(String name, EObject root) {
        Resource resource = new ResourceImpl(URI.createURI("memory:/" + name + ".json"));
        resource.getContents().add(root);
        return resource;
    }

    /** Attributes and non-containment references are properties; containments are children in the tree. */
    private static Set<Object> propertyFeatures(EClass eClass) {
        Set<Object> features = new HashSet<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (!(feature instanceof EReference reference && reference.isContainment())) {
                features.add(feature);
            }
        }
        return features;
    }

    static List<EClass> concreteClasses() {
        return PlanPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(eClass -> !eClass.isAbstract()).toList();
    }
}
