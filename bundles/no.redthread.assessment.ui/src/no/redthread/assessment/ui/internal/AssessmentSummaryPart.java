package no.redthread.assessment.ui.internal;

import no.redthread.workspace.ui.WorkspaceWatch;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.Completion;
import no.redthread.assessment.DimensionSummary;
import no.redthread.assessment.Gap;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.TableColumns;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;

/**
 * The summary of the selected assessment: completion per dimension, the gaps (selecting one shows its question in the
 * editor) and the distribution of answers.
 */
public final class AssessmentSummaryPart implements WorkbenchPart {

    private static final String SERIES = "distribution";

    private final WorkspaceService workspaces;
    private final AssessmentService service;
    private final Names names;
    private final PartSite site;

    private Composite root;
    private Label title;
    private Composite dimensions;
    private Label distribution;
    private TableViewer gaps;
    private Chart chart;
    private Assessment assessment;
    private AssessmentSummary summary;

    public AssessmentSummaryPart(WorkspaceService workspaces, AssessmentService service,
            Names names, PartSite site) {
        this.workspaces = workspaces;
        this.service = service;
        this.names = names;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        title = new Label(root, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        dimensions = new Composite(root, SWT.NONE);
        dimensions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        dimensions.setLayout(new GridLayout(3, false));
        distribution = new Label(root, SWT.WRAP);
        distribution.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        chart = new Chart(root, SWT.NONE);
        GridData chartData = new GridData(SWT.FILL, SWT.TOP, true, false);
        chartData.heightHint = 180;
        chart.setLayoutData(chartData);
        chart.getTitle().setVisible(false);
        chart.getLegend().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        Label gapsLabel = new Label(root, SWT.NONE);
        gapsLabel.setText(Messages.get("summary.gaps"));
        gaps = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        gaps.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        gaps.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(gaps, Messages.get("summary.column.theme"), 140, Gap.class, g -> names.theme(g.themeId(), null));
        TableColumns.add(gaps, Messages.get("summary.column.question"), 280, Gap.class, Gap::questionText);
        TableColumns.add(gaps, Messages.get("summary.column.answer"), 110, Gap.class, Gap::optionLabel);
        TableColumns.add(gaps, Messages.get("summary.column.justification"), 200, Gap.class, Gap::justification);
        gaps.getTable().setLinesVisible(true);
        gaps.addOpenListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        gaps.addSelectionChangedListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        site.followSelection(this::follow);
        new WorkspaceWatch(workspaces, root, this::refresh);
        follow(site.currentSelection());
        refresh();
    }


    private void follow(List<?> objects) {
        if (objects == null || objects.isEmpty()) {
            return;
        }
        Object first = objects.get(0);
        Assessment found = first instanceof Assessment a ? a
                : first instanceof Answer answer && answer.eContainer() instanceof Assessment a ? a : null;
        if (found != null && found != assessment) {
            assessment = found;
            refresh();
        }
    }

    /** Publishes the answer of a gap, so the editor shows its question. */
    private void open(Object element) {
        if (element instanceof Gap gap && assessment != null) {
            Answer answer = assessment.answerTo(gap.questionId());
            site.publishSelection(answer != null ? List.of(answer) : List.of(assessment));
        }
    }

    public void show(Assessment shown) {
        assessment = shown;
        refresh();
    }

    void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        for (Control child : dimensions.getChildren()) {
            child.dispose();
        }
        if (assessment != null && !(assessment.eContainer() instanceof AssessmentSet)) {
            assessment = null;
        }
        summary = null;
        if (assessment != null) {
            try {
                summary = service.summarise(assessment);
            } catch (IllegalStateException e) {
                title.setText(Messages.get("editor.noTemplate", assessment.getTemplateId(), assessment.getTemplateVersion()));
            }
        }
        if (summary == null) {
            if (assessment == null) {
                title.setText(Messages.get("summary.empty"));
            }
            distribution.setText("");
            updateChart(new String[0], new double[0]);
            gaps.setInput(List.of());
            root.layout(true, true);
            return;
        }
        title.setText(Messages.get("editor.title", Names.title(assessment), Names.subject(assessment)));
        for (DimensionSummary dimension : summary.dimensions()) {
            addCompletion(names.dimension(dimension.dimensionId(), dimension.nameNb()), dimension.completion());
        }
        addCompletion(Messages.get("summary.total"), summary.completion());
        distribution.setText(distributionText());
        FormTemplate template = service.templateOf(assessment).orElse(null);
        List<Map.Entry<String, Integer>> counts = List.copyOf(summary.distribution().entrySet());
        String[] categories = new String[counts.size() + 1];
        double[] values = new double[counts.size() + 1];
        for (int i = 0; i < counts.size(); i++) {
            categories[i] = label(template, counts.get(i).getKey());
            values[i] = counts.get(i).getValue();
        }
        categories[counts.size()] = Messages.get("summary.unansweredShort");
        values[counts.size()] = summary.unanswered();
        updateChart(categories, values);
        gaps.setInput(summary.gaps());
        root.layout(true, true);
    }

    /** The answer distribution as a bar chart (SWTChart): one bar per option and one for the unanswered questions. */
    private void updateChart(String[] categories, double[] values) {
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
        chart.getAxisSet().getXAxis(0).setCategorySeries(categories);
        if (values.length > 0) {
            ISeries<?> bars = chart.getSeriesSet().createSeries(SeriesType.BAR, SERIES);
            bars.setYSeries(values);
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    public Chart chart() {
        return chart;
    }

    private void addCompletion(String name, Completion completion) {
        Label label = new Label(dimensions, SWT.NONE);
        label.setText(name);
        ProgressBar bar = new ProgressBar(dimensions, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(Math.max(completion.total(), 1));
        bar.setSelection(completion.answered());
        GridData barData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        barData.widthHint = 120;
        bar.setLayoutData(barData);
        Label count = new Label(dimensions, SWT.NONE);
        count.setText(Messages.get("editor.completion", completion.answered(), completion.total()));
    }

    /** The answer distribution as text, option labels in the worksheet's order, e.g. "Ivaretatt: 2 · Ubesvart: 40". */
    public String distributionText() {
        if (summary == null) {
            return "";
        }
        FormTemplate template = service.templateOf(assessment).orElse(null);
        Map<String, Integer> counts = summary.distribution();
        String parts = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> label(template, e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(" · "));
        String unanswered = Messages.get("summary.unanswered", summary.unanswered());
        return Messages.get("summary.distribution") + ": " + (parts.isEmpty() ? unanswered : parts + " · " + unanswered);
    }

    private static String label(FormTemplate template, String optionId) {
        if (template != null) {
            for (var scale : template.scales()) {
                for (AnswerOption option : scale.options()) {
                    if (option.id().equals(optionId)) {
                        return option.labelNb();
                    }
                }
            }
        }
        return optionId;
    }

    public AssessmentSummary summary() {
        return summary;
    }

    public TableViewer gaps() {
        return gaps;
    }

    /** The completion rows as shown: "name|answered of total" lines. */
    public List<String> completionRows() {
        Control[] children = dimensions.getChildren();
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i + 2 < children.length; i += 3) {
            lines.add(((Label) children[i]).getText() + "|" + ((Label) children[i + 2]).getText());
        }
        return lines;
    }

    @Override
    public void setFocus() {
        gaps.getTable().setFocus();
    }

}
