package no.redthread.assessment.ui.internal;

import java.util.List;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.Gap;
import no.redthread.assessment.WeakTheme;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;
import no.redthread.workspace.ui.WorkspaceWatch;

/**
 * The summary of the selected assessment: an overview tab (completion, answers per dimension, gaps; selecting a gap
 * shows its question in the editor) and a comparison tab (changes since an earlier assessment of the same subject).
 */
public final class AssessmentSummaryPart implements WorkbenchPart {

    private final WorkspaceService workspaces;
    private final AssessmentService service;
    private final Names names;
    private final PartSite site;

    private Composite root;
    private Label title;
    private CTabFolder tabs;
    private CTabItem comparisonTab;
    private SummaryOverview overview;
    private ComparisonSection comparison;
    /** Whether the comparison missed changes while its tab was hidden. */
    private boolean comparisonStale = true;
    private Assessment assessment;
    private FormTemplate template;
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
        tabs = new CTabFolder(root, SWT.BORDER | SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        overview = new SummaryOverview(tabs, names, this::open, this::openTheme, this::openConflict);
        addContextCommands(overview.weakThemes().table().getTable());
        addContextCommands(overview.conflictRows().table().getTable());
        CTabItem overviewTab = new CTabItem(tabs, SWT.NONE);
        overviewTab.setText(Messages.get("summary.tab.overview"));
        overviewTab.setControl(overview.control());
        comparison = new ComparisonSection(tabs, service, names, site);
        comparisonTab = new CTabItem(tabs, SWT.NONE);
        comparisonTab.setText(Messages.get("comparison.tab"));
        comparisonTab.setControl(comparison.control());
        tabs.setSelection(overviewTab);
        tabs.addListener(SWT.Selection, e -> refreshComparison(false));
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

    /**
     * The commands other bundles offer on the selection as a table's context menu: on a weak theme e.g. Finn
     * tilskudd, on a candidate goal conflict e.g. Start dilemmatrening.
     */
    private void addContextCommands(Table table) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(site::addContextCommands);
        table.setMenu(menu.createContextMenu(table));
    }

    /** Selects the plan model's theme of a weak theme, so the dashboard and the Explorer turn to it. */
    private void openTheme(WeakTheme theme) {
        if (assessment != null) {
            WeakThemesTable.frameTheme(assessment, theme.themeId()).ifPresent(found -> site.publishSelection(List.of(found)));
        }
    }

    /** Publishes a candidate goal conflict with its assessment, for the commands that act on one. */
    private void openConflict(ConflictCandidate conflict) {
        if (assessment != null) {
            site.publishSelection(List.of(conflict, assessment));
        }
    }

    /** Publishes the answer of a gap, so the editor shows its question. */
    private void open(Gap gap) {
        if (assessment != null) {
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
        if (assessment != null && !(assessment.eContainer() instanceof AssessmentSet)) {
            assessment = null;
        }
        template = assessment == null ? null : service.templateOf(assessment).orElse(null);
        summary = template == null ? null : service.summarise(assessment, template);
        if (assessment == null) {
            title.setText(Messages.get("summary.empty"));
        } else if (summary == null) {
            title.setText(Messages.get("editor.noTemplate", assessment.getTemplateId(), assessment.getTemplateVersion()));
        } else {
            title.setText(Messages.get("editor.title", Names.title(assessment), Names.subject(assessment)));
        }
        overview.show(assessment, template, summary, summary == null ? List.of() : summary.weakThemes());
        refreshComparison(true);
        root.layout(true, true);
    }

    /**
     * Comparing summarises both assessments again, so it only runs while its tab shows; changes while it is hidden
     * mark it stale, and showing the tab catches up.
     */
    private void refreshComparison(boolean changed) {
        if (tabs.getSelection() != comparisonTab) {
            comparisonStale |= changed;
        } else if (changed || comparisonStale) {
            comparison.update(assessment);
            comparisonStale = false;
        }
    }

    /** The answer distribution as text, option labels in the worksheet's order, e.g. "Ivaretatt: 2 · Ubesvart: 40". */
    public String distributionText() {
        return SummaryOverview.distributionText(template, summary);
    }

    public AssessmentSummary summary() {
        return summary;
    }

    public Chart chart() {
        return overview.chart().chart();
    }

    TableViewer conflicts() {
        return overview.conflictRows().table();
    }

    TableViewer weakThemes() {
        return overview.weakThemes().table();
    }

    public TableViewer gaps() {
        return overview.gaps();
    }

    /** The completion rows as shown: "name|answered of total" lines. */
    public List<String> completionRows() {
        return overview.completion().lines();
    }

    SummaryCompletion completion() {
        return overview.completion();
    }

    CTabFolder tabs() {
        return tabs;
    }

    ComparisonSection comparison() {
        return comparison;
    }

    @Override
    public void setFocus() {
        overview.gaps().getTable().setFocus();
    }
}
