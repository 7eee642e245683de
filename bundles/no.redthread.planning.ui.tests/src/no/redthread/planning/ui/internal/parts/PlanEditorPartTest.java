package no.redthread.planning.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.StandalonePartSite;

class PlanEditorPartTest {

    private static Display display;
    private Shell shell;

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void editingAMeasureInPlaceIsOneUndoableCommand() {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
                new BasicCommandStack());
        Plan plan = PlanFactory.eINSTANCE.createPlan();
        plan.setId("plan-1");
        plan.setName("Handlings- og økonomiplan 2025–2028");
        plan.setKind(PlanKind.HANDLINGS_OG_OKONOMIPLAN);
        Measure measure = PlanFactory.eINSTANCE.createMeasure();
        measure.setId("measure-1");
        measure.setName("Trygge skoleveier");
        measure.setCostPerYear(250_000);
        plan.getMeasures().add(measure);
        Resource resource = new ResourceImpl(URI.createURI("memory:/plansystem.json"));
        resource.getContents().add(plan);
        domain.getResourceSet().getResources().add(resource);

        PlanEditorPart part = open(new RecordingSelection());
        part.show(plan);
        Table table = part.measures().getTable();
        assertEquals(1, table.getItemCount());
        assertEquals("Trygge skoleveier", table.getItem(0).getText(0));

        part.measures().editElement(measure, 2);
        org.eclipse.swt.widgets.Text editor = (org.eclipse.swt.widgets.Text) java.util.Arrays.stream(table.getChildren())
                .filter(org.eclipse.swt.widgets.Control::isVisible).findFirst().orElseThrow(() -> new AssertionError("no cell editor open"));
        editor.setText("300 000");
        part.measures().applyEditorValue();

        assertEquals(300_000, measure.getCostPerYear(), 0.001);
        assertTrue(domain.getCommandStack().canUndo());
        domain.getCommandStack().undo();
        assertEquals(250_000, measure.getCostPerYear(), 0.001);
        assertEquals(String.format("%,.0f", 250_000.0), table.getItem(0).getText(2), "the table follows undo");
    }

    @Test
    void thePartFollowsTheSelectionToThePlanOfAnyObjectInside() {
        Plan plan = PlanFactory.eINSTANCE.createPlan();
        plan.setName("Kommuneplanens samfunnsdel");
        Measure measure = PlanFactory.eINSTANCE.createMeasure();
        plan.getMeasures().add(measure);
        RecordingSelection selection = new RecordingSelection();
        PlanEditorPart part = open(selection);

        selection.publish("no.redthread.explorer", List.of(measure));

        assertEquals(plan, part.plan());
    }

    private PlanEditorPart open(SelectionService selection) {
        if (display == null) {
            display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        }
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        PlanEditorPart part = new PlanEditorPart(object -> true, site(shell, selection));
        part.createControl(shell);
        shell.setSize(1000, 700);
        shell.open();
        return part;
    }

    private static PartSite site(Shell shell, SelectionService selection) {
        return new StandalonePartSite(PlanEditorDescriptor.ID, shell, selection);
    }

    /** The real selection service is a DS component of another bundle; this is its contract in a few lines. */
    private static final class RecordingSelection implements SelectionService {
        private final List<java.util.function.BiConsumer<String, List<?>>> listeners = new java.util.ArrayList<>();
        private List<?> current = List.of();

        public void publish(String partId, List<?> selection) {
            current = selection;
            listeners.forEach(l -> l.accept(partId, selection));
        }

        public List<?> current() {
            return current;
        }

        public String currentSource() {
            return null;
        }

        public AutoCloseable addListener(java.util.function.BiConsumer<String, List<?>> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
