package no.redthread.assessment.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.assessment.AssessmentComparison;
import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.workbench.ui.PartSite;

/**
 * The comparison of the shown assessment with an earlier one of the same plan or case ("Sammenlignet med"): the
 * themes whose score changed, the answers that changed, and how many gaps were closed or opened. Selecting a changed
 * answer shows the question of the shown (later) assessment in the editor.
 */
final class ComparisonSection {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AssessmentService service;
    private final PartSite site;
    private final Composite root;
    private final Combo combo;
    private final Label counts;
    private final ComparisonTables tables;
    private Assessment current;
    private ComparisonCandidates candidates = new ComparisonCandidates(List.of(), null);
    /** What the user chose in the combo for {@link #choiceFor} (null: "none"); every refresh keeps it. */
    private Assessment choice;
    private Assessment choiceFor;
    private Assessment compared;

    ComparisonSection(Composite parent, AssessmentService service, Names names, PartSite site) {
        this.service = service;
        this.site = site;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        new Label(root, SWT.NONE).setText(Messages.get("comparison.with"));
        combo = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> choose(combo.getSelectionIndex()));
        counts = new Label(root, SWT.WRAP);
        counts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        tables = new ComparisonTables(root, names, this::open);
    }

    Composite control() {
        return root;
    }

    /** Shows the comparison of an assessment (null: nothing) with the chosen or preselected earlier one. */
    void update(Assessment assessment) {
        current = assessment;
        candidates = ComparisonCandidates.of(assessment);
        String[] items = items();
        if (!Arrays.equals(items, combo.getItems())) {
            combo.setItems(items);
        }
        boolean kept = choiceFor != null && choiceFor == assessment
                && (choice == null || candidates.assessments().contains(choice));
        compared = kept ? choice : candidates.preselected();
        combo.select(compared == null ? 0 : candidates.assessments().indexOf(compared) + 1);
        combo.setEnabled(assessment != null);
        AssessmentComparison comparison = null;
        String message;
        if (assessment == null) {
            message = "";
        } else if (compared == null) {
            message = Messages.get(candidates.assessments().isEmpty() ? "comparison.noCandidates" : "comparison.nothing");
        } else {
            try {
                comparison = service.compare(compared, assessment);
                message = Messages.get("comparison.counts", comparison.closedGaps().size(),
                        comparison.newGaps().size(), comparison.changes().size());
            } catch (IllegalStateException | IllegalArgumentException e) {
                message = Messages.get("comparison.failed", e.getMessage());
            }
        }
        counts.setText(message);
        tables.show(comparison, comparison == null ? null : service.templateOf(compared).orElse(null),
                comparison == null ? null : service.templateOf(assessment).orElse(null));
        root.layout(true, true);
    }

    private String[] items() {
        List<String> items = new ArrayList<>();
        items.add(Messages.get("comparison.none"));
        for (Assessment candidate : candidates.assessments()) {
            String created = candidate.getCreatedAt() == null ? ""
                    : CREATED.format(candidate.getCreatedAt().atZone(ZoneId.systemDefault()));
            String status = candidate.getStatus() == null ? "" : Messages.get("status." + candidate.getStatus().name());
            // the date first: revisions share their worksheet's long title, and the combo is narrow
            items.add(Messages.get("comparison.candidate", created, Names.title(candidate), status,
                    Names.subject(candidate)));
        }
        return items.toArray(String[]::new);
    }

    private void choose(int index) {
        choice = index <= 0 ? null : candidates.assessments().get(index - 1);
        choiceFor = current;
        update(current);
    }

    /** Publishes the later assessment's answer of a changed question, so the editor shows the question. */
    private void open(String questionId) {
        if (current != null && questionId != null) {
            Answer answer = current.answerTo(questionId);
            site.publishSelection(answer != null ? List.of(answer) : List.of(current));
        }
    }

    /** The earlier assessment compared with, or null. */
    Assessment compared() {
        return compared;
    }

    Combo combo() {
        return combo;
    }

    String countsText() {
        return counts.getText();
    }

    TableViewer themes() {
        return tables.themes();
    }

    TableViewer answers() {
        return tables.answers();
    }
}
