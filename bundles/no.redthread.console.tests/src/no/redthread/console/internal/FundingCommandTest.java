package no.redthread.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.felix.service.command.Function;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.funding.ApplicantType;
import no.redthread.funding.Facet;
import no.redthread.funding.FundingCatalog;
import no.redthread.funding.FundingScheme;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * {@code redthread:funding} through the Gogo function the framework publishes, on the shipped schemes, as of a fixed
 * day; {@code match} on a real workspace folder, saved and opened again as a script would.
 */
class FundingCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    @TempDir
    Path folder;

    private final BundleContext context = FrameworkUtil.getBundle(FundingCommandTest.class).getBundleContext();
    private WorkspaceService workspaces;
    private FundingConsole console;
    private Locale locale;

    @BeforeEach
    void findServices() throws Exception {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.of("nb", "NO"));
        workspaces = service(WorkspaceService.class, null);
        console = (FundingConsole) service(Function.class, "(osgi.command.function=funding)");
    }

    @AfterEach
    void close() {
        workspaces.close();
        Locale.setDefault(locale);
    }

    @Test
    void listGivesOneLinePerSchemeWithItsNextDeadlineAndOrigin() {
        List<String> lines = console.run(List.of("list"), TODAY).lines().toList();

        assertEquals(54, lines.size(), "53 schemes and the count");
        assertEquals("53 ordninger", lines.get(53));
        assertTrue(lines.contains("klimatilpasning\tTilskudd til klimatilpasning (kunnskapsoppbygging og utredninger)"
                + "\t2026-02-15 (anslått)\tno.redthread.funding"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("merkur\t") && l.contains("\tløpende\t")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("nve_kartlegging_flomfare\t") && l.contains("\tukjent\t")));
    }

    @Test
    void matchRanksSchemesForAMeasureOfTheOpenWorkspaceAndSaysWhy() throws Exception {
        Path alta = folder.resolve("alta");
        CatalogueService catalogue = service(CatalogueService.class, null);
        Workspace workspace = workspaces.createFor(alta, catalogue.municipality("5601").orElseThrow());
        addGoalAndMeasure(workspace);
        workspaces.save();
        workspaces.close();
        workspaces.open(alta);

        List<String> lines = console.run(List.of("match", "tiltak-flomveier"), TODAY).lines().toList();

        String adaptation = lines.stream().filter(l -> l.startsWith("klimatilpasning\t")).findFirst().orElseThrow();
        assertTrue(adaptation.endsWith("\ttema: Klima og naturfare; mål 13.1; kommune kan søke; frist 15. februar (anslått)"),
                adaptation);
        assertEquals((lines.size() - 1) + " ordninger passer til tiltaket Kartlegge flomveier", lines.get(lines.size() - 1));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("spillemidler\t")), "nothing in common, left out");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> console.run(List.of("match", "finnes-ikke"), TODAY));
        assertEquals("det åpne arbeidsområdet har ikke noe tiltak med id finnes-ikke", unknown.getMessage());
    }

    @Test
    void matchWithoutAnOpenWorkspaceAndWrongArgumentsSayWhatToDo() {
        IllegalStateException closed = assertThrows(IllegalStateException.class,
                () -> console.run(List.of("match", "m-1"), TODAY));
        assertEquals("ingen arbeidsområder er åpne (redthread:open <mappe>)", closed.getMessage());
        IllegalArgumentException usage = assertThrows(IllegalArgumentException.class, () -> console.run(List.of(), TODAY));
        assertTrue(usage.getMessage().startsWith("bruk: redthread:funding list | search"), usage.getMessage());
        assertThrows(IllegalArgumentException.class, () -> console.run(List.of("search", "--within", "snart"), TODAY));
    }

    @Test
    void searchFindsSchemesByTextFacetsAndDeadlineWindow() throws Exception {
        FundingCatalog catalog = service(FundingCatalog.class, null);
        List<String> text = console.run(List.of("search", "klimatilpasning"), TODAY).lines().toList();
        assertTrue(text.stream().anyMatch(l -> l.startsWith("klimatilpasning\tTilskudd til klimatilpasning"
                + " (kunnskapsoppbygging og utredninger)\t2026-02-15 (anslått)\t")), text.toString());
        assertEquals((text.size() - 1) + " ordninger", text.get(text.size() - 1));

        List<String> faceted = console.run(List.of("search", "--applicant", "fylkeskommune", "--theme",
                "theme-nature-land-use"), TODAY).lines().toList();
        assertTrue(faceted.size() > 1, faceted.toString());
        for (String line : faceted.subList(0, faceted.size() - 1)) {
            FundingScheme scheme = catalog.scheme(line.substring(0, line.indexOf('\t'))).orElseThrow();
            assertTrue(scheme.applicants().contains(ApplicantType.COUNTY) && scheme.themeIds().contains(
                    "theme-nature-land-use"), line);
        }

        List<String> soon = console.run(List.of("search", "--within", "60"), TODAY).lines().toList();
        assertTrue(soon.stream().anyMatch(l -> l.startsWith("klimatilpasning\t")), "15 February is within 60 days");
        assertTrue(soon.stream().anyMatch(l -> l.startsWith("merkur\t")), "continuous schemes are open now");
        assertTrue(soon.stream().noneMatch(l -> l.startsWith("spillemidler\t")), "15 October is not");
    }

    @Test
    void searchArgumentsBecomeFacetFiltersAndADeadlineWindow() {
        SearchArguments arguments = SearchArguments.parse(List.of("--theme", "theme-water", "--sdg", "6", "--sdg", "14",
                "--applicant", "interkommunalt samarbeid", "--within", "90", "overvann", "flom"), TODAY);

        assertEquals("overvann flom", arguments.query().text());
        assertEquals(Map.of(Facet.THEME, Set.of("theme-water"), Facet.SDG, Set.of("6", "14"), Facet.APPLICANT,
                Set.of("interkommunalt samarbeid")), arguments.query().filters());
        assertEquals(OptionalInt.of(90), arguments.within());
        assertEquals(TODAY, arguments.query().today());
    }

    private static void addGoalAndMeasure(Workspace workspace) {
        PlanSystem system = workspace.planSystem().orElseThrow();
        Plan community = plan(system, PlanKind.SAMFUNNSDEL);
        Plan action = plan(system, PlanKind.HANDLINGS_OG_OKONOMIPLAN);
        Goal goal = PlanFactory.eINSTANCE.createGoal();
        goal.setId("mål-klima");
        goal.setName("Et samfunn rustet for klimaendringene");
        goal.getAddressedThemes().add(system.getFrame().getDimensions().stream().flatMap(d -> d.getThemes().stream())
                .filter(t -> t.getId().equals("theme-climate-hazards")).findFirst().orElseThrow());
        goal.getAddressedSdgTargets().add(system.getFrame().getSdgs().stream().flatMap(s -> s.getTargets().stream())
                .filter(t -> "13.1".equals(t.getCode())).findFirst().orElseThrow());
        Measure measure = PlanFactory.eINSTANCE.createMeasure();
        measure.setId("tiltak-flomveier");
        measure.setName("Kartlegge flomveier");
        measure.getFollows().add(goal);
        workspace.commandStack().execute(AddCommand.create(workspace.editingDomain(), community,
                PlanPackage.Literals.PLAN__GOALS, goal));
        workspace.commandStack().execute(AddCommand.create(workspace.editingDomain(), action,
                PlanPackage.Literals.PLAN__MEASURES, measure));
    }

    private static Plan plan(PlanSystem system, PlanKind kind) {
        return system.getPlans().stream().filter(p -> p.getKind() == kind).findFirst().orElseThrow();
    }

    private <T> T service(Class<T> type, String filter) throws Exception {
        ServiceTracker<T, T> tracker = filter == null ? new ServiceTracker<>(context, type, null)
                : new ServiceTracker<>(context,
                        context.createFilter("(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
        tracker.open();
        T found = tracker.waitForService(10_000);
        assertNotNull(found, type.getName());
        return found;
    }
}
