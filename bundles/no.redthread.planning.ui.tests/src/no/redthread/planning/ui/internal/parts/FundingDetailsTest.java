package no.redthread.planning.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
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
import no.redthread.workspace.Workspace;

/**
 * Granted grants show in a measure's funding, in the plan editor's column and under Properties, through the product's
 * path: the demo workspace of the real WorkspaceService, the funding module's real FundingDetails service (the
 * planning views know no funding bundle), commands on the workspace's editing domain, a real SWT table.
 */
class FundingDetailsTest {

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
