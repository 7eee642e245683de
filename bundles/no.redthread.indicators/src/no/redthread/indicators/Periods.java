package no.redthread.indicators;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Period codes as statistics banks write them: a year ({@code 2024}), a quarter ({@code 2024K2} or
 * {@code 2024Q2}), a month ({@code 2024M03}), a half year ({@code 2024H1}) or a span of years ({@code 2021-2023},
 * dated by its last year).
 */
public final class Periods {

    private static final Pattern PERIOD =
            Pattern.compile("(\\d{4})(?:([KQMHU])(\\d{1,2})|-(\\d{4}))?", Pattern.CASE_INSENSITIVE);

    private Periods() {
    }

    /** True if the text is a period code this class understands. */
    public static boolean isPeriod(String code) {
        return code != null && PERIOD.matcher(code.strip()).matches();
    }

    /** The calendar year of a period: its year, or for a span its last year. */
    public static int year(String code) {
        Matcher matcher = match(code);
        return Integer.parseInt(matcher.group(4) != null ? matcher.group(4) : matcher.group(1));
    }

    /**
     * The period as a point on a time axis in years: the year for annual data, {@code year + (n - 1) / parts}
     * within a year (2024K3 is 2024.5).
     */
    public static double time(String code) {
        Matcher matcher = match(code);
        if (matcher.group(2) == null) {
            return year(code);
        }
        int parts = switch (Character.toUpperCase(matcher.group(2).charAt(0))) {
            case 'K', 'Q' -> 4;
            case 'M' -> 12;
            case 'H' -> 2;
            default -> 52;
        };
        return Integer.parseInt(matcher.group(1)) + (Integer.parseInt(matcher.group(3)) - 1) / (double) parts;
    }

    /** Orders period codes by time; codes that are not periods sort by text after those that are. */
    public static int compare(String a, String b) {
        boolean aIsPeriod = isPeriod(a);
        boolean bIsPeriod = isPeriod(b);
        if (aIsPeriod && bIsPeriod) {
            int byTime = Double.compare(time(a), time(b));
            return byTime != 0 ? byTime : a.compareTo(b);
        }
        if (aIsPeriod != bIsPeriod) {
            return aIsPeriod ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static Matcher match(String code) {
        Matcher matcher = code == null ? null : PERIOD.matcher(code.strip());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("not a period code: " + code);
        }
        return matcher;
    }
}
