package no.redthread.funding.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.funding.SearchResult;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;
import no.redthread.workspace.ui.WorkspaceWatch;

/**
 * The deadlines of the next twelve months: the workspace's applications, the schemes of the current search, today and
 * the budget calendar. Follows the search and the workspace; choosing a row selects its scheme or application.
 */
final class TimelinePart implements WorkbenchPart {

    private final FundingSession session;
    private final WorkspaceService workspaces;
    private final Supplier<List<Timeline.Row>> applications;
    private final PartSite site;
    private TimelineCanvas canvas;
    private Timeline timeline;

    TimelinePart(FundingSession session, WorkspaceService workspaces, Supplier<List<Timeline.Row>> applications,
            PartSite site) {
        this.session = session;
        this.workspaces = workspaces;
        this.applications = applications;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Label notice = new Label(root, SWT.WRAP);
        notice.setText(Messages.get("timeline.notice"));
        notice.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        canvas = new TimelineCanvas(root, this::choose);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Runnable stop = session.addListener(this::refresh);
        root.addDisposeListener(e -> stop.run());
        new WorkspaceWatch(workspaces, root, this::refresh);
        refresh();
    }

    void refresh() {
        if (canvas.control().isDisposed()) {
            return;
        }
        timeline = Timeline.of(session.today(), session.hits().stream().map(SearchResult.Hit::scheme).toList(),
                applications.get(), workspaces.current().flatMap(w -> w.planSystem()));
        canvas.show(timeline);
    }

    Timeline timeline() {
        return timeline;
    }

    TimelineCanvas canvas() {
        return canvas;
    }

    private void choose(int row) {
        site.publishSelection(List.of(timeline.rows().get(row).subject()));
    }

    @Override
    public void setFocus() {
        canvas.control().setFocus();
    }
}
