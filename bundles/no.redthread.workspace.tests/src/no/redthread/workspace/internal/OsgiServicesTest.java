package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import no.redthread.model.api.ModelContribution;
import no.redthread.model.plan.Identified;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanPackage;
import no.redthread.workbench.UndoContext;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** The DS components in the running framework: the workspace service, its undo context, and what plugins add. */
class OsgiServicesTest {

    @TempDir
    Path folder;

    @Test
    void theUndoContextServiceUndoesTheWorkspaceServicesCommands() throws Exception {
        WorkspaceService workspaces = Fixtures.osgiService(WorkspaceService.class, null);
        UndoContext undo = Fixtures.osgiService(UndoContext.class, "(service.ranking=100)");
        Workspace workspace = workspaces.createFor(folder.resolve("undo"), SampleModels.municipality("1871", "Andøy"));
        try {
            Plan plan = workspace.planSystem().orElseThrow().getPlans().get(0);
            workspace.commandStack().execute(SetCommand.create(workspace.editingDomain(), plan, PlanPackage.Literals.PLAN__NAME, "Endret"));

            assertTrue(undo.canUndo());
            undo.undo();

            assertEquals("Kunnskapsgrunnlag", plan.getName());
            assertTrue(undo.canRedo());
            assertTrue(workspaces.recentWorkspaces().contains(folder.resolve("undo").toAbsolutePath()));
        } finally {
            workspaces.close();
        }
    }

    @Test
    void pluginsAdapterFactoriesAndModulesArePickedUp() throws Exception {
        WorkspaceService workspaces = Fixtures.osgiService(WorkspaceService.class, null);
        BundleContext context = FrameworkUtil.getBundle(OsgiServicesTest.class).getBundleContext();
        Workspace workspace = workspaces.createFor(folder.resolve("plugins"), SampleModels.municipality("1871", "Andøy"));
        ServiceRegistration<ComposeableAdapterFactory> labels = context.registerService(ComposeableAdapterFactory.class, new LabelFactory(), null);
        Dictionary<String, Object> properties = new Hashtable<>();
        ServiceRegistration<ModelContribution> notes = context.registerService(ModelContribution.class, new NotesModule(), properties);
        try {
            Plan plan = workspace.planSystem().orElseThrow().getPlans().get(0);
            IItemLabelProvider label = (IItemLabelProvider) workspace.editingDomain().getAdapterFactory().adapt(plan, IItemLabelProvider.class);
            assertEquals("label plan-kunnskapsgrunnlag", label.getText(plan));
            assertTrue(workspace.moduleRoot(NotesModule.ID).isPresent(), "a module that arrives later gets its root");

            labels.unregister();
            var goal = PlanPackage.eINSTANCE.getPlanFactory().createGoal();
            IItemLabelProvider fallback = (IItemLabelProvider) workspace.editingDomain().getAdapterFactory().adapt(goal, IItemLabelProvider.class);
            assertNotNull(fallback, "the reflective item provider is the fallback");
        } finally {
            notes.unregister();
            workspaces.close();
        }
    }

    /** A plugin's item providers, as a model.edit bundle would register them. */
    private static final class LabelFactory extends AdapterFactoryImpl implements ComposeableAdapterFactory {

        private ComposedAdapterFactory parent;

        @Override
        public boolean isFactoryForType(Object type) {
            return type == PlanPackage.eINSTANCE || type == IItemLabelProvider.class;
        }

        @Override
        public Object adapt(Object target, Object type) {
            return isFactoryForType(type) ? super.adapt(target, type) : null;
        }

        @Override
        protected Adapter createAdapter(Notifier target) {
            return new Label(this);
        }

        @Override
        public ComposeableAdapterFactory getRootAdapterFactory() {
            return parent == null ? this : parent.getRootAdapterFactory();
        }

        @Override
        public void setParentAdapterFactory(ComposedAdapterFactory parent) {
            this.parent = parent;
        }
    }

    private static final class Label extends ItemProviderAdapter implements IItemLabelProvider {

        Label(LabelFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            return "label " + ((Identified) object).getId();
        }
    }
}
