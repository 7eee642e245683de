package no.redthread.funding.applications.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;

import no.redthread.funding.applications.FundingApplications;
import no.redthread.funding.applications.model.ApplicationRegister;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * A workspace created by the product's own WorkspaceService in a real folder, with one action plan and two
 * measures, in the UI language the test asks for.
 */
final class TestWorkspace implements AutoCloseable {

    final WorkspaceService service = Services.get(WorkspaceService.class);
    final Workspace workspace;
    final Plan plan;
    final Measure bikes;
    final Measure floods;
    private final Locale original = Locale.getDefault();

    TestWorkspace(Path folder, String languageTag) throws Exception {
        Locale.setDefault(Locale.forLanguageTag(languageTag));
        PlanFactory factory = PlanFactory.eINSTANCE;
        PlanSystem system = factory.createPlanSystem();
        system.setId("plansystem-3403");
        system.setName("Hamar");
        plan = factory.createPlan();
        plan.setId("plan-hop");
        plan.setName("Handlings- og økonomiplan 2026–2029");
        plan.setKind(PlanKind.HANDLINGS_OG_OKONOMIPLAN);
        system.getPlans().add(plan);
        bikes = measure("measure-bikes", "Sykkelparkering ved skolene", FundingStatus.EXTERNAL);
        floods = measure("measure-floods", "Flomveier i sentrum", FundingStatus.PARTLY_FUNDED);
        workspace = service.create(folder, system);
    }

    private Measure measure(String id, String name, FundingStatus status) {
        Measure measure = PlanFactory.eINSTANCE.createMeasure();
        measure.setId(id);
        measure.setName(name);
        measure.setFundingStatus(status);
        plan.getMeasures().add(measure);
        return measure;
    }

    ApplicationRegister register() {
        return FundingApplications.register(workspace.resourceSet()).orElseThrow();
    }

    void execute(Command command) {
        workspace.commandStack().execute(command);
    }

    @Override
    public void close() {
        service.close();
        Locale.setDefault(original);
    }
}
