package no.redthread.demo.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import no.redthread.model.api.ModelIds;
import no.redthread.model.plan.BudgetLine;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanStatus;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Strategy;
import no.redthread.model.plan.Target;
import no.redthread.model.plan.Theme;

/**
 * Creates the demo's model objects in one line each, with fresh ids from {@link ModelIds} (as the editors do), and
 * links goals to the frame's own SDG target and theme objects, so the demo shares them with every other module.
 */
final class DemoFactory {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private final Map<String, SdgTarget> targetsByCode = new HashMap<>();
    private final Map<String, Theme> themesById = new HashMap<>();

    DemoFactory(Frame frame) {
        for (TreeIterator<EObject> it = frame.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof SdgTarget target) {
                targetsByCode.put(target.getCode(), target);
            } else if (object instanceof Theme theme) {
                themesById.put(theme.getId(), theme);
            }
        }
    }

    Plan plan(PlanKind kind, String name, String electionPeriod, PlanStatus status, LocalDate adopted, Plan follows) {
        Plan plan = F.createPlan();
        plan.setId(ModelIds.newId("plan"));
        plan.setKind(kind);
        plan.setName(name);
        plan.setElectionPeriod(electionPeriod);
        plan.setStatus(status);
        plan.setAdoptionDate(adopted);
        plan.setFollows(follows);
        return plan;
    }

    /** A goal addressing the SDG targets (UN codes) and themes (catalogue ids) the frame has. */
    Goal goal(String name, String description, List<String> sdgCodes, List<String> themeIds) {
        Goal goal = F.createGoal();
        goal.setId(ModelIds.newId("goal"));
        goal.setName(name);
        goal.setDescription(description);
        sdgCodes.stream().map(targetsByCode::get).filter(t -> t != null).forEach(goal.getAddressedSdgTargets()::add);
        themeIds.stream().map(themesById::get).filter(t -> t != null).forEach(goal.getAddressedThemes()::add);
        return goal;
    }

    Target target(String name) {
        Target target = F.createTarget();
        target.setId(ModelIds.newId("target"));
        target.setName(name);
        return target;
    }

    Strategy strategy(String name) {
        Strategy strategy = F.createStrategy();
        strategy.setId(ModelIds.newId("strategy"));
        strategy.setName(name);
        return strategy;
    }

    Measure measure(String name, String responsibleUnit, double costPerYear, int startYear, int endYear,
            FundingStatus fundingStatus, List<Goal> follows) {
        Measure measure = F.createMeasure();
        measure.setId(ModelIds.newId("measure"));
        measure.setName(name);
        measure.setResponsibleUnit(responsibleUnit);
        measure.setCostPerYear(costPerYear);
        measure.setStartYear(startYear);
        measure.setEndYear(endYear);
        measure.setFundingStatus(fundingStatus);
        measure.getFollows().addAll(follows);
        return measure;
    }

    BudgetLine budgetLine(String name, int year, double amount, List<Measure> funds) {
        BudgetLine line = F.createBudgetLine();
        line.setId(ModelIds.newId("budget"));
        line.setName(name);
        line.setYear(year);
        line.setAmount(amount);
        line.getFunds().addAll(funds);
        return line;
    }

    Case sak(String title, LocalDate date, String decisionBody, List<Goal> refersTo) {
        Case sak = F.createCase();
        sak.setId(ModelIds.newId("case"));
        sak.setTitle(title);
        sak.setDate(date);
        sak.setDecisionBody(decisionBody);
        sak.getRefersTo().addAll(refersTo);
        return sak;
    }
}
