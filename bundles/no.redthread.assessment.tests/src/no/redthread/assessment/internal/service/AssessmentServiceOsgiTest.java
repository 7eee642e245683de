package no.redthread.assessment.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.WeakTheme;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.assessment.template.PlanLevel;
import no.redthread.model.plan.PlanKind;

/** The published service with the built-in samfunnsdel worksheet, as another module would use it. */
class AssessmentServiceOsgiTest {

    private static ServiceTracker<AssessmentService, AssessmentService> services;
    private static ServiceTracker<FormTemplateCatalog, FormTemplateCatalog> catalogs;
    private static AssessmentService service;
    private static FormTemplate samfunnsdel;

    @BeforeAll
    static void find() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(DefaultAssessmentService.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        BundleContext context = bundle.getBundleContext();
        services = new ServiceTracker<>(context, AssessmentService.class, null);
        catalogs = new ServiceTracker<>(context, FormTemplateCatalog.class, null);
        services.open();
        catalogs.open();
        service = services.waitForService(10_000);
        FormTemplateCatalog catalog = catalogs.waitForService(10_000);
        assertNotNull(service, "no AssessmentService within 10 s");
        assertNotNull(catalog, "no FormTemplateCatalog within 10 s");
        samfunnsdel = catalog.forLevel(PlanLevel.SAMFUNNSDEL).stream()
                .filter(t -> t.id().equals("redthread-samfunnsdel")).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        services.close();
        catalogs.close();
    }

    @Test
    void weakThemesOfAFilledInSamfunnsdelWorksheetAreAvailableToOtherModules() {
        Assessment assessment = service.create(samfunnsdel, Fixture.plan("plan-sd", PlanKind.SAMFUNNSDEL), "Kari");
        for (PlacedQuestion placed : samfunnsdel.questions()) {
            String theme = placed.theme().id();
            String option = theme.equals("theme-housing") ? "ikke-ivaretatt"
                    : theme.equals("theme-water") ? "delvis-ivaretatt" : "ivaretatt";
            service.answer(assessment, placed.question().id(), option, option.equals("ivaretatt") ? null : "Mangler.", "Kari");
        }

        List<WeakTheme> weak = service.weakThemes(assessment);
        assertEquals(List.of("theme-housing", "theme-water"), weak.stream().map(WeakTheme::themeId).toList());
        assertEquals("Bolig", weak.get(0).nameNb(), "the catalogue's name, since the worksheet gives none");
        assertEquals(0.0, weak.get(0).score());

        AssessmentSummary summary = service.summarise(assessment);
        assertTrue(summary.completion().complete());
        assertEquals(3, summary.dimensions().size());
        assertEquals("Klima og miljø", summary.dimensions().get(0).nameNb());
        service.changeStatus(assessment, AssessmentStatus.COMPLETED, "Kari");
    }
}
