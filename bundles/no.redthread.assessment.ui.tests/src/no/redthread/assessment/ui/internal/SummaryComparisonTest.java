package no.redthread.assessment.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentPackage;
import no.redthread.assessment.template.AnswerMeaning;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.model.plan.Plan;
import no.redthread.workbench.SelectionService;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** The summary's chart per dimension and its comparison with an earlier assessment, over the demo workspace. */
class SummaryComparisonTest {

    @TempDir
    Path folder;

    private ViewsFixture fixture;
    private Shell shell;
    private WorkspaceService workspaces;
    private SelectionService selection;
    private AssessmentService service;
    private Workspace workspace;
    private Plan samfunnsdel;
    private FormTemplate template;
    private Names names;
    private AssessmentSummaryPart summary;

    @BeforeEach
    void openTheDemo() throws Exception {
        fixture = new ViewsFixture(folder);
        workspaces = fixture.workspaces;
        selection = fixture.selection;
        service = fixture.assessments;
        workspace = fixture.workspace;
        samfunnsdel = fixture.samfunnsdel;
        template = AssessmentEdits.templatesFor(fixture.catalog, samfunnsdel).get(0);
        shell = fixture.shell;
        shell.setSize(900, 900);
        names = fixture.names;
        summary = new AssessmentSummaryPart(workspaces, service, names, fixture.site(AssessmentSummaryDescriptor.ID));
        summary.createControl(shell);
        shell.open();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theChartHasABarPerDimensionAndASeriesPerOptionWithTheAnswersOfThatDimension() {
        Assessment assessment = create();
        answer(assessment, question(0, 0), "ivaretatt");
        answer(assessment, question(0, 1), "delvis-ivaretatt");
        answer(assessment, question(0, 2), "ivaretatt");
        answer(assessment, question(1, 0), "ikke-ivaretatt");
        answer(assessment, question(2, 0), "ivaretatt");
        answer(assessment, question(2, 1), "ikke-relevant");
        answer(assessment, question(2, 2), "ikke-vurdert");
        show(assessment);

        List<String> rows = summary.completionRows();
        List<String> dimensionNames = rows.subList(0, rows.size() - 1).stream().map(r -> r.split("\\|")[0]).toList();
        assertEquals(dimensionNames, List.of(summary.chart().getAxisSet().getXAxis(0).getCategorySeries()),
                "a bar per dimension, named as in the completion rows");
        assertEquals(3, dimensionNames.size());
        assertArrayEquals(new double[] {2, 0, 1}, values("ivaretatt"));
        assertArrayEquals(new double[] {1, 0, 0}, values("delvis-ivaretatt"));
        assertArrayEquals(new double[] {0, 1, 0}, values("ikke-ivaretatt"));
        assertArrayEquals(new double[] {0, 0, 1}, values("ikke-relevant"));
        assertArrayEquals(new double[] {0, 0, 1}, values("ikke-vurdert"), "not assessed is its own segment");
        double[] unanswered = values(SummaryChart.UNANSWERED);
        for (int d = 0; d < 3; d++) {
            int questions = questionsOf(d).size();
            int answered = d == 0 ? 3 : d == 1 ? 1 : 3;
            assertEquals(questions - answered, unanswered[d], "questions without an answer in dimension " + d);
        }
        List<String> expectedIds = new ArrayList<>(optionIds());
        expectedIds.add(SummaryChart.UNANSWERED);
        assertEquals(expectedIds, seriesIds(), "a series per option in scale order, then the unanswered");
        for (ISeries<?> series : summary.chart().getSeriesSet().getSeries()) {
            assertTrue(series.isStackEnabled(), series.getId() + " is stacked");
            double total = Arrays.stream(series.getYSeries()).sum();
            double expected = series.getId().equals(SummaryChart.UNANSWERED) ? summary.summary().unanswered()
                    : summary.summary().distribution().get(series.getId());
            assertEquals(expected, total, series.getId() + " adds up to the headless distribution");
        }
        assertTrue(summary.chart().getLegend().isVisible());
        IBarSeries<?> fulfilled = (IBarSeries<?>) summary.chart().getSeriesSet().getSeries("ivaretatt");
        assertEquals("Ivaretatt", fulfilled.getDescription(), "the legend shows the option's label");
        assertEquals(SummaryChart.colour(AnswerMeaning.FULFILLED).getRGB(), fulfilled.getBarColor().getRGB());
        IBarSeries<?> gap = (IBarSeries<?>) summary.chart().getSeriesSet().getSeries("ikke-ivaretatt");
        assertEquals(SummaryChart.colour(AnswerMeaning.NOT_FULFILLED).getRGB(), gap.getBarColor().getRGB());

        // another command updates the values in the same series and progress bars
        List<ProgressBar> bars = summary.completion().bars();
        answer(assessment, question(1, 1), "ivaretatt");
        flush();
        assertSame(fulfilled, summary.chart().getSeriesSet().getSeries("ivaretatt"), "the series is kept");
        assertEquals(bars, summary.completion().bars(), "the completion rows are kept");
        assertArrayEquals(new double[] {2, 1, 1}, values("ivaretatt"));
        assertTrue(fulfilled.isStackEnabled());
    }

    @Test
    void theComparisonShowsChangedThemesAndAnswersAndAChangedAnswerOpensItsQuestion() {
        PlacedQuestion better = question(0, 0);
        PlacedQuestion worse = question(1, 0);
        Assessment first = create();
        answer(first, better, "delvis-ivaretatt");
        answer(first, worse, "ivaretatt");
        Assessment second = create();
        workspace.editingDomain().getCommandStack().execute(SetCommand.create(workspace.editingDomain(), second,
                AssessmentPackage.Literals.ASSESSMENT__PREVIOUS, first));
        answer(second, better, "ivaretatt");
        answer(second, worse, "ikke-ivaretatt");
        show(second);
        ComparisonSection comparison = summary.comparison();
        assertNull(comparison.compared(), "nothing is compared while the tab is hidden");

        selectTab(1);
        assertSame(first, comparison.compared(), "the previous assessment is preselected");
        assertEquals(2, comparison.combo().getItemCount(), "none and the previous");
        assertEquals(Messages.get("comparison.counts", 1, 1, 2), comparison.countsText());
        TableItem improved = row(comparison.themes().getTable(), names.theme(better.theme().id(), null));
        assertEquals(Messages.get("comparison.percent", 50), improved.getText(1));
        assertEquals(Messages.get("comparison.percent", 100), improved.getText(2));
        assertEquals("\u2191 +50", improved.getText(3));
        TableItem worsened = row(comparison.answers().getTable(), worse.question().textNb());
        assertEquals("Ivaretatt", worsened.getText(1));
        assertEquals("Ikke ivaretatt", worsened.getText(2));
        assertEquals(Messages.get("comparison.kind.WORSENED"), worsened.getText(3));
        assertEquals(Messages.get("comparison.kind.IMPROVED"),
                row(comparison.answers().getTable(), better.question().textNb()).getText(3));

        Object change = comparison.answers().getElementAt(comparison.answers().getTable().indexOf(worsened));
        comparison.answers().setSelection(new StructuredSelection(change), true);
        flush();
        assertSame(second.answerTo(worse.question().id()), selection.current().get(0),
                "the later assessment's answer is published");

        // "none" is kept across commands until another assessment is shown
        Combo combo = comparison.combo();
        combo.select(0);
        combo.notifyListeners(SWT.Selection, new Event());
        answer(second, question(2, 0), "ivaretatt");
        flush();
        assertNull(comparison.compared());
        assertEquals(0, comparison.answers().getTable().getItemCount());
        assertEquals(Messages.get("comparison.nothing"), comparison.countsText());
        combo.select(1);
        combo.notifyListeners(SWT.Selection, new Event());
        assertEquals(3, comparison.answers().getTable().getItemCount(), "the new answer is one more change");

        // while the overview shows, the comparison waits; showing it catches up
        selectTab(0);
        answer(second, worse, "ivaretatt");
        flush();
        assertEquals(3, comparison.answers().getTable().getItemCount());
        selectTab(1);
        assertEquals(2, comparison.answers().getTable().getItemCount());
    }

    @Test
    void withoutAPreviousAssessmentTheNewestEarlierOneOfTheSamePlanIsPreselected() {
        Assessment first = create();
        Assessment second = create();
        Assessment third = create();
        ComparisonCandidates candidates = ComparisonCandidates.of(second);
        assertEquals(List.of(third, first), candidates.assessments(), "newest first");
        assertSame(first, candidates.preselected(), "a later assessment is listed but not preselected");
        assertEquals(List.of(second, first), ComparisonCandidates.of(third).assessments());
        assertSame(second, ComparisonCandidates.of(third).preselected());
        assertNull(ComparisonCandidates.of(first).preselected(), "nothing earlier: none");
    }

    private Assessment create() {
        Assessment created = AssessmentEdits.create(workspace, service, template, samfunnsdel, "Kari Nordmann");
        flush();
        return created;
    }

    private void answer(Assessment assessment, PlacedQuestion question, String optionId) {
        assertTrue(AssessmentEdits.answer(workspace.editingDomain(), service, assessment, question.question().id(),
                optionId, "Begrunnelse", "Kari Nordmann"));
    }

    private void show(Assessment assessment) {
        selection.publish("test", List.of(assessment));
        flush();
    }

    private void selectTab(int index) {
        summary.tabs().setSelection(index);
        Event event = new Event();
        event.item = summary.tabs().getItem(index);
        summary.tabs().notifyListeners(SWT.Selection, event);
        flush();
    }

    private List<PlacedQuestion> questionsOf(int dimension) {
        String id = template.dimensions().get(dimension).id();
        return template.questions().stream().filter(q -> q.dimension().id().equals(id)).toList();
    }

    private PlacedQuestion question(int dimension, int index) {
        return questionsOf(dimension).get(index);
    }

    private double[] values(String seriesId) {
        ISeries<?> series = summary.chart().getSeriesSet().getSeries(seriesId);
        assertNotNull(series, "a series " + seriesId);
        return series.getYSeries();
    }

    private List<String> optionIds() {
        Map<String, AnswerOption> options = new LinkedHashMap<>();
        template.scales().forEach(scale -> scale.options().forEach(o -> options.putIfAbsent(o.id(), o)));
        return new ArrayList<>(options.keySet());
    }

    private List<String> seriesIds() {
        return Arrays.stream(summary.chart().getSeriesSet().getSeries()).map(ISeries::getId).toList();
    }

    private static TableItem row(Table table, String firstColumn) {
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(firstColumn)) {
                return item;
            }
        }
        throw new AssertionError("no row " + firstColumn + " in "
                + Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList());
    }

    private void flush() {
        fixture.flush();
    }
}
