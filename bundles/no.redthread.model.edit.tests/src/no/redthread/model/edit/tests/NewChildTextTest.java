package no.redthread.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.model.plan.Case;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.provider.PlanItemProviderAdapterFactory;

/** What a "new" menu offers, as the Explorer asks for it: in the user's language, with the noun's gender. */
class NewChildTextTest {

    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    void bokmalAgreesWithTheNoun() {
        Plans.useLanguage("nb-NO");
        assertEquals(Set.of("Nytt mål", "Nytt tiltak"), texts(Plans.FACTORY.createPlan()));
        assertTrue(texts(Plans.planSystem()).containsAll(Set.of("Ny plan", "Ny sak", "Ny budsjettlinje")), texts(Plans.planSystem()).toString());
        assertEquals(Set.of("Nytt delmål", "Ny strategi"), texts(Plans.goal("Bedre folkehelse")));
    }

    @Test
    void nynorsk() {
        Plans.useLanguage("nn-NO");
        assertEquals(Set.of("Nytt mål", "Nytt tiltak"), texts(Plans.FACTORY.createPlan()));
        assertTrue(texts(Plans.planSystem()).contains("Ny plan"));
    }

    @Test
    void english() {
        Plans.useLanguage("en");
        assertEquals(Set.of("New goal", "New measure"), texts(Plans.FACTORY.createPlan()));
    }

    @Test
    void aNewChildIsNamedForWhatItIsNotByItsId() {
        Plans.useLanguage("nb-NO");
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new PlanItemProviderAdapterFactory(), new BasicCommandStack());
        Plan plan = Plans.FACTORY.createPlan();
        Set<String> names = domain.getNewChildDescriptors(plan, null).stream()
                .map(d -> (EObject) ((CommandParameter) d).getValue()).map(o -> o.eGet(o.eClass().getEStructuralFeature("name")))
                .map(String::valueOf).collect(Collectors.toSet());
        assertEquals(Set.of("Nytt mål", "Nytt tiltak"), names);
        Case decision = (Case) domain.getNewChildDescriptors(Plans.planSystem(), null).stream().map(d -> ((CommandParameter) d).getValue())
                .filter(Case.class::isInstance).findFirst().orElseThrow();
        assertEquals("Ny sak", decision.getTitle());
    }

    private static Set<String> texts(EObject owner) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new PlanItemProviderAdapterFactory(), new BasicCommandStack());
        return domain.getNewChildDescriptors(owner, null).stream()
                .map(descriptor -> CreateChildCommand.create(domain, owner, descriptor, List.of(owner)))
                .map(NewChildTextTest::text).collect(Collectors.toSet());
    }

    private static String text(Command command) {
        return ((CommandActionDelegate) command).getText();
    }
}
