package no.redthread.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.demo.DemoPlanSystem;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Identified;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanStatus;
import no.redthread.model.plan.PlanSystem;
import no.redthread.validation.ChainNode;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadChain;
import no.redthread.validation.RedThreadValidator;

/** The demo as the running framework publishes it, checked against the catalogue and the red-thread validator. */
class DemoPlanSystemTest {

    private static final List<ServiceTracker<?, ?>> TRACKERS = new ArrayList<>();
    private static DemoPlanSystem demo;
    private static CatalogueService catalogue;
    private static RedThreadValidator validator;

    @BeforeAll
    static void findServices() throws BundleException, InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(DemoPlanSystem.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        demo = service(bundle.getBundleContext(), DemoPlanSystem.class);
        catalogue = service(bundle.getBundleContext(), CatalogueService.class);
        validator = service(bundle.getBundleContext(), RedThreadValidator.class);
    }

    private static <S> S service(BundleContext context, Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        TRACKERS.add(tracker);
        S service = tracker.waitForService(10_000);
        assertNotNull(service, "no " + type.getSimpleName() + " within 10 s");
        return service;
    }

    @AfterAll
    static void close() {
        TRACKERS.forEach(ServiceTracker::close);
    }

    @Test
    void theDemoShowsExactlyItsDeliberateBreaks() {
        List<Finding> findings = validator.validate(demo.create());

        assertEquals(List.of(
                "measure.no-goal Ny sak- og arkivløsning",
                "plan.no-predecessor Virksomhetsplan 2026 for helse og omsorg",
                "goal.no-measure Trygg og klimavennlig mobilitet i hele kommunen",
                "measure.unfunded Leie-til-eie-boliger for unge i etableringsfasen",
                "measure.no-budget-line Sertifisering som bærekraftig reisemål sammen med reiselivet",
                "case.no-goal Innkjøp av ny tankbil til brann- og redningstjenesten"),
                findings.stream().map(f -> f.ruleId() + " " + name(f.subject())).toList());
        findings.forEach(f -> assertTrue(f.message(Locale.forLanguageTag("nb")).contains(name(f.subject())), f.message()));
    }

    @Test
    void theChainMarksTheSameBreaks() {
        List<ChainNode> breaks = RedThreadChain.of(demo.create()).breaks();

        assertEquals(Set.of("Trygg og klimavennlig mobilitet i hele kommunen",
                "Leie-til-eie-boliger for unge i etableringsfasen",
                "Sertifisering som bærekraftig reisemål sammen med reiselivet",
                "Ny sak- og arkivløsning",
                "Innkjøp av ny tankbil til brann- og redningstjenesten"),
                breaks.stream().map(node -> name(node.element())).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void itHasTheTenPlansOfTheRedThreadEachFollowingItsPredecessor() {
        PlanSystem system = demo.create();
        List<Plan> plans = system.getPlans();

        assertEquals(List.of(PlanKind.values()).subList(0, 4), plans.stream().map(Plan::getKind).toList().subList(0, 4));
        assertEquals(Set.copyOf(List.of(PlanKind.values()).subList(0, 10)),
                Set.copyOf(plans.stream().map(Plan::getKind).toList()));
        assertEquals(10, plans.size());
        for (Plan plan : plans) {
            assertTrue(plan.getElectionPeriod().matches("20\\d\\d-20\\d\\d"), plan.getName());
            assertEquals(plan.getStatus() == PlanStatus.ADOPTED, plan.getAdoptionDate() != null, plan.getName());
            assertFalse(plan.getStatus() == PlanStatus.EXPIRED, plan.getName());
            if (plan.getFollows() != null) {
                assertTrue(plan.getFollows().getAdoptionDate() == null || plan.getAdoptionDate() == null
                        || !plan.getAdoptionDate().isBefore(plan.getFollows().getAdoptionDate()),
                        plan.getName() + " is adopted before the plan it follows up");
            }
        }
        assertNull(plans.get(0).getFollows());
        assertSame(plans.get(0), plans.get(1).getFollows());
        assertSame(plans.get(1), plans.get(2).getFollows());
        assertSame(plans.get(2), plans.get(3).getFollows());
    }

    @Test
    void theCommunityPartHasTheGoalsAndTheActionPlanTheMeasures() {
        PlanSystem system = demo.create();
        Plan community = plan(system, PlanKind.SAMFUNNSDEL);
        Plan action = plan(system, PlanKind.HANDLINGS_OG_OKONOMIPLAN);

        assertEquals(10, community.getGoals().size());
        assertEquals(19, action.getMeasures().size());
        assertEquals(29, system.getPlans().stream().mapToInt(p -> p.getGoals().size() + p.getMeasures().size()).sum(),
                "no other plan has goals or measures");
        assertEquals(14, system.getBudgetLines().size());
        assertEquals(5, system.getCases().size());
        for (Measure measure : action.getMeasures()) {
            assertFalse(measure.getResponsibleUnit().isBlank(), measure.getName());
            assertTrue(measure.getCostPerYear() > 0, measure.getName());
            assertTrue(measure.getStartYear() >= 2026 && measure.getStartYear() <= measure.getEndYear()
                    && measure.getEndYear() <= 2029, measure.getName());
        }
        for (Case sak : system.getCases()) {
            assertNotNull(sak.getDate(), sak.getTitle());
            assertTrue(Set.of("Kommunestyret", "Formannskapet").contains(sak.getDecisionBody()), sak.getTitle());
        }
        assertEquals(1, system.getCases().stream().filter(sak -> sak.getRefersTo().isEmpty()).count());
    }

    @Test
    void goalsLinkToTheFramesOwnSdgTargetsAndThemes() {
        PlanSystem system = demo.create();
        Frame frame = system.getFrame();
        List<Goal> goals = plan(system, PlanKind.SAMFUNNSDEL).getGoals();

        assertEquals(28, goals.stream().mapToInt(g -> g.getAddressedSdgTargets().size()).sum(), "every code was found");
        assertEquals(13, goals.stream().mapToInt(g -> g.getAddressedThemes().size()).sum(), "every theme was found");
        goals.stream().flatMap(g -> Stream.concat(g.getAddressedSdgTargets().stream(), g.getAddressedThemes().stream()))
                .forEach(anchor -> assertTrue(EcoreUtil.isAncestor(frame, anchor), ((Identified) anchor).getId()));
        assertEquals("11.1", goals.stream().filter(g -> g.getName().startsWith("Det finnes varierte boliger")).findFirst()
                .orElseThrow().getAddressedSdgTargets().get(0).getCode());
    }

    @Test
    void theOrganisationIsRorosAsTheRegisterHasIt() {
        Organisation organisation = demo.create().getOrganisation();
        Organisation registered = catalogue.createOrganisation(DemoPlanSystem.MUNICIPALITY_NUMBER);

        assertTrue(EcoreUtil.equals(registered, organisation), organisation.getName());
        assertEquals("Trøndelag", catalogue.county(organisation.getCountyNumber()).orElseThrow().name());
    }

    @Test
    void thePlanSystemHasTheNameOfTheOrganisationAsTheRegisterHasIt() {
        PlanSystem system = demo.create();
        String registered = catalogue.createOrganisation(DemoPlanSystem.MUNICIPALITY_NUMBER).getName();

        assertEquals(registered, system.getOrganisation().getName(), "the window title's name");
        assertTrue(system.getName().startsWith(registered + " – "), "the Explorer's name: " + system.getName());
    }

    @Test
    void itSaysItIsAnIllustrativeExample() {
        assertTrue(demo.create().getName().contains("Illustrativt eksempel – ikke kommunens vedtatte planer"));
    }

    @Test
    void everyObjectHasItsOwnIdAndEachDemoIsNew() {
        PlanSystem first = demo.create();
        PlanSystem second = demo.create();
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(first, true)) {
            String id = ((Identified) object).getId();
            assertFalse(id == null || id.isBlank(), object.eClass().getName() + " without id");
            if (!ids.add(id)) {
                duplicates.add(id);
            }
        }

        assertEquals(List.of(), duplicates);
        assertTrue(ids.size() > 300, "the frame's objects are counted too: " + ids.size());
        assertNotSame(first.getFrame(), second.getFrame());
        assertFalse(first.getId().equals(second.getId()));
    }

    @Test
    void aTrimmedFrameLeavesOutTheLinksItLacks() {
        Frame empty = PlanFactory.eINSTANCE.createFrame();
        empty.setId("frame-empty");

        PlanSystem system = demo.create(empty);

        assertSame(empty, system.getFrame());
        assertTrue(plan(system, PlanKind.SAMFUNNSDEL).getGoals().stream()
                .allMatch(g -> g.getAddressedSdgTargets().isEmpty() && g.getAddressedThemes().isEmpty()));
    }

    @Test
    void aFrameIsRequired() {
        assertThrows(NullPointerException.class, () -> demo.create(null));
    }

    private static Plan plan(PlanSystem system, PlanKind kind) {
        return system.getPlans().stream().filter(p -> p.getKind() == kind).findFirst().orElseThrow();
    }

    private static String name(EObject object) {
        return switch (object) {
            case Plan plan -> plan.getName();
            case Goal goal -> goal.getName();
            case Measure measure -> measure.getName();
            case Case sak -> sak.getTitle();
            default -> object.toString();
        };
    }
}
