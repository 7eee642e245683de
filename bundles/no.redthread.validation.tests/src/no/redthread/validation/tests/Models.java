package no.redthread.validation.tests;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import no.redthread.model.plan.BudgetLine;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Dimension;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanStatus;
import no.redthread.model.plan.PlanSystem;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;

/**
 * Small plan systems built in code. {@link #healthy()} has an unbroken red thread; each test breaks one thing in it,
 * so a finding can only come from the rule under test.
 */
final class Models {

    private static final PlanFactory F = PlanFactory.eINSTANCE;
    private static int nextId;

    final PlanSystem system;
    final Frame frame;
    final SdgTarget target11_1;
    final SdgTarget target3_4;
    final SdgTarget target2_4;
    final Theme housing;
    final Theme health;
    final Plan knowledge;
    final Plan strategy;
    final Plan community;
    final Plan action;
    final Goal goal;
    final Measure measure;
    final BudgetLine line;
    final Case sak;

    private Models() {
        system = F.createPlanSystem();
        system.setId(id("system"));
        frame = F.createFrame();
        frame.setId(id("frame"));
        system.setFrame(frame);
        Sdg sdg2 = sdg(2);
        target2_4 = target(sdg2, "2.4");
        Sdg sdg3 = sdg(3);
        target3_4 = target(sdg3, "3.4");
        Sdg sdg11 = sdg(11);
        target11_1 = target(sdg11, "11.1");
        Dimension social = F.createDimension();
        social.setId(id("dim"));
        frame.getDimensions().add(social);
        health = theme(social, "Folkehelse", "Public health");
        housing = theme(social, "Bolig", "Housing");

        knowledge = plan(PlanKind.KUNNSKAPSGRUNNLAG, "Kunnskapsgrunnlag 2023", null);
        strategy = plan(PlanKind.PLANSTRATEGI, "Planstrategi 2024–2027", knowledge);
        community = plan(PlanKind.SAMFUNNSDEL, "Samfunnsdel 2025–2037", strategy);
        action = plan(PlanKind.HANDLINGS_OG_OKONOMIPLAN, "Handlings- og økonomiplan 2026–2029", community);
        goal = goal(community, "Boliger for alle", target11_1, housing);
        measure = measure(action, "Nye boligtomter", FundingStatus.FUNDED, goal);
        line = budgetLine("Investering: boligtomter", measure);
        sak = sak("Salg av tomter", goal);
    }

    /** A plan system whose red thread holds: knowledge base → strategy → community part → action plan. */
    static Models healthy() {
        return new Models();
    }

    static String id(String prefix) {
        return prefix + "-" + (++nextId);
    }

    private Sdg sdg(int number) {
        Sdg sdg = F.createSdg();
        sdg.setId("sdg-" + number);
        sdg.setNumber(number);
        frame.getSdgs().add(sdg);
        return sdg;
    }

    private static SdgTarget target(Sdg sdg, String code) {
        SdgTarget target = F.createSdgTarget();
        target.setId("sdg-" + code);
        target.setCode(code);
        sdg.getTargets().add(target);
        return target;
    }

    private static Theme theme(Dimension dimension, String nameNb, String nameEn) {
        Theme theme = F.createTheme();
        theme.setId(id("theme"));
        theme.setNameNb(nameNb);
        theme.setNameEn(nameEn);
        dimension.getThemes().add(theme);
        return theme;
    }

    Plan plan(PlanKind kind, String name, Plan follows) {
        Plan plan = standalonePlan(kind, name, follows);
        system.getPlans().add(plan);
        return plan;
    }

    static Plan standalonePlan(PlanKind kind, String name, Plan follows) {
        Plan plan = F.createPlan();
        plan.setId(id("plan"));
        plan.setKind(kind);
        plan.setName(name);
        plan.setStatus(PlanStatus.ADOPTED);
        plan.setFollows(follows);
        return plan;
    }

    /** A goal addressing the given SDG targets and themes. */
    static Goal goal(Plan plan, String name, EObject... anchors) {
        Goal goal = F.createGoal();
        goal.setId(id("goal"));
        goal.setName(name);
        for (EObject anchor : anchors) {
            if (anchor instanceof SdgTarget target) {
                goal.getAddressedSdgTargets().add(target);
            } else {
                goal.getAddressedThemes().add((Theme) anchor);
            }
        }
        plan.getGoals().add(goal);
        return goal;
    }

    static Measure measure(Plan plan, String name, FundingStatus status, Goal... follows) {
        Measure measure = F.createMeasure();
        measure.setId(id("measure"));
        measure.setName(name);
        if (status != null) {
            measure.setFundingStatus(status);
        }
        measure.getFollows().addAll(List.of(follows));
        plan.getMeasures().add(measure);
        return measure;
    }

    BudgetLine budgetLine(String name, Measure... funds) {
        BudgetLine line = F.createBudgetLine();
        line.setId(id("line"));
        line.setName(name);
        line.setYear(2026);
        line.setAmount(1_000_000);
        line.getFunds().addAll(List.of(funds));
        system.getBudgetLines().add(line);
        return line;
    }

    Case sak(String title, Goal... refersTo) {
        Case sak = F.createCase();
        sak.setId(id("case"));
        sak.setTitle(title);
        sak.getRefersTo().addAll(List.of(refersTo));
        system.getCases().add(sak);
        return sak;
    }
}
