package no.redthread.chains.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import no.redthread.chains.ChainLibrary;
import no.redthread.chains.ChainRunner;
import no.redthread.chains.ChainStep;
import no.redthread.chains.ChainSteps;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchNavigation;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;

/**
 * <i>Kjeder</i>: choose a saved chain or start a new one ({@link ChainChoice}), add steps from a palette of the
 * installed steps that fit after the last one, move and remove them, edit the chosen step's parameters, save the chain
 * in the workspace or as a recipe ({@link ChainSaving}), and run it ({@link RunControl}). The type check's message stays
 * under the steps while the chain does not fit, and Run waits for it.
 */
final class ChainEditorPart implements WorkbenchPart {

    /** What the editor works with. */
    record Services(ChainSteps steps, ChainLibrary library, ChainRunner runner, WorkspaceService workspaces,
            ChainResults results, Consumer<Runnable> listenSteps, Consumer<Runnable> unlistenSteps,
            Supplier<WorkbenchNavigation> navigation) {
    }

    private final PartSite site;
    private final Services services;
    private final Locale locale = Locale.getDefault();
    private final Runnable stepsChanged = this::stepsChangedLater;
    private ChainDraft draft = new ChainDraft(Messages.get("chain.newName"));
    private ChainChoice choice;
    private StepsPanel steps;
    private ParameterTable parameters;
    private Label problem;
    private Button run;
    private RunControl runControl;
    private ChainSaving saving;

    ChainEditorPart(PartSite site, Services services) {
        this.site = site;
        this.services = services;
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        choice = new ChainChoice(root, services, this::edit, typed -> {
            draft.rename(typed);
            refresh();
        });
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm top = new SashForm(sash, SWT.HORIZONTAL);
        steps = new StepsPanel(top, services.steps(), locale, this::refresh);
        top.setWeights(35, 65);
        Group parameterGroup = new Group(sash, SWT.NONE);
        parameterGroup.setText(Messages.get("parameters.group"));
        parameterGroup.setLayout(new FillLayout());
        parameters = new ParameterTable(parameterGroup);
        sash.setWeights(70, 30);
        problem = new Label(root, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(new GridLayout(5, false));
        saving = new ChainSaving(buttons, services, () -> draft, choice::markSaved, site::setStatusMessage);
        run = new Button(buttons, SWT.PUSH);
        run.setText(Messages.get("run.button"));
        run.addListener(SWT.Selection, e -> run());
        runControl = new RunControl(buttons, root, services.runner(), this::stepName, this::finished);
        services.listenSteps().accept(stepsChanged);
        root.addDisposeListener(e -> services.unlistenSteps().accept(stepsChanged));
        edit(draft);
    }

    /** Puts a chain in the editor (a chosen one, or a new empty one). */
    void edit(ChainDraft chosen) {
        draft = chosen;
        steps.show(draft);
        choice.showName(draft.name());
        refresh();
    }

    /** Shows the draft as it is now: palette, steps, the chosen step's parameters, the check and the buttons. */
    void refresh() {
        if (problem.isDisposed()) {
            return;
        }
        steps.refresh();
        int index = steps.selectedIndex();
        ChainStep step = index < 0 ? null : services.steps().step(draft.steps().get(index).step()).orElse(null);
        parameters.show(draft, index, step, this::refresh);
        String message = draft.problem(services.steps(), locale).orElse("");
        problem.setText(message);
        problem.getParent().layout(true);
        boolean workspaceOpen = services.workspaces().current().isPresent();
        run.setEnabled(message.isEmpty() && workspaceOpen && !runControl.running());
        saving.enable(message.isEmpty(), workspaceOpen);
    }

    private void stepsChangedLater() {
        if (!problem.isDisposed()) {
            problem.getDisplay().asyncExec(this::refresh);
        }
    }

    private void run() {
        services.workspaces().current().ifPresent(workspace -> {
            runControl.start(draft.toChain(), workspace, this::refresh);
            refresh();
        });
    }

    private void finished(ChainResults.Run result) {
        services.results().publish(result);
        WorkbenchNavigation navigation = services.navigation().get();
        if (navigation != null) {
            navigation.showPart(ResultsDescriptor.ID);
        }
    }

    private String stepName(String id) {
        return services.steps().step(id).map(step -> step.name(locale)).orElse(id);
    }

    ChainDraft draft() {
        return draft;
    }

    StepsPanel steps() {
        return steps;
    }

    ParameterTable parameters() {
        return parameters;
    }

    ChainChoice choice() {
        return choice;
    }

    ChainSaving saving() {
        return saving;
    }

    Label problem() {
        return problem;
    }

    Button runButton() {
        return run;
    }

    RunControl runControl() {
        return runControl;
    }

    @Override
    public void setFocus() {
        steps.setFocus();
    }

    List<String> paletteIds() {
        return steps.paletteIds();
    }
}
