package no.redthread.funding.applications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.funding.applications.ApplicationCommands;
import no.redthread.funding.applications.FundingApplications;
import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;

/** Applications are saved in the workspace's folder (modules/funding.json) and read back equal, measures resolved. */
class RoundTripTest {

    @TempDir
    Path folder;

    @Test
    void applicationsSurviveSaveCloseAndOpen() throws Exception {
        Path hamar = folder.resolve("hamar");
        try (TestWorkspace test = new TestWorkspace(hamar, "nb-NO")) {
            EditingDomain domain = test.workspace.editingDomain();
            FundingApplication granted = create(test, test.floods, "klimasats", "Klimasats", LocalDate.of(2026, 4, 15));
            test.execute(ApplicationCommands.setStatus(domain, granted, ApplicationStatus.GRANTED));
            test.execute(ApplicationCommands.setAmountApplied(domain, granted, 600_000.0));
            test.execute(ApplicationCommands.setAmountGranted(domain, granted, 450_000.0));
            test.execute(ApplicationCommands.setDecisionDate(domain, granted, LocalDate.of(2026, 6, 20)));
            test.execute(ApplicationCommands.setNotes(domain, granted, "Vilkår: rapport innen «1. mars»\nAndre linje"));
            create(test, test.bikes, "pack-scheme", null, null);
            test.service.save();
            assertFalse(test.workspace.isDirty());
        }

        String manifest = Files.readString(hamar.resolve("workspace.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"path\": \"modules/funding.json\""), manifest);
        String file = Files.readString(hamar.resolve("modules/funding.json"), StandardCharsets.UTF_8);
        assertTrue(file.contains("\"nsURI\": \"http://redthread.no/model/funding-applications/1.0\""), file);
        assertTrue(file.contains("\"type\": \"FundingApplication\""), file);
        assertTrue(file.contains("\"measure\": \"plansystem.json#measure-floods\""), file);
        assertTrue(file.contains("\"status\": \"GRANTED\""), file);
        assertTrue(file.contains("\"amountGranted\": 450000.0"), file);
        assertTrue(file.contains("\"deadline\": \"2026-04-15\""), file);

        try (TestWorkspace reopened = new TestWorkspace(folder.resolve("other"), "nb-NO")) {
            Workspace workspace = reopened.service.open(hamar);
            assertEquals(List.of(), workspace.problems());
            PlanSystem system = workspace.planSystem().orElseThrow();
            Measure floods = measure(system, "measure-floods");
            Measure bikes = measure(system, "measure-bikes");
            List<FundingApplication> applications = FundingApplications.register(workspace.resourceSet()).orElseThrow()
                    .getApplications();
            assertEquals(2, applications.size());
            FundingApplication granted = applications.get(0);
            assertSame(floods, granted.getMeasure(), "the reference resolves to the measure of plansystem.json");
            assertEquals("klimasats", granted.getSchemeId());
            assertEquals("Klimasats", granted.getSchemeName());
            assertEquals(ApplicationStatus.GRANTED, granted.getStatus());
            assertEquals(600_000.0, granted.getAmountApplied());
            assertEquals(450_000.0, granted.getAmountGranted());
            assertEquals(LocalDate.of(2026, 4, 15), granted.getDeadline());
            assertEquals(LocalDate.of(2026, 6, 20), granted.getDecisionDate());
            assertEquals("Vilkår: rapport innen «1. mars»\nAndre linje", granted.getNotes());
            FundingApplication planned = applications.get(1);
            assertSame(bikes, planned.getMeasure());
            assertEquals("pack-scheme", planned.getSchemeId());
            assertEquals(null, planned.getSchemeName());
            assertEquals(null, planned.getDeadline());
            assertEquals(ApplicationStatus.PLANNED, planned.getStatus());
            assertEquals(450_000.0, FundingApplications.grantedSum(floods));

            // a save without changes writes the same bytes (the format is canonical)
            reopened.service.save();
            assertEquals(file, Files.readString(hamar.resolve("modules/funding.json"), StandardCharsets.UTF_8));
        }
    }

    private static FundingApplication create(TestWorkspace test, Measure measure, String schemeId, String name,
            LocalDate deadline) {
        Command create = ApplicationCommands.create(test.workspace.editingDomain(), measure, schemeId, name, deadline);
        test.execute(create);
        return (FundingApplication) create.getResult().iterator().next();
    }

    private static Measure measure(PlanSystem system, String id) {
        return system.getPlans().stream().flatMap(plan -> plan.getMeasures().stream())
                .filter(measure -> id.equals(measure.getId())).findFirst().orElseThrow();
    }
}
