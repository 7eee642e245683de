package no.redthread.indicators.ui.internal;

import no.redthread.workspace.ui.WorkspaceWatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.Numbers;
import no.redthread.indicators.analysis.Assessment;
import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.analysis.Observation;
import no.redthread.indicators.analysis.PeerGroup;
import no.redthread.indicators.analysis.Peers;
import no.redthread.indicators.model.Baseline;
import no.redthread.indicators.model.DataSource;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorTarget;
import no.redthread.indicators.model.Series;
import no.redthread.workbench.io.AtomicFiles;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.TableColumns;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * The indicator selected anywhere: a line chart of the series of the workspace's organisation (or of
 * every organisation when it has none), the targets as horizontal lines and the baselines marked; a
 * table of the values with their status markers; notes and source. On request the organisation's peers
 * (all municipalities, its county's or its KOSTRA group's) are drawn behind it as thin grey lines.
 */
final class IndicatorPart implements WorkbenchPart {

    /** At most this many organisations are drawn when the workspace's own has no series. */
    static final int MAX_SERIES = 8;
    static final String TARGET_PREFIX = "target:";
    static final String BASELINE_PREFIX = "baseline:";
    static final String PEER_PREFIX = "peer:";

    /** A row of the value table. */
    record Row(String organisation, String period, double number, String marker) {

        /** The value as the UI language writes numbers; empty when there is none. */
        String value() {
            return Double.isNaN(number) ? "" : Numbers.format(number);
        }
    }

    private final WorkspaceService workspaces;
    private final CatalogueService catalogue;
    private final PartSite site;
    private Composite body;
    private Label heading;
    private Combo peerChoice;
    private PeerGroup peerGroup;
    private Chart chart;
    private TableViewer table;
    private Text notes;
    private Indicator indicator;

    IndicatorPart(WorkspaceService workspaces, CatalogueService catalogue, PartSite site) {
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
        new Label(body, SWT.NONE).setText(Messages.get("indicator.peers"));
        peerChoice = PeerChoice.combo(body, true);
        peerChoice.addListener(SWT.Selection, e -> showPeers(PeerChoice.selected(peerChoice)));
        SashForm sash = new SashForm(body, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        chart = new Chart(sash, SWT.NONE);
        ChartText.yearsOnXAxis(chart, Messages.get("indicator.xaxis"));
        SashForm lower = new SashForm(sash, SWT.HORIZONTAL);
        table = new TableViewer(lower, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        TableColumns.add(table, "", 110, Row.class, row -> regionName(row.organisation()));
        TableColumns.add(table, Messages.get("indicator.period"), 80, Row.class, Row::period);
        TableColumns.add(table, Messages.get("indicator.value"), 100, Row.class, Row::value);
        TableColumns.add(table, Messages.get("indicator.status"), 120, Row.class, Row::marker);
        table.setContentProvider(ArrayContentProvider.getInstance());
        notes = new Text(lower, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        sash.setWeights(2, 1); // the chart is what people look at; the table scrolls
        menu(chart.getPlotArea().getControl(), "indicator.savePng", "*.png", this::savePng);
        menu(chart, "indicator.savePng", "*.png", this::savePng);
        menu(table.getControl(), "indicator.exportCsv", "*.csv", this::exportCsv);
        new WorkspaceWatch(workspaces, body, this::refresh);
        site.followSelection(selected -> {
            if (!selected.isEmpty()) {
                Indicator chosen = indicatorOf(selected.get(0));
                if (chosen != null) {
                    show(chosen);
                }
            }
        });
        List<?> current = site.currentSelection();
        show(current.isEmpty() ? null : indicatorOf(current.get(0)));
    }

    /** An export action. */
    interface Export {
        void to(Path file) throws IOException;
    }

    private void menu(org.eclipse.swt.widgets.Control control, String key, String extension, Export export) {
        Menu menu = new Menu(control);
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(Messages.get(key));
        item.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { extension });
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen != null) {
                try {
                    export.to(Path.of(chosen));
                } catch (IOException | RuntimeException ex) {
                    MessageDialog.openError(control.getShell(), Messages.get(key),
                            Messages.get("indicator.exportFailed", chosen, String.valueOf(ex.getMessage())));
                }
            }
        });
        control.setMenu(menu);
    }

    /** Saves the chart as it is drawn now as a PNG image. */
    void savePng(Path file) throws IOException {
        chart.redraw();
        chart.update();
        chart.save(file.toString(), SWT.IMAGE_PNG);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file.toString());
        }
    }

    /** Writes the value table as CSV (UTF-8, semicolon, decimal point). */
    void exportCsv(Path file) throws IOException {
        StringBuilder text = new StringBuilder("organisation;period;value;status\n");
        List<Row> rows = rows() == null ? List.of() : rows();
        for (Row row : rows) {
            text.append(csv(row.organisation())).append(';').append(csv(row.period())).append(';')
                    .append(Double.isNaN(row.number()) ? "" : Numbers.plain(row.number())).append(';').append(csv(row.marker())).append('\n');
        }
        AtomicFiles.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(";") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    static Indicator indicatorOf(Object selected) {
        if (selected instanceof Indicator chosen) {
            return chosen;
        }
        if (selected instanceof Series series && series.eContainer() instanceof Indicator owner) {
            return owner;
        }
        return null;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }


    Chart chart() {
        return chart;
    }

    Indicator indicator() {
        return indicator;
    }

    String notesText() {
        return notes.getText();
    }

    @SuppressWarnings("unchecked")
    List<Row> rows() {
        return (List<Row>) table.getInput();
    }

    void show(Indicator shown) {
        indicator = shown;
        refresh();
    }

    /** Draws the organisation's peers behind its series, or none (null). */
    void showPeers(PeerGroup group) {
        peerGroup = group;
        PeerChoice.select(peerChoice, group);
        refresh();
    }

    /** The municipalities drawn as peers (background lines), in drawing order. */
    List<String> peers() {
        String organisation = workspaces.current().map(IndicatorModel::organisation).orElse(null);
        if (indicator == null || peerGroup == null || organisation == null) {
            return List.of();
        }
        var root = workspaces.current().flatMap(IndicatorModel::root).orElse(null);
        return Peers.of(indicator, organisation, peerGroup, catalogue, root).stream()
                .filter(code -> !code.equals(organisation)).toList();
    }

    /** The series drawn: the organisation's own when it has one, otherwise the first few. */
    List<Series> drawnSeries() {
        if (indicator == null) {
            return List.of();
        }
        String organisation = workspaces.current().map(IndicatorModel::organisation).orElse(null);
        if (organisation != null) {
            var own = IndicatorAnalysis.series(indicator, organisation);
            if (own.isPresent()) {
                return List.of(own.get());
            }
        }
        return indicator.getSeries().stream().limit(MAX_SERIES).toList();
    }

    private void refresh() {
        if (body.isDisposed()) {
            return;
        }
        if (indicator != null && indicator.eResource() == null) {
            indicator = null; // removed, e.g. by undo
        }
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        List<Row> rows = new ArrayList<>();
        if (indicator == null) {
            heading.setText(Messages.get("indicator.none"));
            chart.getTitle().setText("");
            table.setInput(rows);
            notes.setText("");
            chart.redraw();
            return;
        }
        peerChoice.setEnabled(workspaces.current().map(IndicatorModel::organisation).isPresent());
        String name = IndicatorModel.name(indicator);
        chart.getTitle().setText(name);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Units.label(indicator.getUnit()));
        List<Series> drawn = drawnSeries();
        drawPeers();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        int colour = 0;
        StringBuilder status = new StringBuilder(name);
        for (Series series : drawn) {
            List<Observation> observations = IndicatorAnalysis.observations(series);
            List<Observation> withValue = observations.stream().filter(Observation::hasValue).toList();
            double[] xs = withValue.stream().mapToDouble(Observation::time).toArray();
            double[] ys = withValue.stream().mapToDouble(Observation::value).toArray();
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, series.getOrganisation());
            line.setDescription(regionName(series.getOrganisation()));
            line.setXSeries(xs);
            line.setYSeries(ys);
            SeriesStyle.highlight(line, palette(colour++));
            for (double x : xs) {
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
            }
            for (Observation observation : observations) {
                rows.add(new Row(series.getOrganisation(), observation.period(),
                        observation.hasValue() ? observation.value() : Double.NaN,
                        observation.status() == null ? "" : observation.status()));
            }
            Assessment assessment = IndicatorAnalysis.assess(indicator, series.getOrganisation());
            status.append("  \u2022 ").append(regionName(series.getOrganisation())).append(": ")
                    .append(Messages.get("status." + assessment.status().name()));
            if (assessment.latest() != null) {
                status.append(" (").append(assessment.latest().period()).append(" ")
                        .append(Numbers.format(assessment.latest().value())).append(")");
            }
        }
        List<String> organisations = drawn.stream().map(Series::getOrganisation).toList();
        for (IndicatorTarget target : indicator.getTargets()) {
            if (organisations.contains(target.getOrganisation()) || organisations.isEmpty()) {
                double from = Math.min(minX == Double.MAX_VALUE ? target.getYear() : minX, target.getYear());
                double to = Math.max(maxX == -Double.MAX_VALUE ? target.getYear() : maxX, target.getYear());
                ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                        TARGET_PREFIX + target.getOrganisation() + ":" + target.getYear());
                line.setXSeries(new double[] { from, to });
                line.setYSeries(new double[] { target.getValue(), target.getValue() });
                line.setLineStyle(LineStyle.DASH);
                line.setLineColor(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
                line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
                line.setDescription(Messages.get("indicator.target", target.getYear()));
            }
        }
        for (Baseline baseline : indicator.getBaselines()) {
            if (!organisations.contains(baseline.getOrganisation())) {
                continue;
            }
            Double value = baseline.getValue();
            if (value == null) {
                value = IndicatorAnalysis.series(indicator, baseline.getOrganisation())
                        .flatMap(s -> IndicatorAnalysis.valueIn(s, baseline.getYear()))
                        .filter(Observation::hasValue).map(Observation::value).orElse(null);
            }
            if (value != null) {
                ILineSeries<?> mark = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                        BASELINE_PREFIX + baseline.getOrganisation() + ":" + baseline.getYear());
                mark.setXSeries(new double[] { baseline.getYear() });
                mark.setYSeries(new double[] { value });
                mark.setLineStyle(LineStyle.NONE);
                mark.setSymbolType(ILineSeries.PlotSymbolType.DIAMOND);
                mark.setSymbolSize(7);
                mark.setSymbolColor(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                mark.setDescription(Messages.get("indicator.baseline", baseline.getYear()));
            }
        }
        chart.getAxisSet().adjustRange();
        ChartText.wholeYears(chart);
        chart.redraw();
        heading.setText(status.toString());
        table.setInput(rows);
        notes.setText(notes(indicator, drawn));
        body.layout(true, true);
        site.setStatusMessage(name);
    }

    /** The peers first, so SWTChart paints them under the highlighted series. */
    private void drawPeers() {
        org.eclipse.swt.graphics.Color grey = SeriesStyle.grey();
        for (String code : peers()) {
            IndicatorAnalysis.series(indicator, code).ifPresent(series -> {
                List<Observation> values = IndicatorAnalysis.observations(series).stream().filter(Observation::hasValue)
                        .toList();
                ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, PEER_PREFIX + code);
                line.setXSeries(values.stream().mapToDouble(Observation::time).toArray());
                line.setYSeries(values.stream().mapToDouble(Observation::value).toArray());
                SeriesStyle.background(line, grey);
            });
        }
    }

    /** A municipality's or county's name from the catalogue, else the code. */
    String regionName(String code) {
        return RegionNames.of(catalogue, code);
    }

    private String notes(Indicator indicator, List<Series> drawn) {
        StringBuilder text = new StringBuilder();
        String description = indicator.getDescriptionNb() != null ? indicator.getDescriptionNb() : indicator.getDescriptionEn();
        if (description != null) {
            text.append(description).append("\n\n");
        }
        DataSource source = indicator.getSource();
        if (source != null) {
            text.append(SourceText.of(source)).append("\n");
        }
        for (Series series : drawn) {
            if (series.getOrigin() != null) {
                text.append(regionName(series.getOrganisation())).append(": ").append(series.getOrigin());
                if (series.getUpdated() != null) {
                    text.append(" (").append(series.getUpdated()).append(")");
                }
                text.append("\n");
            }
        }
        for (IndicatorTarget target : indicator.getTargets()) {
            text.append(Messages.get("indicator.target", target.getYear())).append(" ").append(regionName(target.getOrganisation()))
                    .append(": ").append(Numbers.format(target.getValue()));
            if (target.getNote() != null) {
                text.append(" \u2013 ").append(target.getNote());
            }
            text.append("\n");
        }
        return text.toString();
    }

    private Color palette(int index) {
        int[] colours = { SWT.COLOR_BLUE, SWT.COLOR_RED, SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW,
            SWT.COLOR_DARK_GRAY, SWT.COLOR_MAGENTA, SWT.COLOR_DARK_BLUE };
        return body.getDisplay().getSystemColor(colours[index % colours.length]);
    }

    Workspace workspace() {
        return workspaces.current().orElse(null);
    }
}
