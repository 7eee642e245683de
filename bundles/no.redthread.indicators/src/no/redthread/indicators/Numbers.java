package no.redthread.indicators;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers of statistics as people read them: in the UI language's notation (Norwegian writes 16,5 and 16, never
 * 16.0), and plainly for files. Shared by the import preview, the console and the views.
 *
 * @since 1.1
 */
public final class Numbers {

    private Numbers() {
    }

    /** The value in the default locale's notation, whole numbers without decimals, at most two decimals. */
    public static String format(double value) {
        return format(value, Locale.getDefault());
    }

    /** The value in a locale's notation, whole numbers without decimals, at most two decimals. */
    public static String format(double value, Locale locale) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(Math.abs(value) >= 10_000);
        return format.format(value);
    }

    /** The value for a file: decimal point, no grouping, no trailing zeros ({@code 16}, {@code 95.2}). */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
