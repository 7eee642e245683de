package no.redthread.assessment.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.workbench.ui.TableColumns;
import no.redthread.workspace.Workspace;

/**
 * Chooses the goals and measures of the plan system and the indicators of the workspace that an answer cites as
 * evidence: a filtered check list of them all, the answer's current evidence checked.
 */
final class EvidenceDialog extends Dialog {

    private final Answer answer;
    private final List<Object> candidates;
    private final List<Object> chosen = new ArrayList<>();
    private CheckboxTableViewer viewer;

    EvidenceDialog(Shell shell, Answer answer, List<Object> candidates) {
        super(shell);
        this.answer = answer;
        chosen.addAll(answer.getEvidenceGoals());
        chosen.addAll(answer.getEvidenceMeasures());
        List<IndicatorEvidence> known = candidates.stream().filter(IndicatorEvidence.class::isInstance)
                .map(IndicatorEvidence.class::cast).toList();
        chosen.addAll(IndicatorEvidence.cited(answer.getEvidenceIndicators(), known));
        List<Object> all = new ArrayList<>(candidates);
        chosen.stream().filter(c -> !all.contains(c)).forEach(all::add); // a cited code the workspace lacks stays
        this.candidates = all;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("evidence.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label question = new Label(area, SWT.WRAP);
        question.setText(answer.getQuestionText() == null ? "" : answer.getQuestionText());
        GridData questionData = new GridData(SWT.FILL, SWT.TOP, true, false);
        questionData.widthHint = 520;
        question.setLayoutData(questionData);
        Text filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        filter.setMessage(Messages.get("evidence.filter"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 300;
        viewer.getTable().setLayoutData(tableData);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(viewer, Messages.get("evidence.column.kind"), 80, Object.class, EvidenceDialog::kind);
        TableColumns.add(viewer, Messages.get("evidence.column.name"), 300, Object.class, EvidenceDialog::name);
        TableColumns.add(viewer, Messages.get("evidence.column.plan"), 180, Object.class, EvidenceDialog::plan);
        viewer.setInput(candidates);
        viewer.setCheckedElements(chosen.toArray());
        viewer.addCheckStateListener(e -> {
            if (e.getChecked()) {
                chosen.add(e.getElement());
            } else {
                chosen.remove(e.getElement());
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String wanted = filter.getText().strip().toLowerCase();
                return wanted.isEmpty() || name(element).toLowerCase().contains(wanted);
            }
        });
        filter.addListener(SWT.Modify, e -> {
            viewer.refresh();
            viewer.setCheckedElements(chosen.toArray());
        });
        return area;
    }

    /**
     * Every goal and measure of the plan system the assessed plan or case belongs to, plan by plan, then the
     * workspace's indicators.
     */
    static List<Object> candidates(Assessment assessment, Workspace workspace) {
        List<Object> candidates = new ArrayList<>();
        AssessmentEdits.planSystemOf(assessment).ifPresent(system -> system.getPlans().forEach(plan -> {
            candidates.addAll(plan.getGoals());
            candidates.addAll(plan.getMeasures());
        }));
        candidates.addAll(IndicatorEvidence.of(workspace));
        return candidates;
    }

    List<Goal> goals() {
        return chosen.stream().filter(Goal.class::isInstance).map(Goal.class::cast).toList();
    }

    List<Measure> measures() {
        return chosen.stream().filter(Measure.class::isInstance).map(Measure.class::cast).toList();
    }

    List<String> indicatorCodes() {
        return chosen.stream().filter(IndicatorEvidence.class::isInstance).map(i -> ((IndicatorEvidence) i).code())
                .toList();
    }

    private static String kind(Object element) {
        return Messages.get(element instanceof Goal ? "evidence.goal"
                : element instanceof Measure ? "evidence.measure" : "evidence.indicator");
    }

    static String name(Object element) {
        String name = element instanceof Goal goal ? goal.getName() : element instanceof Measure m ? m.getName()
                : element instanceof IndicatorEvidence indicator ? indicator.label()
                : element instanceof String code ? code : null;
        return name == null ? "" : name;
    }

    private static String plan(Object element) {
        return element instanceof EObject object && object.eContainer() instanceof Plan p
                && p.getName() != null ? p.getName() : "";
    }
}
