package no.redthread.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanSystem;
import no.redthread.model.plan.Rule;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;
import no.redthread.model.plan.provider.PlanItemProviderAdapterFactory;

/** The text item providers give the tree: the object's name, title or code, in the user's language. */
class LabelTextTest {

    private static final String TARGET_3_4_NB = "Redusere for tidlig død som følge av ikke-smittsomme sykdommer med "
            + "en tredel innen 2030, gjennom forebygging og behandling, og fremme mental helse og livskvalitet";
    private static final String TARGET_3_4_EN = "By 2030, reduce by one third premature mortality from non-communicable "
            + "diseases through prevention and treatment and promote mental health and well-being";

    private final Locale original = Locale.getDefault();
    private final PlanItemProviderAdapterFactory factory = new PlanItemProviderAdapterFactory();

    @AfterEach
    void restore() {
        Locale.setDefault(original);
        factory.dispose();
    }

    @Test
    void userObjectsShowTheirTypeAndName() {
        Plans.useLanguage("nb");
        PlanSystem system = Plans.planSystem();
        Plan plan = system.getPlans().get(0);
        assertEquals("Plansystem: Bergen kommune", text(system));
        assertEquals("4601 Bergen", text(system.getOrganisation()));
        assertEquals("Plan: Kommuneplanens samfunnsdel 2024–2036", text(plan));
        assertEquals("Mål: Bedre folkehelse", text(plan.getGoals().get(0)));
        assertEquals("Tiltak: Trygge skoleveier", text(plan.getMeasures().get(0)));
        assertEquals("Sak: Ny skole på Nordnes", text(system.getCases().get(0)));
        assertEquals("Budsjettlinje: Skolebygg (2025)", text(system.getBudgetLines().get(0)));
        assertEquals("Mål", text(Plans.FACTORY.createGoal()), "an unnamed goal shows its type");
        assertEquals("Delmål", text(Plans.FACTORY.createTarget()));
        Plan unnamed = Plans.FACTORY.createPlan();
        unnamed.setKind(PlanKind.HANDLINGS_OG_OKONOMIPLAN);
        assertEquals("Plan: Handlings- og økonomiplan", text(unnamed), "an unnamed plan shows its kind");
    }

    @Test
    void userObjectsInNynorskAndEnglish() {
        Plans.useLanguage("nn");
        assertEquals("Tiltak: Trygge skoleveier", text(Plans.measure("Trygge skoleveier")));
        Plans.useLanguage("en");
        assertEquals("Goal: Bedre folkehelse", text(Plans.goal("Bedre folkehelse")));
        assertEquals("Measure", text(Plans.FACTORY.createMeasure()));
    }

    @Test
    void sdgTargetsShowTheCodeAndTheShortenedTextOfTheReadersLanguage() {
        SdgTarget target = Plans.sdgTarget("3.4", TARGET_3_4_NB, TARGET_3_4_EN);
        Plans.useLanguage("nb");
        String label = text(target);
        assertTrue(label.startsWith("3.4 Redusere for tidlig død"), label);
        assertTrue(label.endsWith("…"), label);
        assertTrue(label.length() <= "3.4 ".length() + 60, label);

        target.setNbTextFlagged(true);
        assertTrue(text(target).startsWith("3.4 By 2030, reduce"), "a flagged nb text gives way to the English text");
        target.setLocalWording("Færre dør tidlig");
        assertEquals("3.4 Færre dør tidlig", text(target), "the user's own wording wins");

        Plans.useLanguage("en");
        assertTrue(text(target).startsWith("3.4 By 2030, reduce by one third"), text(target));
    }

    @Test
    void sdgsAndTheFrameFollowTheLanguage() {
        Sdg sdg = Plans.sdg(3, "God helse og livskvalitet", "Good health and well-being");
        Theme theme = Plans.FACTORY.createTheme();
        theme.setNameNb("Folkehelse");
        theme.setNameEn("Public health");
        Rule rule = Plans.FACTORY.createRule();
        rule.setTextNb("Kommunen\n  legger til rette for fysisk aktivitet i hverdagen for alle aldersgrupper og alle bydeler");
        Plans.useLanguage("nb");
        assertEquals("3 God helse og livskvalitet", text(sdg));
        assertEquals("Folkehelse", text(theme));
        String ruleText = text(rule);
        assertTrue(ruleText.startsWith("Kommunen legger til rette") && ruleText.endsWith("…"), ruleText);
        Plans.useLanguage("en");
        assertEquals("3 Good health and well-being", text(sdg));
        assertEquals("Public health", text(theme));
        assertTrue(text(rule).startsWith("Kommunen legger"), "without an English text the Norwegian one is shown");
    }

    @Test
    void changesAreAnnouncedAsLabelUpdatesOrContentRefreshes() {
        Plans.useLanguage("nb");
        Plan plan = Plans.planSystem().getPlans().get(0);
        Goal goal = plan.getGoals().get(0);
        text(plan);
        text(goal);
        List<ViewerNotification> heard = new ArrayList<>();
        factory.addListener(notification -> heard.add((ViewerNotification) notification));

        goal.setName("Bedre psykisk helse");
        plan.getGoals().add(Plans.goal("Ny"));

        assertEquals(2, heard.size());
        assertEquals(goal, heard.get(0).getElement());
        assertTrue(heard.get(0).isLabelUpdate() && !heard.get(0).isContentRefresh());
        assertEquals(plan, heard.get(1).getElement());
        assertTrue(heard.get(1).isContentRefresh());
        assertEquals(Notification.ADD, heard.get(1).getEventType());
    }

    private String text(Object object) {
        return Plans.adapt(factory, object, IItemLabelProvider.class).getText(object);
    }
}
