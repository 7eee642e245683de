package no.redthread.indicators.ui.internal;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;

import no.redthread.indicators.Numbers;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.analysis.PeerGroup;
import no.redthread.indicators.analysis.Peers;
import no.redthread.indicators.analysis.Ranking;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.TableColumns;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.ui.WorkspaceWatch;
import no.redthread.workspace.WorkspaceService;

/**
 * Several municipalities on one indicator: a horizontal bar chart and a table (rank, municipality, value, period,
 * status), best first by the indicator's desired direction, the focus municipality highlighted; above them the focus
 * beside its county, the country and its KOSTRA group. Indicator and municipality follow the workbench selection as
 * the indicator view does; the focus defaults to the workspace's organisation. Selecting a row makes that
 * municipality the focus and publishes its series.
 */
final class ComparePart implements WorkbenchPart {

    private final WorkspaceService workspaces;
    private final CatalogueService catalogue;
    private final PartSite site;
    private Composite body;
    private Label heading;
    private Combo peerChoice;
    private Label references;
    private CompareChart chart;
    private TableViewer table;
    private Indicator indicator;
    private String focus;
    private PeerGroup peerGroup = PeerGroup.ALL;
    private Ranking ranking = new Ranking(null, List.of(), List.of());
    /** True while the part selects the focus row itself, so that selection is not taken for a click. */
    private boolean marking;

    ComparePart(WorkspaceService workspaces, CatalogueService catalogue, PartSite site) {
        this.workspaces = workspaces;
        this.catalogue = catalogue;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        heading = Headings.create(body, 3);
        new Label(body, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(body, SWT.NONE).setText(Messages.get("compare.peers"));
        peerChoice = PeerChoice.combo(body, false);
        peerChoice.addListener(SWT.Selection, e -> showPeers(PeerChoice.selected(peerChoice)));
        references = new Label(body, SWT.WRAP);
        references.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        chart = new CompareChart(sash);
        table = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        TableColumns.add(table, Messages.get("compare.rank"), 50, Ranking.Entry.class, e -> Integer.toString(e.rank()));
        TableColumns.add(table, Messages.get("compare.municipality"), 170, Ranking.Entry.class, e -> name(e.organisation()));
        TableColumns.add(table, Messages.get("indicator.value"), 80, Ranking.Entry.class, e -> Numbers.format(e.value()));
        TableColumns.add(table, Messages.get("indicator.period"), 70, Ranking.Entry.class, Ranking.Entry::period);
        TableColumns.add(table, Messages.get("indicator.status"), 90, Ranking.Entry.class,
                e -> Messages.get("status." + e.status().name()));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addSelectionChangedListener(e -> {
            if (!marking && ((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Ranking.Entry entry
                    && !entry.organisation().equals(focus)) {
                select(entry.organisation());
            }
        });
        sash.setWeights(3, 2);
        new WorkspaceWatch(workspaces, body, this::refresh);
        site.followSelection(this::follow);
        CompareFocus initial = CompareFocus.of(site.currentSelection());
        indicator = initial.indicator();
        focus = initial.municipality();
        refresh();
    }

    /** Takes the indicator and the municipality a selection names; keeps the current ones it does not name. */
    void follow(List<?> selection) {
        CompareFocus chosen = CompareFocus.of(selection);
        if (chosen.indicator() == null && chosen.municipality() == null) {
            return; // a selection that names neither (a goal, a theme) leaves the comparison as it is
        }
        indicator = chosen.indicator() != null ? chosen.indicator() : indicator;
        focus = chosen.municipality() != null ? chosen.municipality() : focus;
        refresh();
    }

    void showPeers(PeerGroup group) {
        peerGroup = group == null ? PeerGroup.ALL : group;
        PeerChoice.select(peerChoice, peerGroup);
        refresh();
    }

    /** Makes a municipality the focus (as a click on its row does) and publishes its series. */
    void select(String municipality) {
        focus = municipality;
        refresh();
        IndicatorAnalysis.series(indicator, municipality).ifPresent(series -> site.publishSelection(List.of(series)));
    }

    Ranking ranking() {
        return ranking;
    }

    CompareChart chart() {
        return chart;
    }

    TableViewer table() {
        return table;
    }

    String focus() {
        return focus;
    }

    String referencesText() {
        return references.getText();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    private void refresh() {
        if (body.isDisposed()) {
            return;
        }
        if (indicator != null && indicator.eResource() == null) {
            indicator = null; // removed, e.g. by undo
        }
        String own = workspaces.current().map(IndicatorModel::organisation).orElse(null);
        String municipality = focus != null ? focus : own;
        IndicatorWorkspace root = workspaces.current().flatMap(IndicatorModel::root).orElse(null);
        List<String> peers = indicator == null ? List.of() : municipality == null || peerGroup == PeerGroup.ALL
                ? Peers.of(indicator, "", PeerGroup.ALL, catalogue, root)
                : Peers.of(indicator, municipality, peerGroup, catalogue, root);
        ranking = indicator == null ? new Ranking(null, List.of(), List.of()) : Ranking.of(indicator, peers, municipality);
        List<String> names = ranking.entries().stream().map(e -> name(e.organisation())).toList();
        double[] values = ranking.entries().stream().mapToDouble(Ranking.Entry::value).toArray();
        int at = municipality == null ? -1 : ranking.indexOf(municipality);
        String title = indicator == null ? "" : IndicatorModel.name(indicator);
        chart.show(title, indicator == null ? null : indicator.getUnit(), names, values, at);
        heading.setText(heading(title, municipality, at));
        references.setText(indicator == null || municipality == null ? ""
                : CompareReferences.text(indicator, municipality, catalogue, root));
        table.setInput(ranking.entries());
        markFocus(at);
        body.layout(true, true);
    }

    private String heading(String title, String municipality, int at) {
        if (indicator == null) {
            return Messages.get("compare.none");
        }
        String text = title + " \u2013 " + Messages.get("compare.count", ranking.entries().size(),
                ranking.period() == null ? "" : ranking.period());
        if (municipality != null) {
            text += "  \u2022 " + (at >= 0 ? Messages.get("compare.position", name(municipality),
                    ranking.entries().get(at).rank(), ranking.entries().size())
                    : Messages.get("compare.noValue", name(municipality)));
        }
        if (peerGroup == PeerGroup.KOSTRA_GROUP && municipality != null && ranking.entries().isEmpty()) {
            text += "\n" + Messages.get("compare.noKostra");
        }
        return text;
    }

    /** The focus row selected and bold, the others plain. */
    private void markFocus(int at) {
        TableItem[] items = table.getTable().getItems();
        for (int i = 0; i < items.length; i++) {
            items[i].setFont(i == at ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null);
        }
        marking = true;
        try {
            table.setSelection(at < 0 ? StructuredSelection.EMPTY : new StructuredSelection(ranking.entries().get(at)),
                    true);
        } finally {
            marking = false;
        }
    }

    String name(String code) {
        return RegionNames.of(catalogue, code);
    }
}
