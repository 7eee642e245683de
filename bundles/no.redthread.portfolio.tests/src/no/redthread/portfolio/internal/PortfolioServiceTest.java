package no.redthread.portfolio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.funding.applications.model.ApplicationRegister;
import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.ApplicationsFactory;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.Series;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.portfolio.KeyFigures;
import no.redthread.portfolio.Portfolio;
import no.redthread.portfolio.PortfolioException;
import no.redthread.portfolio.PortfolioService;
import no.redthread.validation.RedThreadValidator;
import no.redthread.workspace.DetachedWorkspace;
import no.redthread.workspace.DetachedWorkspaces;
import no.redthread.workspace.WorkspaceService;

/** Portfolios with real workspaces on disk and the real services: creation from numbers, storage, key figures. */
class PortfolioServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static PortfolioService portfolios;
    private static WorkspaceService workspaces;
    private static DetachedWorkspaces detached;

    @TempDir
    Path temp;

    private Locale locale;

    @BeforeAll
    static void findServices() throws Exception {
        portfolios = service(PortfolioService.class);
        workspaces = service(WorkspaceService.class);
        detached = service(DetachedWorkspaces.class);
    }

    @BeforeEach
    void inBokmaal() {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.of("nb", "NO"));
    }

    @AfterEach
    void forget() throws Exception {
        for (Portfolio portfolio : portfolios.portfolios()) {
            portfolios.remove(portfolio.name());
        }
        Locale.setDefault(locale);
    }

    @Test
    void aPortfolioFromNumbersGetsOneSkeletonWorkspacePerMunicipalityAnOldNumberFollowedAndIsStored() throws Exception {
        Portfolio created = portfolios.create("Vest", temp, "5025, 5403\n3301");

        assertEquals(List.of(temp.resolve("5025-Rosse-Røros"), temp.resolve("5601-Alta"), temp.resolve("3301-Drammen")),
                created.folders());
        for (Path folder : created.folders()) {
            try (DetachedWorkspace workspace = detached.load(folder)) {
                assertEquals(folder.getFileName().toString().substring(0, 4),
                        workspace.planSystem().orElseThrow().getOrganisation().getNumber());
                assertEquals(10, workspace.planSystem().orElseThrow().getPlans().size(), "the ten-step skeleton");
            }
        }
        assertTrue(workspaces.current().isEmpty(), "no workspace became current");
        assertEquals(Optional.of(created), portfolios.portfolio("Vest"));
        Path file = service(no.redthread.workbench.settings.SettingsStore.class).folder().resolve("portfolios.json");
        assertTrue(Files.readString(file).contains(temp.resolve("5601-Alta").toString()), "kept in the settings");

        Portfolio smaller = created.without(temp.resolve("3301-Drammen"));
        portfolios.save(smaller);
        assertEquals(List.of(smaller), portfolios.portfolios());
    }

    @Test
    void unknownSplitAndDoubleNumbersAreAllNamedAndNothingIsCreated() {
        PortfolioException refused = assertThrows(PortfolioException.class,
                () -> portfolios.create("Nord", temp, "5025 9998 5403 5601"));

        assertTrue(refused.getMessage().contains("9998 er ikke et kommunenummer"), refused.getMessage());
        assertTrue(refused.getMessage().contains("5403 og 5601 er begge 5601 Alta"), refused.getMessage());
        assertEquals(List.of(), list(temp));
        assertTrue(portfolios.portfolio("Nord").isEmpty());
    }

    @Test
    void anExistingFolderIsNeverOverwrittenAndThenNothingIsCreated() throws Exception {
        Path existing = Files.createDirectories(temp.resolve("5601-Alta"));
        Files.writeString(existing.resolve("notater.txt"), "mine");

        PortfolioException refused = assertThrows(PortfolioException.class,
                () -> portfolios.create("Nord", temp, "5025 5601"));

        assertTrue(refused.getMessage().contains(existing.toString()), refused.getMessage());
        assertEquals(List.of(existing), list(temp), "Røros was not created either");
        assertEquals(List.of(existing.resolve("notater.txt")), list(existing));
    }

    @Test
    void keyFiguresAreReadFromEachWorkspaceAndAnUnreadableOneIsNamedAndLeftAlone() throws Exception {
        Portfolio portfolio = portfolios.create("Figurer", temp, "5025 3301");
        Path roros = portfolio.folders().get(0);
        int total;
        try (DetachedWorkspace workspace = detached.load(roros)) {
            total = assess(workspace, 3);
            IndicatorSet set = IndicatorsFactory.eINSTANCE.createIndicatorSet();
            set.setId("test");
            set.getIndicators().add(indicator("falling", -1));
            set.getIndicators().add(indicator("rising", 1));
            ((IndicatorWorkspace) workspace.moduleRoot("indicators").orElseThrow()).getSets().add(set);
            ApplicationRegister register = (ApplicationRegister) workspace.moduleRoot("funding").orElseThrow();
            register.getApplications().add(application(ApplicationStatus.PLANNED, LocalDate.of(2027, 3, 1)));
            register.getApplications().add(application(ApplicationStatus.PLANNED, LocalDate.of(2027, 1, 15)));
            register.getApplications().add(application(ApplicationStatus.PLANNED, LocalDate.of(2026, 1, 1)));
            register.getApplications().add(application(ApplicationStatus.APPLIED, LocalDate.of(2026, 12, 10)));
            workspace.save();
        }
        Path drammen = portfolio.folders().get(1);
        Files.writeString(drammen.resolve("plansystem.json"), "{ \"format\": ");
        Map<Path, String> before = snapshot(drammen);

        KeyFigures figures = portfolios.keyFigures(roros, TODAY);
        KeyFigures unreadable = portfolios.keyFigures(drammen, TODAY);

        assertEquals("5025", figures.number());
        assertEquals(1, figures.assessments());
        assertEquals(0, figures.assessmentsDone());
        assertEquals(3.0 / total, figures.completion(), 1e-9);
        try (DetachedWorkspace workspace = detached.load(roros)) {
            assertEquals(service(RedThreadValidator.class).validate(workspace.planSystem().orElseThrow()).size(),
                    figures.findings());
        }
        assertEquals(1, figures.poorIndicators());
        assertEquals(4, figures.applications());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 15)), figures.nextDeadline());
        assertTrue(figures.readable());

        assertFalse(unreadable.readable());
        assertTrue(unreadable.problem().startsWith(drammen.resolve("plansystem.json") + ":1:"), unreadable.problem());
        assertEquals(before, snapshot(drammen), "nothing written into the unreadable workspace");
    }

    private static int assess(DetachedWorkspace workspace, int answered) throws Exception {
        Plan plan = workspace.planSystem().orElseThrow().getPlans().stream()
                .filter(p -> p.getKind() == PlanKind.SAMFUNNSDEL).findFirst().orElseThrow();
        FormTemplate template = service(FormTemplateCatalog.class).latest("redthread-samfunnsdel").orElseThrow();
        AssessmentService assessments = service(AssessmentService.class);
        Assessment assessment = assessments.create(template, plan, "Kari");
        for (int i = 0; i < answered; i++) {
            assessments.answer(assessment, template.questions().get(i).question().id(), "ivaretatt", null, "Kari");
        }
        ((AssessmentSet) workspace.moduleRoot("assessment").orElseThrow()).getAssessments().add(assessment);
        return template.questions().size();
    }

    private static Indicator indicator(String id, int step) {
        Indicator indicator = IndicatorsFactory.eINSTANCE.createIndicator();
        indicator.setId(id);
        indicator.setNameNb(id);
        indicator.setDirection(DesiredDirection.HIGHER_IS_BETTER);
        Series series = IndicatorsFactory.eINSTANCE.createSeries();
        series.setOrganisation("5025");
        String[] periods = new String[10];
        double[] values = new double[10];
        for (int year = 0; year < 10; year++) {
            periods[year] = String.valueOf(2015 + year);
            values[year] = 50 + step * year * 2;
        }
        series.setPeriods(periods);
        series.setValues(values);
        indicator.getSeries().add(series);
        return indicator;
    }

    private static FundingApplication application(ApplicationStatus status, LocalDate deadline) {
        FundingApplication application = ApplicationsFactory.eINSTANCE.createFundingApplication();
        application.setSchemeId("klimasats");
        application.setSchemeName("Klimasats");
        application.setStatus(status);
        application.setDeadline(deadline);
        return application;
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Path, String> snapshot(Path folder) throws Exception {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.toList()) {
                files.put(folder.relativize(file), Files.isDirectory(file) ? "/" : Files.readString(file));
            }
        }
        return files;
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(PortfolioServiceTest.class).getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        if (service == null) {
            throw new IllegalStateException("no " + type.getName());
        }
        return service;
    }
}
