package no.redthread.dilemma.sessions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.dilemma.sessions.DilemmaSessions;
import no.redthread.dilemma.sessions.FindingCommands;
import no.redthread.dilemma.sessions.ScoreCommands;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.Handling;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Score;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;

/** Sessions are saved in the workspace's folder (modules/dilemma.json) and read back equal, plan objects resolved. */
class RoundTripTest {

    @TempDir
    Path folder;

    @Test
    void aSessionSurvivesSaveCloseAndOpen() throws Exception {
        Path osen = folder.resolve("osen");
        try (TestWorkspace test = new TestWorkspace(osen, "nb-NO")) {
            EditingDomain domain = test.domain();
            Session session = test.execute(SessionCommands.create(domain, test.windPower, "Vindkraft eller natur?",
                    LocalDate.of(2026, 5, 4)), Session.class);
            test.execute(SessionCommands.addMatrixItem(domain, session, "measure-wind", "Vindkraft", test.windPower));
            test.execute(SessionCommands.addMatrixItem(domain, session, "goal-nature", "Natur", test.nature));
            Participant kari = test.execute(SessionCommands.addParticipant(domain, session, "Kari Nordmann",
                    "rådgiver", "plan"), Participant.class);
            test.execute(SessionCommands.addElapsedTime(domain, session.getPhases().get(2), 900));
            test.execute(SessionCommands.setPhaseNotes(domain, session.getPhases().get(2), "«Hvem taper?»\nAndre linje"));
            Finding finding = test.execute(FindingCommands.add(domain, session, FindingKind.CONFLICT,
                    "Vindkraft mot sammenhengende natur"), Finding.class);
            test.execute(FindingCommands.setConcerns(domain, finding, List.of(test.windPower)));
            test.execute(FindingCommands.setPulls(domain, finding, List.of("7.2"), List.of("15.5", "theme-nature")));
            test.execute(FindingCommands.setHandling(domain, finding, Handling.FURTHER_STUDY, "Konsekvensutredning"));
            test.execute(FindingCommands.addDissent(domain, finding, kari, "Naturen veier tyngst"));
            test.execute(ScoreCommands.set(domain, session, kari, "measure-wind", "goal-nature", -2, "arealbeslag"));
            test.service.save();
            assertFalse(test.workspace.isDirty());
        }

        String manifest = Files.readString(osen.resolve("workspace.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"path\": \"modules/dilemma.json\""), manifest);
        String file = Files.readString(osen.resolve("modules/dilemma.json"), StandardCharsets.UTF_8);
        assertTrue(file.contains("\"nsURI\": \"http://redthread.no/dilemma/1.0\""), file);
        assertTrue(file.contains("\"caseObject\": \"plansystem.json#measure-wind\""), file);
        assertTrue(file.contains("\"date\": \"2026-05-04\""), file);
        assertTrue(file.contains("\"handling\": \"FURTHER_STUDY\""), file);
        assertTrue(file.contains("\"value\": -2"), file);
        assertTrue(file.contains("\"concerns\": [\n                \"plansystem.json#measure-wind\""), file);
        assertTrue(file.contains("\"participant\": \"participant-"), "participants by id in the same file: " + file);

        try (TestWorkspace reopened = new TestWorkspace(folder.resolve("other"), "nb-NO")) {
            Workspace workspace = reopened.service.open(osen);
            assertEquals(List.of(), workspace.problems());
            PlanSystem system = workspace.planSystem().orElseThrow();
            var plan = system.getPlans().get(0);
            var wind = plan.getMeasures().get(0);
            var nature = plan.getGoals().get(0);
            Session session = DilemmaSessions.register(workspace.resourceSet()).orElseThrow().getSessions().get(0);
            assertEquals("Vindkraft eller natur?", session.getTitle());
            assertEquals(LocalDate.of(2026, 5, 4), session.getDate());
            assertSame(wind, session.getCaseObject(), "the reference resolves to the measure of plansystem.json");
            assertSame(nature, session.getMatrix().getItems().get(1).getPlanObject());
            assertEquals(900, session.getPhases().get(2).getElapsedSeconds());
            assertEquals("«Hvem taper?»\nAndre linje", session.getPhases().get(2).getNotes());

            Participant kari = session.getParticipants().get(0);
            assertEquals("Kari Nordmann", kari.getName());
            assertEquals("rådgiver", kari.getRole());
            assertEquals("plan", kari.getSector());
            Finding finding = session.getFindings().get(0);
            assertEquals(FindingKind.CONFLICT, finding.getKind());
            assertEquals(List.of(wind), List.copyOf(finding.getConcerns()));
            assertEquals(List.of("7.2"), List.copyOf(finding.getPullingFor()));
            assertEquals(List.of("15.5", "theme-nature"), List.copyOf(finding.getPullingAgainst()));
            assertEquals(Handling.FURTHER_STUDY, finding.getHandling());
            assertEquals("Konsekvensutredning", finding.getHandlingNote());
            assertSame(kari, finding.getDissents().get(0).getParticipant());
            assertEquals("Naturen veier tyngst", finding.getDissents().get(0).getText());
            Score score = session.getMatrix().getScores().get(0);
            assertSame(kari, score.getParticipant());
            assertEquals("measure-wind", score.getRow());
            assertEquals("goal-nature", score.getColumn());
            assertEquals(-2, score.getValue());
            assertEquals("arealbeslag", score.getReason());

            // a save without changes writes the same bytes (the format is canonical)
            reopened.service.save();
            assertEquals(file, Files.readString(osen.resolve("modules/dilemma.json"), StandardCharsets.UTF_8));
        }
    }
}
