package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.model.plan.OrganisationKind;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanStatus;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;

/** A new workspace for a municipality: the organisation, the ten red-thread plans and the frame. */
class SkeletonTest {

    @TempDir
    Path folder;

    @Test
    void theTenPlansAreDraftsLinkedAlongTheRedThread() {
        PlanSystem system = Skeleton.create(SampleModels.municipality("1871", "Andøy"), null, LocalDate.of(2025, 6, 1));

        List<Plan> plans = system.getPlans();
        assertEquals(List.of(PlanKind.KUNNSKAPSGRUNNLAG, PlanKind.PLANSTRATEGI, PlanKind.SAMFUNNSDEL,
                PlanKind.HANDLINGS_OG_OKONOMIPLAN, PlanKind.AREALDEL, PlanKind.REGULERINGSPLAN,
                PlanKind.TEMATISK_KOMMUNEDELPLAN, PlanKind.VIRKSOMHETSPLAN, PlanKind.ARSMELDING, PlanKind.SAKSBEHANDLING),
                plans.stream().map(Plan::getKind).toList());
        assertEquals(List.of("Kunnskapsgrunnlag", "Kommunal planstrategi", "Kommuneplanens samfunnsdel",
                "Handlings- og økonomiplan med årsbudsjett", "Kommuneplanens arealdel", "Reguleringsplan",
                "Tematisk kommunedelplan", "Virksomhetsplaner", "Rapportering og årsmelding", "Saksbehandling"),
                plans.stream().map(Plan::getName).toList());
        assertTrue(plans.stream().allMatch(p -> p.getStatus() == PlanStatus.DRAFT && "2023-2027".equals(p.getElectionPeriod())));
        Map<PlanKind, PlanKind> follows = plans.stream().filter(p -> p.getFollows() != null)
                .collect(Collectors.toMap(Plan::getKind, p -> p.getFollows().getKind()));
        assertEquals(Map.of(PlanKind.PLANSTRATEGI, PlanKind.KUNNSKAPSGRUNNLAG,
                PlanKind.SAMFUNNSDEL, PlanKind.PLANSTRATEGI,
                PlanKind.HANDLINGS_OG_OKONOMIPLAN, PlanKind.SAMFUNNSDEL,
                PlanKind.AREALDEL, PlanKind.SAMFUNNSDEL,
                PlanKind.REGULERINGSPLAN, PlanKind.AREALDEL,
                PlanKind.TEMATISK_KOMMUNEDELPLAN, PlanKind.SAMFUNNSDEL,
                PlanKind.VIRKSOMHETSPLAN, PlanKind.HANDLINGS_OG_OKONOMIPLAN,
                PlanKind.ARSMELDING, PlanKind.HANDLINGS_OG_OKONOMIPLAN,
                PlanKind.SAKSBEHANDLING, PlanKind.SAMFUNNSDEL), follows);
        assertNull(plans.get(0).getFollows());
        assertEquals("plan-handlings-og-okonomiplan", plans.get(3).getId());
        assertNull(system.getFrame(), "no catalogue, no frame");
    }

    @Test
    void theOrganisationIsTheMunicipality() {
        PlanSystem system = Skeleton.create(SampleModels.municipality("5501", "Tromsø"), null, SampleModels.DAY);
        assertEquals("plansystem-5501", system.getId());
        assertEquals("org-5501", system.getOrganisation().getId());
        assertEquals("5501", system.getOrganisation().getNumber());
        assertEquals("Tromsø", system.getOrganisation().getName());
        assertEquals("55", system.getOrganisation().getCountyNumber());
        assertEquals(OrganisationKind.MUNICIPALITY, system.getOrganisation().getKind());
    }

    @Test
    void theElectionPeriodTurnsInOctoberOfTheElectionYear() {
        assertEquals("2019-2023", Skeleton.electionPeriod(LocalDate.of(2023, 9, 30)));
        assertEquals("2023-2027", Skeleton.electionPeriod(LocalDate.of(2023, 10, 1)));
        assertEquals("2023-2027", Skeleton.electionPeriod(LocalDate.of(2027, 9, 1)));
        assertEquals("2027-2031", Skeleton.electionPeriod(LocalDate.of(2028, 1, 1)));
    }

    /** Through the DS service, with the catalogue service of the running framework. */
    @Test
    void createForBuildsTheFrameFromTheCatalogue() throws Exception {
        CatalogueService catalogue = Fixtures.osgiService(CatalogueService.class, null);
        WorkspaceServiceImpl service = Fixtures.service();
        service.setCatalogue(catalogue);

        Workspace workspace = service.createFor(folder, catalogue.municipality("1871").orElseThrow());

        PlanSystem system = workspace.planSystem().orElseThrow();
        assertEquals(17, system.getFrame().getSdgs().size());
        assertEquals(169, system.getFrame().getSdgs().stream().mapToInt(sdg -> sdg.getTargets().size()).sum());
        assertEquals(3, system.getFrame().getDimensions().size());
        assertTrue(system.getFrame().getDimensions().stream().allMatch(d -> !d.getThemes().isEmpty()));
        assertEquals(10, system.getPlans().size());
        assertEquals("1871", system.getOrganisation().getNumber());

        Workspace reopened = Fixtures.service().open(folder);
        assertEquals(List.of(), reopened.problems());
        assertTrue(EcoreUtil.equals(system, reopened.planSystem().orElseThrow()), "theme → SDG target links survive");
    }
}
