package no.redthread.planning.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.funding.applications.ApplicationCommands;
import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanPackage.Literals;
import no.redthread.validation.RedThreadValidator;
import no.redthread.workspace.Workspace;

/**
 * Granted grants show in a measure's funding, in the plan editor's column and under Properties, and the funding
 * module's findings in Problems, through the product's path: the demo workspace of the real WorkspaceService, the funding module's real FundingDetails service (the
 * planning views know no funding bundle), commands on the workspace's editing domain, a real SWT table.
 */
class FundingInPlanningViewsTest {

    private static final String GRANTED = "Delvis finansiert · 450\u00a0000 kr innvilget";

    @TempDir
    Path folder;

    private ProductPath product;

    @BeforeEach
    void start() {
        product = new ProductPath("nb-NO");
    }

    @AfterEach
    void close() {
        product.close();
    }

    @Test
    void theFundingColumnAndPropertiesShowTheGrantedSumAndFollowUndo() throws Exception {
        Workspace workspace = product.createDemo(folder.resolve("roros"));
        EditingDomain domain = workspace.editingDomain();
        Plan plan = workspace.planSystem().orElseThrow().getPlans().stream()
                .filter(p -> p.getKind() == PlanKind.HANDLINGS_OG_OKONOMIPLAN).findFirst().orElseThrow();
        Measure measure = plan.getMeasures().get(0);
        ModelEdits.set(domain, measure, Literals.MEASURE__FUNDING_STATUS, FundingStatus.PARTLY_FUNDED);
        PlanEditorPart editor = new PlanEditorPart(product.workspaces, ProductPath.service(MeasureFunding.class),
                product.site(PlanEditorDescriptor.ID));
        editor.createControl(product.shell);
        PropertiesPart properties = new PropertiesPart(product.workspaces, ProductPath.service(MeasureFunding.class),
                product.site(PropertiesDescriptor.ID));
        properties.createControl(product.shell);
        product.shell.open();
        product.selection.publish(ExplorerDescriptor.ID, List.of(measure));
        product.spin(100);
        assertEquals("Delvis finansiert", fundingCell(editor, measure), "nothing granted yet");
        assertEquals("", properties.fundingLine(), "no line while no module adds anything");

        Command create = ApplicationCommands.create(domain, measure, "klimasats", "Klimasats", null);
        workspace.commandStack().execute(create);
        FundingApplication application = (FundingApplication) create.getResult().iterator().next();
        workspace.commandStack().execute(ApplicationCommands.setAmountGranted(domain, application, 450_000.0));
        workspace.commandStack().execute(ApplicationCommands.setStatus(domain, application, ApplicationStatus.GRANTED));

        assertTrue(product.spinUntil(() -> GRANTED.equals(fundingCell(editor, measure))), fundingCell(editor, measure));
        assertTrue(product.spinUntil(() -> ("Finansiering: " + GRANTED).equals(properties.fundingLine())),
                properties.fundingLine());

        workspace.commandStack().undo();
        assertTrue(product.spinUntil(() -> "Delvis finansiert".equals(fundingCell(editor, measure))), fundingCell(editor, measure));
        assertTrue(product.spinUntil(() -> properties.fundingLine().isEmpty()), properties.fundingLine());
    }

    @Test
    void externalFundingHasItsOwnName() throws Exception {
        Workspace workspace = product.createDemo(folder.resolve("roros"));
        Plan plan = workspace.planSystem().orElseThrow().getPlans().stream()
                .filter(p -> p.getKind() == PlanKind.HANDLINGS_OG_OKONOMIPLAN).findFirst().orElseThrow();
        Measure measure = plan.getMeasures().get(0);
        ModelEdits.set(workspace.editingDomain(), measure, Literals.MEASURE__FUNDING_STATUS, FundingStatus.EXTERNAL);
        PlanEditorPart editor = new PlanEditorPart(product.workspaces, ProductPath.service(MeasureFunding.class),
                product.site(PlanEditorDescriptor.ID));
        editor.createControl(product.shell);
        product.shell.open();
        editor.show(plan);
        assertTrue(product.spinUntil(() -> "Ekstern finansiering".equals(fundingCell(editor, measure))),
                fundingCell(editor, measure));
    }

    @Test
    void fundingFindingsShowInProblemsInBokmaalAndGoToTheApplicationAndItsMeasure() throws Exception {
        Workspace workspace = product.createDemo(folder.resolve("roros"));
        EditingDomain domain = workspace.editingDomain();
        Plan plan = workspace.planSystem().orElseThrow().getPlans().stream()
                .filter(p -> p.getKind() == PlanKind.HANDLINGS_OG_OKONOMIPLAN).findFirst().orElseThrow();
        Measure measure = plan.getMeasures().get(0);
        ExplorerPart explorer = new ExplorerPart(product.workspaces, product.site(ExplorerDescriptor.ID));
        explorer.createControl(product.shell);
        PlanEditorPart editor = new PlanEditorPart(product.workspaces, ProductPath.service(MeasureFunding.class),
                product.site(PlanEditorDescriptor.ID));
        editor.createControl(product.shell);
        PropertiesPart properties = new PropertiesPart(product.workspaces, ProductPath.service(MeasureFunding.class),
                product.site(PropertiesDescriptor.ID));
        properties.createControl(product.shell);
        ProblemsPart problems = new ProblemsPart(product.workspaces, ProductPath.service(RedThreadValidator.class),
                product.site(ProblemsDescriptor.ID));
        problems.createControl(product.shell);
        product.shell.open();

        ModelEdits.set(domain, measure, Literals.MEASURE__FUNDING_STATUS, FundingStatus.EXTERNAL);
        String external = "Tiltaket «" + measure.getName() + "» er markert med ekstern finansiering, men det er ikke "
                + "registrert noen søknad om tilskudd for det.";
        assertEquals(List.of("Tiltak"), where(problems, external));

        Command create = ApplicationCommands.create(domain, measure, "klimasats", "Klimasats", LocalDate.now().minusDays(3));
        workspace.commandStack().execute(create);
        FundingApplication application = (FundingApplication) create.getResult().iterator().next();
        assertEquals(List.of(), where(problems, external), "an application fixes the first");
        String late = "Søknaden til Klimasats for tiltaket «" + measure.getName() + "» står fortsatt som planlagt";
        assertEquals(List.of("Søknad om tilskudd"), where(problems, late));
        assertTrue(product.spinUntil(() -> row(problems, late) != null), "the table shows it");

        problems.viewer().setSelection(new StructuredSelection(row(problems, late)), true);
        problems.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        assertTrue(product.spinUntil(() -> properties.table() != null && properties.table().getInput() == application),
                "Properties shows the application, to change its status");
        assertEquals(plan, editor.plan(), "the plan editor shows the measure's plan");
        assertEquals(List.of(measure), ((IStructuredSelection) explorer.tree().getSelection()).toList(),
                "the Explorer goes to the measure");

        workspace.commandStack().execute(ApplicationCommands.setStatus(domain, application, ApplicationStatus.APPLIED));
        assertEquals(List.of(), where(problems, late), "applied: the finding goes away");
    }

    private static List<String> where(ProblemsPart problems, String messageStart) {
        return problems.rows().stream().filter(r -> r.message().startsWith(messageStart)).map(ProblemsPart.Row::where).toList();
    }

    private static ProblemsPart.Row row(ProblemsPart problems, String messageStart) {
        Object input = problems.viewer().getInput();
        return input instanceof List<?> rows ? rows.stream().map(ProblemsPart.Row.class::cast)
                .filter(r -> r.message().startsWith(messageStart)).findFirst().orElse(null) : null;
    }

    /** The text of the measure's row in the column titled "Finansiering", as the table draws it. */
    private static String fundingCell(PlanEditorPart editor, Measure measure) {
        Table table = editor.measures().getTable();
        TableColumn[] columns = table.getColumns();
        int column = Arrays.asList(columns).indexOf(Arrays.stream(columns)
                .filter(c -> "Finansiering".equals(c.getText())).findFirst().orElseThrow());
        for (TableItem item : table.getItems()) {
            if (item.getData() == measure) {
                return item.getText(column);
            }
        }
        throw new AssertionError("the measure is not in the table");
    }
}
