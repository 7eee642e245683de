package no.redthread.funding.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.redthread.funding.SearchQuery;
import no.redthread.funding.SearchResult;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchNavigation;
import no.redthread.workbench.ui.WorkbenchPart;

/**
 * The search: a field that searches as the user types, the order, the match banner (after <i>Finn tilskudd</i>),
 * facet check boxes with counts and the hits. The selected hit's scheme is published, so the detail part shows it;
 * Enter or a double-click brings the detail part forward.
 */
final class SearchPart implements WorkbenchPart {

    /** Typing waits this long for the next key before it searches, so fast typing searches once. */
    static final int TYPING_DELAY_MS = 150;

    private final FundingSession session;
    private final FacetLabels labels;
    private final PartSite site;
    private final java.util.function.Supplier<WorkbenchNavigation> navigation;
    private Composite root;
    private Text field;
    private Combo sort;
    private Composite banner;
    private Label bannerText;
    private FacetPanel facets;
    private ResultTable results;
    private Label count;
    private String typed;

    SearchPart(FundingSession session, FacetLabels labels, PartSite site,
            java.util.function.Supplier<WorkbenchNavigation> navigation) {
        this.session = session;
        this.labels = labels;
        this.site = site;
        this.navigation = navigation;
    }

    @Override
    public void createControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        createSearchRow();
        createBanner();
        Label notice = new Label(root, SWT.WRAP);
        notice.setText(Messages.get("notice.deadlines"));
        notice.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        facets = new FacetPanel(sash, session, labels);
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        count = new Label(right, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        results = new ResultTable(right);
        results.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(37, 63);
        results.viewer().addSelectionChangedListener(e -> site.publishSelection(
                e.getStructuredSelection().toList().stream().map(o -> ((SearchResult.Hit) o).scheme()).toList()));
        results.viewer().addDoubleClickListener(e -> showDetail());
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(shown -> {
            site.addContextCommands(shown);
            shown.add(new org.eclipse.jface.action.Separator());
            shown.add(runner(ExportCsvCommand.ID, "export.csv.command"));
            shown.add(runner(ExportSearchCalendarCommand.ID, "export.searchIcs.command"));
        });
        results.viewer().getTable().setMenu(menu.createContextMenu(results.viewer().getTable()));
        Runnable stop = session.addListener(() -> {
            if (!root.isDisposed()) {
                show();
            }
        });
        root.addDisposeListener(e -> stop.run());
        show();
    }

    private void createSearchRow() {
        Composite row = new Composite(root, SWT.NONE);
        row.setLayout(new GridLayout(4, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(row, SWT.NONE).setText(Messages.get("search.label"));
        field = new Text(row, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        field.setMessage(Messages.get("search.hint"));
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        field.addModifyListener(e -> searchSoon());
        new Label(row, SWT.NONE).setText(Messages.get("sort.label"));
        sort = new Combo(row, SWT.READ_ONLY);
        for (SearchQuery.Sort order : SearchQuery.Sort.values()) {
            sort.add(Messages.get("sort." + order.name()));
        }
        sort.select(session.sort().ordinal());
        sort.addListener(SWT.Selection, e -> session.setSort(SearchQuery.Sort.values()[sort.getSelectionIndex()]));
    }

    private void createBanner() {
        banner = new Composite(root, SWT.NONE);
        banner.setLayout(new GridLayout(2, false));
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bannerText = new Label(banner, SWT.WRAP);
        bannerText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button all = new Button(banner, SWT.PUSH);
        all.setText(Messages.get("match.clear"));
        all.addListener(SWT.Selection, e -> session.clearMatch());
    }

    /** Searches once the user stops typing for {@link #TYPING_DELAY_MS}. */
    private void searchSoon() {
        typed = field.getText();
        String expected = typed;
        field.getDisplay().timerExec(TYPING_DELAY_MS, () -> {
            if (!field.isDisposed() && expected.equals(typed) && !expected.equals(session.text())) {
                session.setText(expected);
            }
        });
    }

    private void show() {
        if (!field.getText().equals(session.text())) {
            typed = session.text();
            field.setText(session.text()); // a match clears the text
        }
        sort.select(session.sort().ordinal());
        SearchResult result = session.result();
        List<SearchResult.Hit> hits = session.hits();
        Map<String, no.redthread.funding.SchemeMatch> matches = session.match().map(MatchSubject::byId).orElse(Map.of());
        session.match().ifPresent(m -> bannerText.setText(Messages.get("match.banner", m.label(), m.matches().size())));
        boolean matched = session.match().isPresent();
        ((GridData) banner.getLayoutData()).exclude = !matched;
        banner.setVisible(matched);
        facets.show(result);
        results.show(hits, matches);
        count.setText(Messages.get("result.count", hits.size()));
        root.layout(true, true);
    }

    /** A menu item that runs a command of this bundle as its menu item in the File menu does. */
    private org.eclipse.jface.action.Action runner(String commandId, String labelKey) {
        return new org.eclipse.jface.action.Action(Messages.get(labelKey)) {
            @Override
            public void run() {
                WorkbenchNavigation shown = navigation.get();
                if (shown != null) {
                    shown.runCommand(commandId);
                }
            }
        };
    }

    private void showDetail() {
        WorkbenchNavigation shown = navigation.get();
        if (shown != null) {
            shown.showPart(DetailDescriptor.ID);
        }
    }

    Text field() {
        return field;
    }

    FacetPanel facets() {
        return facets;
    }

    ResultTable results() {
        return results;
    }

    @Override
    public void setFocus() {
        field.setFocus();
    }
}
