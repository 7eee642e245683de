package no.redthread.dilemma.sessions.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.dilemma.sessions.DilemmaSessions;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;

/**
 * <i>Start dilemmatrening</i> on a candidate goal conflict that the real assessment service found in an assessment
 * of the demo plan with a shipped worksheet: one undoable command makes the prefilled session.
 */
class StartFromConflictTest {

    @TempDir
    Path folder;

    private SessionFixture fixture;
    private AssessmentService service;
    private StartTrainingCommand command;

    @BeforeEach
    void open() throws Exception {
        fixture = new SessionFixture(folder);
        service = fixture.service(AssessmentService.class);
        command = new StartTrainingCommand(fixture.selection, fixture.service(SessionStarter.class));
        command.setConflicts(new ConflictTraining(fixture.service(SessionStarter.class), service));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aConflictStartsAPrefilledSessionInOneUndoableCommand() {
        List<Plan> plans = fixture.workspace.planSystem().orElseThrow().getPlans();
        Measure measure = plans.stream().flatMap(p -> p.getMeasures().stream()).findFirst().orElseThrow();
        Assessment assessment = assessmentWithConflict(plans, measure);
        Plan plan = assessment.getPlan();
        ConflictCandidate conflict = service.summarise(assessment).conflicts().get(0);

        fixture.selection.publish("test", List.of(assessment));
        assertFalse(command.isEnabled(), "only on a conflict (or a measure or goal)");
        assertTrue(command.inContextMenu());
        fixture.selection.publish("no.redthread.assessment.summary", List.of(conflict, assessment));
        assertTrue(command.isEnabled());
        command.execute();
        fixture.flush();

        List<Session> sessions = DilemmaSessions.register(fixture.workspace.resourceSet()).orElseThrow().getSessions();
        assertEquals(1, sessions.size());
        Session session = sessions.get(0);
        assertSame(plan, session.getCaseObject(), "the assessed plan is the case");
        assertEquals(Messages.get("conflict.title", conflict.nameNb()), session.getTitle());
        Finding finding = session.getFindings().get(0);
        assertEquals(FindingKind.CONFLICT, finding.getKind());
        assertEquals(List.of(conflict.themeId()), finding.getPullingFor());
        assertEquals(List.of(conflict.themeId()), finding.getPullingAgainst());
        FormTemplate template = service.templateOf(assessment).orElseThrow();
        String positive = template.question(conflict.positiveQuestionIds().get(0)).orElseThrow().question().textNb();
        String negative = template.question(conflict.negativeQuestionIds().get(0)).orElseThrow().question().textNb();
        assertTrue(finding.getDescription().contains(conflict.nameNb()), finding.getDescription());
        assertTrue(finding.getDescription().contains("«" + positive + "»"), finding.getDescription());
        assertTrue(finding.getDescription().contains("«" + negative + "»"), finding.getDescription());
        assertEquals(List.of(measure), finding.getConcerns(), "the plan objects the answers cite");
        assertSame(session, fixture.part.session(), "the editor shows the new session");
        assertEquals(1, fixture.part.findings().table().getTable().getItemCount());
        assertSame(finding, fixture.part.findings().selected(), "the conflict is chosen, its details shown");
        assertEquals(1, fixture.part.details().pullingFor().table().getTable().getItemCount());

        fixture.undo.undo();
        fixture.flush();
        assertTrue(sessions.isEmpty(), "one undo takes the session and its finding back");
        fixture.undo.redo();
        fixture.flush();
        assertEquals(List.of(finding), sessions.get(0).getFindings());
    }

    /**
     * An assessment of a demo plan with a shipped worksheet, in the workspace, whose two questions of one theme are
     * answered pulling forward and back; the answer pulling back cites the measure.
     */
    private Assessment assessmentWithConflict(List<Plan> plans, Measure measure) {
        FormTemplateCatalog catalog = fixture.service(FormTemplateCatalog.class);
        for (Plan plan : plans) {
            for (FormTemplate template : catalog.templates()) {
                Assessment found = assessmentWithConflict(plan, template, measure);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new AssertionError("no shipped worksheet has a theme with options pulling both ways");
    }

    private Assessment assessmentWithConflict(Plan plan, FormTemplate template, Measure measure) {
        Assessment assessment;
        try {
            assessment = service.create(template, plan, "Testeren");
        } catch (IllegalArgumentException notForThisPlan) {
            return null;
        }
        Map<String, List<PlacedQuestion>> byTheme = template.questions().stream()
                .collect(Collectors.groupingBy(placed -> placed.theme().id()));
        for (List<PlacedQuestion> questions : byTheme.values()) {
            if (questions.size() < 2) {
                continue;
            }
            AnswerOption forward = option(template, questions.get(0), 1);
            AnswerOption back = option(template, questions.get(1), -1);
            if (forward != null && back != null) {
                service.answer(assessment, questions.get(0).question().id(), forward.id(), "Styrker", "Testeren");
                service.answer(assessment, questions.get(1).question().id(), back.id(), "Svekker", "Testeren")
                        .getEvidenceMeasures().add(measure);
                AssessmentSet root = (AssessmentSet) fixture.workspace.moduleRoot("assessment").orElseThrow();
                root.getAssessments().add(assessment);
                return assessment;
            }
        }
        return null;
    }

    private static AnswerOption option(FormTemplate template, PlacedQuestion question, int direction) {
        return template.scaleOf(question.question()).options().stream().filter(o -> o.direction() == direction)
                .findFirst().orElse(null);
    }
}
