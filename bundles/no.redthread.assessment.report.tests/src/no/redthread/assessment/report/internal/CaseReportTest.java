package no.redthread.assessment.report.internal;

import static no.redthread.assessment.report.internal.TestAssessments.reports;
import static no.redthread.assessment.report.internal.TestAssessments.service;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.PlanFactory;

/** A case assessed with the saksbehandling worksheet, whose scale speaks of effects rather than of "ivaretatt". */
class CaseReportTest {

    @Test
    void theOverviewNamesTheCaseAndTheGeneratedConclusionUsesTheWorksheetsOwnWords() throws Exception {
        FormTemplate saksbehandling = TestAssessments.find(FormTemplateCatalog.class)
                .latest("redthread-saksbehandling").orElseThrow();
        Case subject = PlanFactory.eINSTANCE.createCase();
        subject.setId("case-gruvegata");
        subject.setTitle("Reguleringsplan for Gruvegata 12");
        subject.setDecisionBody("Formannskapet");
        subject.setDate(LocalDate.of(2025, 5, 12));
        Assessment assessment = service().create(saksbehandling, subject, "Ola Saksbehandler");
        Map<String, String> answers = Map.of("sb-climate-hazards-3", "negativ-virkning",
                "sb-climate-hazards-5", "positiv-virkning", "sb-nature-land-use-2", "usikker-virkning");
        for (PlacedQuestion question : saksbehandling.questions()) {
            String id = question.question().id();
            String option = answers.getOrDefault(id, "ingen-vesentlig-virkning");
            service().answer(assessment, id, option, answers.containsKey(id) ? "Se planbeskrivelsen." : null, "Ola");
        }
        service().changeStatus(assessment, AssessmentStatus.COMPLETED, "Ola Saksbehandler");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports().writeHtml(assessment, out);
        String html = out.toString(StandardCharsets.UTF_8);

        assertTrue(html.contains("Vurdert: saken «Reguleringsplan for Gruvegata 12» (Formannskapet, 12.05.2025). "
                + "Skjema: Bærekraftvurdering: saksbehandling, versjon 1.0.0. Status: fullført (Ola Saksbehandler, "), html);
        assertTrue(html.contains("32 av 32 spørsmål besvart.</p>"), html);
        assertTrue(html.contains("</strong> Alle 8 spørsmål er besvart: 1 positiv virkning, 5 ingen vesentlig virkning, "
                + "1 usikker virkning – bør utredes og 1 negativ virkning. Svakt tema: Klima og naturfare "
                + "(1 negativ virkning). Manglene er listet under «Mangler og avvik». Svarene trekker i hver sin "
                + "retning for Klima og naturfare (mulig målkonflikt).</p>"), html);
        assertTrue(html.contains("</strong> Alle 14 spørsmål er besvart: 14 ingen vesentlig virkning. Ingen temaer er "
                + "vurdert som svake.</p>"), html);
        assertTrue(html.contains("<title>Bærekraftsvurdering – Reguleringsplan for Gruvegata 12</title>"));
    }
}
