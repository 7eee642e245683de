package no.redthread.model.edit.tests;

import java.util.Locale;

import org.eclipse.emf.common.notify.AdapterFactory;

import no.redthread.model.plan.BudgetLine;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanSystem;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;

/** Small model objects for the tests, and a way to ask an adapter factory for an item provider. */
final class Plans {

    static final PlanFactory FACTORY = PlanFactory.eINSTANCE;

    private Plans() {
    }

    static void useLanguage(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
    }

    static <T> T adapt(AdapterFactory factory, Object object, Class<T> type) {
        Object adapter = factory.adapt(object, type);
        if (!type.isInstance(adapter)) {
            throw new AssertionError("no " + type.getSimpleName() + " for " + object);
        }
        return type.cast(adapter);
    }

    static Goal goal(String name) {
        Goal goal = FACTORY.createGoal();
        goal.setId("goal-" + name.hashCode());
        goal.setName(name);
        return goal;
    }

    static Measure measure(String name) {
        Measure measure = FACTORY.createMeasure();
        measure.setId("measure-" + name.hashCode());
        measure.setName(name);
        return measure;
    }

    /** Bergen's plan system: a community part with two goals and a measure, a case and a budget line. */
    static PlanSystem planSystem() {
        PlanSystem system = FACTORY.createPlanSystem();
        system.setId("plan-system-1");
        system.setName("Bergen kommune");
        Organisation bergen = FACTORY.createOrganisation();
        bergen.setNumber("4601");
        bergen.setName("Bergen");
        system.setOrganisation(bergen);
        Plan plan = FACTORY.createPlan();
        plan.setId("plan-1");
        plan.setName("Kommuneplanens samfunnsdel 2024–2036");
        plan.setKind(PlanKind.SAMFUNNSDEL);
        plan.getGoals().add(goal("Bedre folkehelse"));
        plan.getGoals().add(goal("Trygge lokalsamfunn"));
        plan.getMeasures().add(measure("Trygge skoleveier"));
        system.getPlans().add(plan);
        Case decision = FACTORY.createCase();
        decision.setTitle("Ny skole på Nordnes");
        system.getCases().add(decision);
        BudgetLine line = FACTORY.createBudgetLine();
        line.setName("Skolebygg");
        line.setYear(2025);
        system.getBudgetLines().add(line);
        return system;
    }

    static Sdg sdg(int number, String shortNameNb, String shortNameEn) {
        Sdg sdg = FACTORY.createSdg();
        sdg.setId("sdg-" + number);
        sdg.setNumber(number);
        sdg.setShortNameNb(shortNameNb);
        sdg.setShortNameEn(shortNameEn);
        return sdg;
    }

    static SdgTarget sdgTarget(String code, String textNb, String textEn) {
        SdgTarget target = FACTORY.createSdgTarget();
        target.setId("sdg-" + code);
        target.setCode(code);
        target.setTextNb(textNb);
        target.setTextEn(textEn);
        return target;
    }
}
