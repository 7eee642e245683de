package no.redthread.indicators.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.redthread.indicators.Periods;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.CsvTable;

/** Guesses the columns of a CSV table from headings and cells. */
public final class CsvGuess {

    private static final Pattern REGION_HEADING =
            Pattern.compile("(?i).*(region|kommune|knr|fylke|område|omrade|geo).*");
    private static final Pattern TIME_HEADING =
            Pattern.compile("(?i)(år|aar|årstall|year|tid|time|periode|period)");
    private static final Pattern CONTENT_HEADING =
            Pattern.compile("(?i).*(statistikkvariabel|contents|variabel|indikator|indicator|measure).*");
    private static final Pattern REGION_CELL = Pattern.compile("\\d{2}|\\d{4}|0|EKG\\d{2}|EAKUO");
    private static final Pattern HEADING_PERIOD =
            Pattern.compile("(.*?)[\\s:]*(\\d{4}(?:[KQMHU]\\d{1,2}|-\\d{4})?)\\s*");

    private final CsvTable table;
    private final CellParser cells;

    public CsvGuess(CsvTable table) {
        this.table = table;
        this.cells = new CellParser(table.decimalComma());
    }

    /** The period at the end of a value column's heading, e.g. 2024 of "Personer 2024", or null. */
    static String headingPeriod(String heading) {
        Matcher matcher = HEADING_PERIOD.matcher(heading);
        return matcher.matches() ? matcher.group(2) : null;
    }

    /** A value column's heading without its period, e.g. "Personer" of "Personer 2024". */
    static String headingContent(String heading) {
        Matcher matcher = HEADING_PERIOD.matcher(heading);
        return matcher.matches() ? matcher.group(1).strip() : heading.strip();
    }

    public int region() {
        int byHeading = firstColumn(c -> REGION_HEADING.matcher(table.header().get(c)).matches());
        // a year column looks like municipality numbers (2023): never take a column headed as time for the regions
        return byHeading >= 0 ? byHeading : firstColumn(c -> !TIME_HEADING.matcher(table.header().get(c)).matches()
                && share(c, this::isRegionCode) >= 0.8);
    }

    public int time() {
        int region = region();
        int byHeading = firstColumn(c -> c != region && TIME_HEADING.matcher(table.header().get(c)).matches());
        return byHeading >= 0 ? byHeading : firstColumn(c -> c != region && share(c, Periods::isPeriod) == 1);
    }

    public int content() {
        return firstColumn(c -> CONTENT_HEADING.matcher(table.header().get(c)).matches());
    }

    public List<Integer> values() {
        int region = region();
        int time = time();
        int content = content();
        List<Integer> values = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            boolean other = c != region && c != time && c != content;
            if (other && (time >= 0 ? share(c, this::isNumberOrSymbol) > 0 : headingPeriod(table.header().get(c)) != null)) {
                values.add(c);
            }
        }
        return values;
    }

    private boolean isRegionCode(String cell) {
        return REGION_CELL.matcher(RegionCodes.normalise(cell)).matches();
    }

    private boolean isNumberOrSymbol(String cell) {
        try {
            return !cells.parse(cell).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private int firstColumn(IntPredicate test) {
        for (int c = 0; c < table.header().size(); c++) {
            if (test.test(c)) {
                return c;
            }
        }
        return -1;
    }

    private double share(int column, Predicate<String> test) {
        if (table.rowCount() == 0) {
            return 0;
        }
        long matching = table.rows().stream().filter(row -> test.test(row.get(column).strip())).count();
        return matching / (double) table.rowCount();
    }
}
