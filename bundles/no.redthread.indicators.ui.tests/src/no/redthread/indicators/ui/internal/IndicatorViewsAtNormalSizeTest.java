package no.redthread.indicators.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.demo.DemoPlanSystem;
import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.imports.ImportSource;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;

/**
 * The indicator and compare views at the size a part has in a 1280×800 window (about 430 px wide on the right, 830
 * px in the middle), in bokmål: headings that wrap to the part's width, whole years on the x-axis, Norwegian axis
 * titles, names instead of numbers in the legend, no cut-off chart title, and a Norwegian source text.
 */
class IndicatorViewsAtNormalSizeTest {

    @TempDir
    Path folder;

    private ViewFixture fixture;
    private Locale locale;
    private Indicator indicator;

    @BeforeEach
    void importPercentages() throws Exception {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.of("nb", "NO"));
        fixture = new ViewFixture(folder);
        indicator = IndicatorModel.importTargets(fixture.workspace, fixture.service(IndicatorSets.class)).stream()
                .filter(i -> "percent".equals(i.getUnit()) && i.getDirection() == DesiredDirection.HIGHER_IS_BETTER
                        && i.getSource() != null && i.getSource().getTableId() != null)
                .findFirst().orElseThrow();
        Path file = ViewFixture.jsonStat(folder, "share.json", List.of("5025", "5001"),
                List.of("2019", "2020", "2021", "2022", "2023"), 91, 92.5, 93.1, 94, 95.2, 80, 81, 82, 83, 84);
        ImportResult result = ImportSource.read(file)
                .build(null, null, null, null, indicator, RegionCodes.of(fixture.catalogue));
        fixture.workspace.commandStack().execute(IndicatorModel.importCommand(fixture.workspace, indicator,
                result.command()));
    }

    @AfterEach
    void close() {
        fixture.close();
        Locale.setDefault(locale);
    }

    @Test
    void theCompareHeadingUsesTheWholeWidthOfTheRightArea() throws Exception {
        fixture.shell.setSize(430, 560);
        ComparePart part = new ComparePart(fixture.workspaces, fixture.catalogue, fixture.site(CompareDescriptor.ID));
        part.createControl(fixture.shell);
        fixture.shell.open();
        part.follow(List.of(indicator));
        fixture.shell.layout(true, true);
        fixture.flush();
        Label heading = heading(fixture.shell);
        int width = fixture.shell.getClientArea().width;
        assertTrue(heading.getSize().x >= width * 0.8, "heading " + heading.getSize() + " in " + width + " px");
        GC gc = new GC(heading);
        int lineHeight = gc.getFontMetrics().getHeight();
        gc.dispose();
        assertTrue(heading.getSize().y <= 5 * lineHeight, "a few lines, not a syllable per line: " + heading.getSize());
        assertFalse(part.chart().chart().getTitle().isVisible() && !fits(part.chart().chart()), "no cut-off title");
        assertEquals("prosent", part.chart().chart().getAxisSet().getYAxis(0).getTitle().getText());
    }

    @Test
    void theChartShowsWholeYearsNorwegianTitlesAndNames() throws Exception {
        fixture.shell.setSize(830, 640);
        IndicatorPart part = new IndicatorPart(fixture.workspaces, fixture.catalogue, fixture.site(IndicatorDescriptor.ID));
        part.createControl(fixture.shell);
        fixture.shell.open();
        Chart chart = part.chart();
        assertFalse(chart.getAxisSet().getYAxis(0).getTitle().getText().contains("Axis"), "no SWTChart default title");
        part.show(indicator);
        fixture.shell.layout(true, true);
        chart.redraw();
        chart.update();
        fixture.flush();
        double[] years = chart.getAxisSet().getXAxis(0).getTick().getTickLabelValues();
        assertTrue(years.length >= 2, Arrays.toString(years));
        for (double year : years) {
            assertEquals(Math.rint(year), year, 1e-9, "whole years only: " + Arrays.toString(years));
        }
        assertEquals("Periode", chart.getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals("prosent", chart.getAxisSet().getYAxis(0).getTitle().getText());
        ISeries<?> own = Arrays.stream(chart.getSeriesSet().getSeries())
                .filter(s -> s.getId().equals(DemoPlanSystem.MUNICIPALITY_NUMBER)).findFirst().orElseThrow();
        assertEquals("Rosse - Røros", own.getDescription(), "the legend names the municipality (catalogue name), not 5025");
        assertFalse(chart.getTitle().isVisible() && !fits(chart), "no cut-off title");
        String notes = part.notesText();
        assertTrue(notes.contains("Kilde: SSB, tabell " + indicator.getSource().getTableId()), notes);
        for (String internal : List.of("github", "not checked", "UNVERIFIED", "Verified", "Source")) {
            assertFalse(notes.contains(internal), notes);
        }
    }

    private static boolean fits(Chart chart) {
        GC gc = new GC(chart);
        try {
            return gc.textExtent(chart.getTitle().getText()).x <= chart.getSize().x;
        } finally {
            gc.dispose();
        }
    }

    private static Label heading(Composite parent) {
        for (var child : parent.getChildren()) {
            if (child instanceof Label label && (label.getStyle() & org.eclipse.swt.SWT.WRAP) != 0) {
                return label;
            }
            if (child instanceof Composite composite) {
                Label found = heading(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
