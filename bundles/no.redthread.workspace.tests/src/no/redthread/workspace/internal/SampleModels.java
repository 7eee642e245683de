package no.redthread.workspace.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import no.redthread.core.catalogue.Municipality;
import no.redthread.model.plan.BudgetLine;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanStatus;
import no.redthread.model.plan.PlanSystem;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Strategy;
import no.redthread.model.plan.Target;
import no.redthread.model.plan.Theme;

/**
 * Deterministic plan systems for tests: the same arguments give an equal model, so a test (or a
 * child JVM) can rebuild the state it expects to find on disk. About 72 objects per goal-per-plan.
 */
public final class SampleModels {

    public static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private SampleModels() {
    }

    public static Municipality municipality(String number, String name) {
        return new Municipality(number, name, name, number.substring(0, 2));
    }

    /** A plan system with {@code goalsPerPlan} goals in each of its ten plans, measures, cases and budget. */
    public static PlanSystem planSystem(String number, String name, int goalsPerPlan, long seed) {
        PlanSystem system = Skeleton.create(municipality(number, name), null, DAY);
        Random random = new Random(seed);
        List<Goal> goals = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        for (Plan plan : system.getPlans()) {
            String prefix = plan.getId().substring("plan-".length());
            List<Goal> planGoals = new ArrayList<>();
            for (int g = 0; g < goalsPerPlan; g++) {
                Goal goal = goal(prefix + "-" + g, random);
                planGoals.add(goal);
                plan.getGoals().add(goal);
            }
            for (int m = 0; m < goalsPerPlan; m++) {
                Measure measure = measure(prefix + "-" + m, random, planGoals);
                measures.add(measure);
                plan.getMeasures().add(measure);
            }
            goals.addAll(planGoals);
            if (random.nextBoolean()) {
                plan.setStatus(PlanStatus.ADOPTED);
                plan.setAdoptionDate(DAY.minusDays(random.nextInt(900)));
            }
        }
        for (int i = 0; i < 2 * goalsPerPlan; i++) {
            Case c = F.createCase();
            c.setId("case-" + i);
            c.setTitle("Sak " + i + "/2025: «Gang- og sykkelvei» – \"høring\"");
            c.setDate(DAY.plusDays(i));
            c.setDecisionBody(i % 2 == 0 ? "kommunestyret" : "formannskapet");
            c.getRefersTo().add(goals.get(random.nextInt(goals.size())));
            system.getCases().add(c);
            BudgetLine line = F.createBudgetLine();
            line.setId("budget-" + i);
            line.setName("Ansvar " + (1000 + i));
            line.setYear(2025 + i % 4);
            line.setAmount(random.nextInt(1_000_000) * 100.0 + 0.25);
            line.getFunds().add(measures.get(random.nextInt(measures.size())));
            system.getBudgetLines().add(line);
        }
        return system;
    }

    private static Goal goal(String key, Random random) {
        Goal goal = F.createGoal();
        goal.setId("goal-" + key);
        goal.setName("Mål " + key + ": trygge og gode bumiljø for alle, også i Guovdageaidnu");
        goal.setDescription("Linje én\nLinje to med \"sitat\", tabulator\t og æøå ÆØÅ " + random.nextInt(1000));
        for (int t = 0; t < 3; t++) {
            Target target = F.createTarget();
            target.setId("target-" + key + "-" + t);
            target.setName("Delmål " + t);
            goal.getTargets().add(target);
        }
        for (int s = 0; s < 2; s++) {
            Strategy strategy = F.createStrategy();
            strategy.setId("strategy-" + key + "-" + s);
            strategy.setName("Strategi " + s);
            strategy.setDescription(random.nextBoolean() ? null : "Samarbeid med frivillige lag");
            goal.getStrategies().add(strategy);
        }
        return goal;
    }

    private static Measure measure(String key, Random random, List<Goal> goals) {
        Measure measure = F.createMeasure();
        measure.setId("measure-" + key);
        measure.setName("Tiltak " + key);
        measure.setResponsibleUnit("Enhet for plan og utvikling");
        measure.setCostPerYear(random.nextInt(5000) * 1000.0 + 0.1);
        measure.setStartYear(2025 + random.nextInt(3));
        measure.setEndYear(random.nextBoolean() ? null : 2029);
        measure.setFundingStatus(FundingStatus.get(random.nextInt(3)));
        if (!goals.isEmpty()) {
            measure.getFollows().add(goals.get(random.nextInt(goals.size())));
        }
        return measure;
    }

    /** Links goals to the frame (SDG targets and themes), when the plan system has one. */
    public static void addressFrame(PlanSystem system, long seed) {
        if (system.getFrame() == null) {
            return;
        }
        Random random = new Random(seed);
        List<SdgTarget> targets = system.getFrame().getSdgs().stream().flatMap(sdg -> sdg.getTargets().stream()).toList();
        List<Theme> themes = system.getFrame().getDimensions().stream().flatMap(d -> d.getThemes().stream()).toList();
        for (Plan plan : system.getPlans()) {
            for (Goal goal : plan.getGoals()) {
                goal.getAddressedSdgTargets().add(targets.get(random.nextInt(targets.size())));
                goal.getAddressedThemes().add(themes.get(random.nextInt(themes.size())));
            }
        }
    }
}
