package no.redthread.assessment.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.assessment.AnswerDistribution;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.Completion;
import no.redthread.assessment.DimensionSummary;
import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.Gap;
import no.redthread.assessment.WeakTheme;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.workbench.ui.TableColumns;

/**
 * The overview tab of the summary: completion per dimension, the answers per dimension as a chart, the candidate
 * goal conflicts, the weak themes and the gaps.
 */
final class SummaryOverview {

    private final Names names;
    private final Composite root;
    private final SummaryCompletion completion;
    private final Label distribution;
    private final SummaryChart chart;
    private final TableViewer gaps;
    private final WeakThemesTable weakThemes;
    private final Label conflicts;
    private final ConflictsTable conflictRows;

    /**
     * @param open called with a selected gap
     * @param openTheme called with a selected weak theme
     * @param openConflict called with a selected candidate goal conflict
     */
    SummaryOverview(Composite parent, Names names, Consumer<Gap> open, Consumer<WeakTheme> openTheme,
            Consumer<ConflictCandidate> openConflict) {
        this.names = names;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        completion = new SummaryCompletion(root);
        distribution = new Label(root, SWT.WRAP);
        distribution.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        chart = new SummaryChart(root);
        GridData chartData = new GridData(SWT.FILL, SWT.TOP, true, false);
        chartData.heightHint = 240;
        chart.chart().setLayoutData(chartData);
        conflicts = new Label(root, SWT.WRAP);
        conflicts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        conflictRows = new ConflictsTable(root, names, openConflict);
        new Label(root, SWT.NONE).setText(Messages.get("summary.weakThemes"));
        weakThemes = new WeakThemesTable(root, names, openTheme);
        new Label(root, SWT.NONE).setText(Messages.get("summary.gaps"));
        gaps = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        gaps.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        gaps.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(gaps, Messages.get("summary.column.theme"), 140, Gap.class, g -> names.theme(g.themeId(), null));
        TableColumns.add(gaps, Messages.get("summary.column.question"), 280, Gap.class, Gap::questionText);
        TableColumns.add(gaps, Messages.get("summary.column.answer"), 110, Gap.class, Gap::optionLabel);
        TableColumns.add(gaps, Messages.get("summary.column.justification"), 200, Gap.class, Gap::justification);
        gaps.getTable().setLinesVisible(true);
        gaps.addOpenListener(e -> openGap(((IStructuredSelection) e.getSelection()).getFirstElement(), open));
        gaps.addSelectionChangedListener(e -> openGap(e.getStructuredSelection().getFirstElement(), open));
    }

    private static void openGap(Object element, Consumer<Gap> open) {
        if (element instanceof Gap gap) {
            open.accept(gap);
        }
    }

    /**
     * The candidate goal conflicts as one line, e.g. "Mulige målkonflikter: Klima (2 positive, 1 negative)"; empty
     * when there are none.
     */
    static String conflictText(List<ConflictCandidate> candidates, Names names) {
        if (candidates.isEmpty()) {
            return "";
        }
        return Messages.get("summary.conflicts", String.join(", ", candidates.stream()
                .map(c -> Messages.get("summary.conflict", names.theme(c.themeId(), c.nameNb()),
                        c.positiveQuestionIds().size(), c.negativeQuestionIds().size()))
                .toList()));
    }

    Label conflicts() {
        return conflicts;
    }

    ConflictsTable conflictRows() {
        return conflictRows;
    }

    WeakThemesTable weakThemes() {
        return weakThemes;
    }

    Composite control() {
        return root;
    }

    /** Shows an assessment's summary against its worksheet; a null summary empties the tab. */
    void show(Assessment assessment, FormTemplate template, AssessmentSummary summary, List<WeakTheme> weak) {
        weakThemes.show(weak);
        String conflictText = summary == null ? "" : conflictText(summary.conflicts(), names);
        conflicts.setText(conflictText);
        conflicts.setVisible(!conflictText.isEmpty());
        ((GridData) conflicts.getLayoutData()).exclude = conflictText.isEmpty();
        conflictRows.show(summary == null ? List.of() : summary.conflicts());
        if (summary == null) {
            completion.show(List.of(), List.of());
            distribution.setText("");
            chart.show(List.of(), null);
            gaps.setInput(List.of());
            return;
        }
        List<String> dimensions = new ArrayList<>();
        List<Completion> completions = new ArrayList<>();
        for (DimensionSummary dimension : summary.dimensions()) {
            dimensions.add(names.dimension(dimension.dimensionId(), dimension.nameNb()));
            completions.add(dimension.completion());
        }
        chart.show(dimensions, AnswerDistribution.of(assessment, template));
        dimensions.add(Messages.get("summary.total"));
        completions.add(summary.completion());
        completion.show(dimensions, completions);
        distribution.setText(distributionText(template, summary));
        gaps.setInput(summary.gaps());
    }

    /** The answer distribution as text, option labels in the worksheet's order, e.g. "Ivaretatt: 2 · Ubesvart: 40". */
    static String distributionText(FormTemplate template, AssessmentSummary summary) {
        if (summary == null) {
            return "";
        }
        String parts = summary.distribution().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> Names.optionLabel(template, e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(" · "));
        String unanswered = Messages.get("summary.unanswered", summary.unanswered());
        return Messages.get("summary.distribution") + ": " + (parts.isEmpty() ? unanswered : parts + " · " + unanswered);
    }

    SummaryChart chart() {
        return chart;
    }

    TableViewer gaps() {
        return gaps;
    }

    SummaryCompletion completion() {
        return completion;
    }
}
